import Foundation

extension LanguageServer {
  /// Serves one client on standard input and output until `exit` or the end of input;
  /// gives the exit status (0 after `shutdown` then `exit`, 1 otherwise, as the protocol
  /// asks). A message that cannot be framed is answered with a parse error and skipped.
  public static func serve(
    input: FileHandle = .standardInput, output: FileHandle = .standardOutput
  ) -> Int32 {
    var server = LanguageServer()
    var framing = MessageFraming()
    func send(_ message: JSONValue) {
      output.write(Data(MessageFraming.frame(message.bytes)))
    }
    while true {
      let data = input.availableData
      if data.isEmpty { return server.exitStatus ?? 1 }
      framing.append(data)
      while let item = framing.next() {
        switch item {
        case .body(let body):
          for message in server.handle(body) { send(message) }
          if let status = server.exitStatus { return status }
        case .malformed(let why):
          send(error(id: .null, code: -32700, why))
        }
      }
    }
  }
}
