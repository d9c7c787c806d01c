import Foundation
import YiciFormatting
import YiciSyntax

/// The Yici language server: JSON-RPC messages in, messages out, no I/O of its own (the
/// `serve` loop frames them on standard input and output), so tests replay transcripts.
///
/// Documents are checked as `yici check FILE` checks them: each open file with what it
/// needs from its rules tree. Diagnostics are published on open and on every change (full
/// text sync); hovers, completion, definitions, references, outlines, quick fixes and
/// formatting (`yici fmt`'s `Formatter`) read the document as last checked.
public struct LanguageServer {
  private var workspace = Workspace()
  private var checked: [String: CheckedDocument] = [:]
  private var initialized = false
  private var shuttingDown = false
  /// Set when the client sent `exit`: the process's exit status (0 after `shutdown`).
  public private(set) var exitStatus: Int32?

  /// Creates a server waiting for `initialize`.
  public init() {}

  /// Handles one message body; gives the messages to send (responses and notifications).
  public mutating func handle(_ body: [UInt8]) -> [JSONValue] {
    guard let message = JSONValue.parse(body), case .object = message else {
      return [Self.error(id: .null, code: -32700, "the message is not a JSON object")]
    }
    let id = message["id"]
    let isRequest = message.has("id")
    guard let method = message["method"].string else {
      // A response to a request of ours (we send none) or a malformed message.
      return isRequest && !message.has("result") && !message.has("error")
        ? [Self.error(id: id, code: -32600, "a request needs a method")] : []
    }
    let params = message["params"]
    if !initialized && method != "initialize" && method != "exit" {
      return isRequest ? [Self.error(id: id, code: -32002, "the server is not initialized")] : []
    }
    if shuttingDown && method != "exit" {
      return isRequest ? [Self.error(id: id, code: -32600, "the server is shutting down")] : []
    }
    switch method {
    case "initialize":
      initialized = true
      return [Self.result(id: id, Self.capabilities)]
    case "initialized", "$/setTrace", "$/cancelRequest", "workspace/didChangeConfiguration":
      return []
    case "workspace/didChangeWatchedFiles", "textDocument/didSave":
      // What a rules tree lends may have changed on disk.
      workspace.forgetLent()
      return recheck()
    case "shutdown":
      shuttingDown = true
      return [Self.result(id: id, .null)]
    case "exit":
      exitStatus = shuttingDown ? 0 : 1
      return []
    case "textDocument/didOpen":
      guard let uri = params["textDocument"]["uri"].string, let text = params["textDocument"]["text"].string
      else { return [] }
      workspace.set(uri, text: text)
      return recheck()
    case "textDocument/didChange":
      guard let uri = params["textDocument"]["uri"].string,
        let text = params["contentChanges"].array?.last?["text"].string
      else { return [] }
      workspace.set(uri, text: text)
      return recheck()
    case "textDocument/didClose":
      guard let uri = params["textDocument"]["uri"].string else { return [] }
      workspace.close(uri)
      checked[uri] = nil
      return [Self.notification("textDocument/publishDiagnostics", ["uri": .string(uri), "diagnostics": []])]
    default:
      guard isRequest else { return [] }
      return [answer(method, id: id, params: params)]
    }
  }

  /// The response to a request about a document.
  private func answer(_ method: String, id: JSONValue, params: JSONValue) -> JSONValue {
    guard let uri = params["textDocument"]["uri"].string, let document = checked[uri] else {
      let known = [
        "textDocument/hover", "textDocument/completion", "textDocument/definition", "textDocument/references",
        "textDocument/documentSymbol", "textDocument/codeAction", "textDocument/formatting",
      ]
      return known.contains(method)
        ? Self.result(id: id, .null) : Self.error(id: id, code: -32601, "no method '\(method)'")
    }
    let file = document.file
    let table = SymbolTable(workspace.treeFiles(around: document))
    let offset = Positions.offset(of: params["position"], in: file)
    switch method {
    case "textDocument/hover":
      guard let offset, let (token, text) = hover(at: offset, in: file, table: table) else {
        return Self.result(id: id, .null)
      }
      return Self.result(
        id: id,
        ["contents": ["kind": "markdown", "value": .string(text)], "range": Positions.range(token, in: file)])
    case "textDocument/completion":
      return Self.result(id: id, .array(Completion.items(at: offset ?? 0, in: file, table: table)))
    case "textDocument/definition":
      guard let offset, let symbol = symbol(at: offset, in: file, table: table) else {
        return Self.result(id: id, .null)
      }
      return Self.result(id: id, Self.location(symbol.file, symbol.id.range))
    case "textDocument/references":
      guard let offset, let symbol = symbol(at: offset, in: file, table: table) else {
        return Self.result(id: id, [])
      }
      let includeDeclaration = params["context"]["includeDeclaration"] != .bool(false)
      let places = table.references(to: symbol).dropFirst(includeDeclaration ? 0 : 1)
      return Self.result(id: id, .array(places.map { Self.location($0.file, $0.range) }))
    case "textDocument/documentSymbol":
      return Self.result(id: id, .array(Outline.symbols(of: Parser.parse(file).file)))
    case "textDocument/codeAction":
      let start = Positions.offset(of: params["range"]["start"], in: file) ?? 0
      let end = Positions.offset(of: params["range"]["end"], in: file) ?? start
      let range = SourceRange(start: start, end: end)
      return Self.result(
        id: id, .array(QuickFixes.actions(for: document.rules.diagnostics, in: file, overlapping: range, uri: uri)))
    case "textDocument/formatting":
      do {
        let formatted = try Formatter.format(file)
        guard formatted != file.text else { return Self.result(id: id, []) }
        let whole = SourceRange(start: 0, end: file.scalarCount)
        return Self.result(id: id, [["range": Positions.range(whole, in: file), "newText": .string(formatted)]])
      } catch {
        return Self.error(id: id, code: -32803, "cannot format: \(error)")
      }
    default:
      return Self.error(id: id, code: -32601, "no method '\(method)'")
    }
  }

  /// Re-checks every open document (one may lend vocabularies to another) and publishes
  /// each one's diagnostics.
  private mutating func recheck() -> [JSONValue] {
    var out: [JSONValue] = []
    for uri in workspace.documents.keys.sorted() {
      guard let document = workspace.check(uri) else { continue }
      checked[uri] = document
      out.append(
        Self.notification(
          "textDocument/publishDiagnostics",
          [
            "uri": .string(uri),
            "diagnostics": .array(PublishedDiagnostics.of(document.rules.diagnostics, in: document.file)),
          ]))
    }
    return out
  }

  /// The identifier or keyword token at an offset.
  private func token(at offset: Int, in file: SourceFile) -> Token? {
    var lexer = Lexer(file: file)
    return lexer.tokenize().first {
      $0.kind != .endOfFile && $0.range.start <= offset && offset < max($0.range.end, $0.range.start + 1)
    }
  }

  private func symbol(at offset: Int, in file: SourceFile, table: SymbolTable) -> Symbol? {
    guard let token = token(at: offset, in: file), token.kind == .identifier else { return nil }
    return table.resolve(token.text, at: token.range.start, in: file)
  }

  private func hover(at offset: Int, in file: SourceFile, table: SymbolTable) -> (SourceRange, String)? {
    guard let token = token(at: offset, in: file), token.kind == .identifier else { return nil }
    if let symbol = table.resolve(token.text, at: token.range.start, in: file) {
      return (token.range, Hover.text(of: symbol))
    }
    if let keyword = token.keyword ?? Keyword.lookup(token.text) { return (token.range, Hover.text(of: keyword)) }
    return nil
  }

  // MARK: - Messages

  static let capabilities: JSONValue = [
    "capabilities": [
      "positionEncoding": "utf-16",
      "textDocumentSync": ["openClose": true, "change": 1],
      "hoverProvider": true,
      "completionProvider": ["triggerCharacters": ["(", " "]],
      "definitionProvider": true,
      "referencesProvider": true,
      "documentSymbolProvider": true,
      "codeActionProvider": ["codeActionKinds": ["quickfix"]],
      "documentFormattingProvider": true,
    ],
    "serverInfo": ["name": "yici", "version": "0.1"],
  ]

  static func location(_ file: SourceFile, _ range: SourceRange) -> JSONValue {
    ["uri": .string(Workspace.uri(of: file.path)), "range": Positions.range(range, in: file)]
  }

  static func result(id: JSONValue, _ result: JSONValue) -> JSONValue {
    ["jsonrpc": "2.0", "id": id, "result": result]
  }

  static func error(id: JSONValue, code: Int, _ message: String) -> JSONValue {
    ["jsonrpc": "2.0", "id": id, "error": ["code": .int(code), "message": .string(message)]]
  }

  static func notification(_ method: String, _ params: JSONValue) -> JSONValue {
    ["jsonrpc": "2.0", "method": .string(method), "params": params]
  }
}
