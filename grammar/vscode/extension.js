// The Yici extension: starts `yici lsp` over standard input and output for .yici files.
// Colouring comes from syntaxes/yici.tmLanguage.json (generated from the keyword table;
// see EditorGrammarTests), the rest from the language server.
const vscode = require("vscode");
const { LanguageClient, TransportKind } = require("vscode-languageclient/node");

let client;

function activate(context) {
  const settings = vscode.workspace.getConfiguration("yici");
  const server = {
    command: settings.get("server.path", "yici"),
    args: settings.get("server.arguments", ["lsp"]),
    transport: TransportKind.stdio,
  };
  const options = {
    documentSelector: [{ scheme: "file", language: "yici" }, { scheme: "untitled", language: "yici" }],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher("**/*.yici") },
  };
  client = new LanguageClient("yici", "Yici", server, options);
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
