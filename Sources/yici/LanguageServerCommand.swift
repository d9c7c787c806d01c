import ArgumentParser
import Foundation
import YiciLanguageServer

/// `yici lsp`: the language server, for editors.
struct LanguageServerCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lsp",
    abstract: "Serve the Language Server Protocol on standard input and output, for editors.",
    discussion: """
      Diagnostics on open and change, hover, completion, go to definition, find references, \
      the outline and quick fixes, for .yici files. An editor starts it; see the README for \
      Neovim and VS Code. Each open file is checked as `yici check FILE` checks it, with the \
      vocabularies and calendar of its rules tree.
      """)

  func run() throws {
    let status = LanguageServer.serve()
    if status != 0 { throw ExitCode(status) }
  }
}
