import Foundation
import Testing
import YiciLanguageServer
import YiciTestSupport

/// `yici lsp` as a process: messages framed with Content-Length on standard input, the
/// replies framed on standard output, bad framing answered and skipped, and the exit
/// status the protocol asks for.
@Suite struct ServeTests {
  static func framed(_ json: String) -> String {
    "Content-Length: \(json.utf8.count)\r\n\r\n" + json
  }

  @Test func answersFramedMessagesAndSkipsBadFraming() throws {
    let input =
      Self.framed(#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}"#)
      + "Content-Type: text/plain\r\n\r\n"  // no length: answered, skipped
      + "Content-Length: many\r\n\r\n"  // not a number: answered, skipped
      + Self.framed(#"{"jsonrpc":"2.0","id":2,"method":"shutdown"}"#)
      + Self.framed(#"{"jsonrpc":"2.0","method":"exit"}"#)
    let run = try YiciBinary.run(["lsp"], input: input)
    #expect(run.status == 0)
    let bodies = run.output.components(separatedBy: "\r\n\r\n").dropFirst()
    #expect(bodies.count == 4, "\(run.output)")
    #expect(run.output.contains(#""id":1"#) && run.output.contains(#""positionEncoding":"utf-16""#))
    #expect(run.output.components(separatedBy: "a message without a valid Content-Length header").count == 3)
    #expect(run.output.contains(#"{"id":2,"jsonrpc":"2.0","result":null}"#))
  }

  @Test func endOfInputWithoutShutdownIsStatusOne() throws {
    let run = try YiciBinary.run(["lsp"], input: Self.framed(#"{"jsonrpc":"2.0","id":1,"method":"initialize"}"#))
    #expect(run.status == 1)
  }

  @Test func framingWaitsForWholeMessages() {
    var framing = MessageFraming()
    let message = Array(Self.framed(#"{"a":"一"}"#).utf8)
    framing.append(message.prefix(10))
    #expect(framing.next() == nil)
    framing.append(message.dropFirst(10).prefix(message.count - 12))
    #expect(framing.next() == nil)
    framing.append(message.suffix(2))
    #expect(framing.next() == .body(Array(#"{"a":"一"}"#.utf8)))
    #expect(framing.next() == nil)
  }
}
