import Testing
import Yici

/// A batch gives exactly one output line per input line, in order, whatever the lines
/// hold and however the input is cut into chunks; good lines get the `Decider`'s bytes.
@Suite struct BatchDeciderTests {
  let rules = EvaluatorSemanticsTests.rules
  let options = DecisionOptions(trace: false)
  static let good = #"{"id":"g","service":"demo","date":"2025-03-03","facts":{"adult":true,"area":120}}"#

  /// Lines that each once crashed, were skipped, or lost data, between good lines.
  static let bad: [String] = [
    "", "   ", "\r", "not json",
    #"{"facts":"# + String(repeating: "[", count: 30_000) + #","service":"demo"}"#,
    #"{"id":"\ud800\u0041","service":"demo","date":"2025-03-03"}"#,
    #"{"service":"demo","date":"2025-03-03","facts":{"area":1."# + String(repeating: "5", count: 300) + "}}",
    #"{"service":"demo","service":"demo","date":"2025-03-03"}"#,
    #"{"service":"demo","date":"2025-03-03","facts":{"area":1,"area":2}}"#,
    #"{"service":"demo","date":"2025-03-03""# + String(repeating: " ", count: InterchangeLimits.applicationBytes) + "}",
  ]

  func run(_ input: [UInt8], chunk: Int) -> [UInt8] {
    var batch = BatchDecider(rules, options: options)
    var output: [UInt8] = []
    var start = 0
    while start < input.count {
      let end = min(input.count, start + chunk)
      batch.append(input.span.extracting(start..<end), to: &output)
      start = end
    }
    batch.finish(to: &output)
    return output
  }

  func decided(_ line: String) throws -> [UInt8] {
    var decider = Decider(rules, options: options)
    var bytes: [UInt8] = []
    try decider.appendDecision(json: Array(line.utf8).span, to: &bytes)
    return bytes
  }

  @Test(arguments: [1 << 30, 1 << 20, 4096, 97])
  func everyLineGivesOneLineInOrder(chunk: Int) throws {
    let lines = [Self.good] + Self.bad.flatMap { [$0, Self.good] }
    let output = run(Array(lines.joined(separator: "\n").utf8), chunk: chunk)
    let outputs = output.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast()
    #expect(outputs.count == lines.count)
    let good = try decided(Self.good)
    for (index, (line, out)) in zip(lines, outputs).enumerated() {
      if line == Self.good {
        #expect(Array(out) == good, "line \(index + 1)")
      } else {
        #expect(
          String(decoding: out, as: UTF8.self).hasPrefix(#"{"line":\#(index + 1),"error":""#), "line \(index + 1)")
      }
    }
  }

  @Test func chunksOfOneByteGiveTheSameBytes() {
    let lines = [Self.good, "", "{", Self.good, #"{"service":"demo","service":"x"}"#, Self.good].joined(separator: "\n")
    let whole = run(Array(lines.utf8), chunk: 1 << 20)
    #expect(run(Array(lines.utf8), chunk: 1) == whole)
    #expect(run(Array((lines + "\n").utf8), chunk: 3) == whole)
  }

  @Test func aBlankLineIsAnErrorObject() {
    let output = String(decoding: run(Array("\n\(Self.good)\n\n".utf8), chunk: 64), as: UTF8.self)
    let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 4)
    #expect(lines[0] == #"{"line":1,"error":"the line is blank; every line of a batch holds one application"}"#)
    #expect(lines[2].hasPrefix(#"{"line":3,"#))
    #expect(lines[3].isEmpty)
  }

  @Test func aLineOverTheLimitIsNotKept() {
    var batch = BatchDecider(rules, options: options)
    var output: [UInt8] = []
    let piece = [UInt8](repeating: 0x20, count: 1 << 16)
    for _ in 0..<40 { batch.append(piece.span, to: &output) }
    batch.append(Array("\n\(Self.good)".utf8).span, to: &output)
    batch.finish(to: &output)
    let lines = String(decoding: output, as: UTF8.self).split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines[0].contains("the application is 2621440 bytes, more than the limit"))
    #expect(batch.lines == 2 && batch.failures == 1)
  }
}
