import Testing
import Yici

@testable import YiciInterchange

/// The fenced batch machinery on its own, with a decider that knows no rules: every line
/// gives exactly one output line, in order, however the input is cut into chunks or
/// blocks, on one thread or several; a line over the limit is counted, not kept.
@Suite struct LineBatchTests {
  /// Echoes a line as `[line]`; a line holding `bad`, or over the limit, is an invalid
  /// application.
  struct EchoDecider: LineDecider {
    mutating func appendDecision(json: Span<UInt8>, to buffer: inout [UInt8]) throws(DecisionError) {
      // As the decoder does with a line the batch was given whole.
      if json.count > InterchangeLimits.applicationBytes { throw .invalidApplication(.tooLarge(json.count)) }
      var line: [UInt8] = []
      for index in json.indices { line.append(json[index]) }
      if String(decoding: line, as: UTF8.self).contains("bad") { throw .invalidApplication(.noServiceField) }
      buffer.append(UInt8(ascii: "["))
      buffer += line
      buffer.append(UInt8(ascii: "]"))
    }
  }

  static let tooLong = "{" + String(repeating: "x", count: InterchangeLimits.applicationBytes) + "}"
  static let lines = ["{a}", "", "{bad}", "  ", "{b}", tooLong, "{c}"]
  static let input = Array(lines.joined(separator: "\n").utf8)

  /// What the lines give, each on its own.
  static let expected: String = {
    let tooLarge = DecisionError.invalidApplication(.tooLarge(tooLong.utf8.count)).description
    let blank = "the line is blank; every line of a batch holds one application"
    // Its quotes escaped, as a JSON string.
    let bad = DecisionError.invalidApplication(.noServiceField).description.split(
      separator: "\"", omittingEmptySubsequences: false
    ).joined(separator: "\\\"")
    return [
      "[{a}]", #"{"line":2,"error":"\#(blank)"}"#, #"{"line":3,"error":"\#(bad)"}"#,
      #"{"line":4,"error":"\#(blank)"}"#, "[{b}]", #"{"line":6,"error":"\#(tooLarge)"}"#, "[{c}]",
    ].map { $0 + "\n" }.joined()
  }()

  @Test(arguments: [1, 2, 3, 7, 64, 1 << 20, 1 << 22])
  func anyChunkingGivesTheSameLines(chunk: Int) {
    var batch = LineBatch(EchoDecider())
    var output: [UInt8] = []
    var start = 0
    while start < Self.input.count {
      let end = min(Self.input.count, start + chunk)
      batch.append(Self.input.span.extracting(start..<end), to: &output)
      start = end
    }
    batch.finish(to: &output)
    #expect(output == Array(Self.expected.utf8), "\(String(decoding: output.prefix(400), as: UTF8.self))")
    #expect(batch.lines == Self.lines.count)
    #expect(batch.failures == 4)
  }

  @Test(arguments: [(1, 1), (2, 1), (2, 5), (3, 64), (2, 1 << 20)])
  func blocksOnSeveralThreadsGiveTheSameBytes(jobs: Int, blockBytes: Int) throws {
    let batch = ParallelLineBatch(jobs: jobs, blockBytes: blockBytes) { _ in EchoDecider() }
    var output: [UInt8] = []
    var start = 0
    while start < Self.input.count {
      let end = min(Self.input.count, start + 4096)
      batch.append(Self.input.span.extracting(start..<end)) { output += $0 }
      start = end
    }
    batch.finish { output += $0 }
    #expect(output == Array(Self.expected.utf8), "\(String(decoding: output.prefix(400), as: UTF8.self))")
    #expect(batch.lines == Self.lines.count)
    #expect(batch.failures == 4)
  }

  @Test func newlinesAreCounted() {
    #expect(ParallelLineBatch<EchoDecider>.newlines(in: []) == 0)
    #expect(ParallelLineBatch<EchoDecider>.newlines(in: Array("a\nb\n\nc".utf8)) == 3)
  }
}
