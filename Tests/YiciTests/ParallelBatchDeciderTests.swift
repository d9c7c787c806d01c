import Testing
import Yici

/// Deciding a batch on several threads gives the bytes, line count and failure count of one
/// `BatchDecider`, however the input is cut into chunks and blocks.
@Suite struct ParallelBatchDeciderTests {
  let rules = EvaluatorSemanticsTests.rules
  let options = DecisionOptions(trace: false)

  /// Good lines around every bad line of `BatchDeciderTests` (blank, bad JSON, keys given
  /// twice, a line over the limit), the last without a newline.
  static let input: [UInt8] = {
    let good = BatchDeciderTests.good
    let lines = [good, good] + BatchDeciderTests.bad.flatMap { [$0, good, good, ""] } + [good]
    return Array(lines.joined(separator: "\n").utf8)
  }()

  struct Result: Equatable {
    var output: [UInt8]
    var lines: Int
    var failures: Int
    /// How many times `write` was called before `finish`.
    var earlyWrites = 0

    static func == (a: Result, b: Result) -> Bool {
      a.output == b.output && a.lines == b.lines && a.failures == b.failures
    }
  }

  func one(_ input: [UInt8]) -> Result {
    var batch = BatchDecider(rules, options: options)
    var output: [UInt8] = []
    batch.append(input.span, to: &output)
    batch.finish(to: &output)
    return Result(output: output, lines: batch.lines, failures: batch.failures)
  }

  func parallel(_ input: [UInt8], jobs: Int, blockBytes: Int, chunk: Int) -> Result {
    let batch = ParallelBatchDecider(rules, options: options, jobs: jobs, blockBytes: blockBytes)
    var output: [UInt8] = []
    var start = 0
    while start < input.count {
      let end = min(input.count, start + chunk)
      batch.append(input.span.extracting(start..<end)) { output += $0 }
      start = end
    }
    let early = output.count
    batch.finish { output += $0 }
    return Result(output: output, lines: batch.lines, failures: batch.failures, earlyWrites: early)
  }

  /// The same through `append(reading:write:)`, reading at most `piece` bytes at a time.
  func parallel(_ input: [UInt8], jobs: Int, blockBytes: Int, piece: Int) -> Result {
    let batch = ParallelBatchDecider(rules, options: options, jobs: jobs, blockBytes: blockBytes)
    var output: [UInt8] = []
    var start = 0
    func read(_ room: inout OutputSpan<UInt8>) {
      room.withUnsafeMutableBufferPointer { room, initialized in
        let count = min(input.count - start, piece, room.count - initialized)
        for offset in 0..<count { room[initialized + offset] = input[start + offset] }
        initialized += count
        start += count
      }
    }
    while batch.append(reading: { read(&$0) }, write: { output += $0 }) {}
    batch.finish { output += $0 }
    return Result(output: output, lines: batch.lines, failures: batch.failures)
  }

  @Test(arguments: [1, 2, 4, 7], [1 << 18, 4096, 333, 7])
  func theBytesOfOneJob(jobs: Int, blockBytes: Int) {
    let expected = one(Self.input)
    #expect(expected.failures == 2 * BatchDeciderTests.bad.count)
    for chunk in [1 << 20, 65_536, 1000] {
      let result = parallel(Self.input, jobs: jobs, blockBytes: blockBytes, chunk: chunk)
      #expect(result == expected, "\(jobs) jobs, blocks of \(blockBytes), chunks of \(chunk)")
    }
    let read = parallel(Self.input, jobs: jobs, blockBytes: blockBytes, piece: 5000)
    #expect(read == expected, "\(jobs) jobs, blocks of \(blockBytes), read 5000 bytes at a time")
  }

  @Test func blocksOfOneByteAndChunksOfOneByte() {
    let lines = [BatchDeciderTests.good, "", "{", "  ", #"{"service":"demo","service":"x"}"#, BatchDeciderTests.good]
    let input = Array(lines.joined(separator: "\n").utf8)
    for jobs in [2, 3] {
      #expect(parallel(input, jobs: jobs, blockBytes: 1, chunk: 1) == one(input))
      #expect(parallel(input + [0x0A], jobs: jobs, blockBytes: 1, chunk: 3) == one(input + [0x0A]))
    }
  }

  @Test func emptyInputsAndLinesOverTheLimitAtTheEnd() {
    let long = [UInt8](repeating: 0x20, count: InterchangeLimits.applicationBytes + 5)
    for input in [[], [0x0A], [0x0A, 0x0A], long, long + [0x0A], [0x0A] + long, long + [0x0A] + long] as [[UInt8]] {
      for blockBytes in [1 << 18, 1000] {
        #expect(parallel(input, jobs: 2, blockBytes: blockBytes, chunk: 1 << 16) == one(input))
        #expect(parallel(input, jobs: 2, blockBytes: blockBytes, piece: 1 << 20) == one(input))
      }
    }
  }

  @Test func theOutputIsWrittenAsItIsDecided() {
    let input = Array(String(repeating: BatchDeciderTests.good + "\n", count: 2000).utf8)
    let result = parallel(input, jobs: 2, blockBytes: 4096, chunk: 8192)
    #expect(result == one(input))
    #expect(result.lines == 2000)
    // The ring holds 6 blocks of about 40 lines: most of the output is out before the end.
    #expect(result.earlyWrites > result.output.count / 2)
  }

  struct Full: Error {}

  @Test func aWriteErrorStopsTheBatch() {
    let input = Array(String(repeating: BatchDeciderTests.good + "\n", count: 500).utf8)
    let batch = ParallelBatchDecider(rules, options: options, jobs: 3, blockBytes: 512)
    var writes = 0
    #expect(throws: Full.self) {
      try batch.append(input.span) { _ throws(Full) in
        writes += 1
        if writes == 2 { throw Full() }
      }
    }
    #expect(writes == 2)
  }
}
