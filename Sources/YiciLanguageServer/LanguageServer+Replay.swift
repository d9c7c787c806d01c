extension LanguageServer {
  /// Plays a client's raw bytes (framed or not) through a fresh, initialized server, every
  /// framed body in turn, and the whole input once more as one body; what went wrong (a
  /// reply that is not JSON-RPC), or nil. The fuzz target `fuzz-lsp` and the replay of its
  /// saved inputs run exactly this.
  public static func replay(_ bytes: [UInt8]) -> String? {
    var framing = MessageFraming()
    framing.append(bytes)
    var server = LanguageServer()
    _ = server.handle(Array(#"{"jsonrpc":"2.0","id":0,"method":"initialize","params":{}}"#.utf8))
    var replies: [JSONValue] = []
    while server.exitStatus == nil, let item = framing.next() {
      guard case .body(let body) = item else { continue }
      replies += server.handle(body)
    }
    var whole = LanguageServer()
    replies += whole.handle(bytes)
    return replies.first { $0["jsonrpc"] != "2.0" }.map { "a reply without jsonrpc: \($0)" }
  }
}
