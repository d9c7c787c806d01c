import Dispatch
import Foundation
import Synchronization
import Testing
import Yici
import YiciTestSupport

/// The library's pattern for deciding concurrently (README, "Deciding on several threads"):
/// one `RuleSet` shared by every thread, one `Decider` per thread, and the outputs put back
/// in input order. It gives the bytes of one `Decider` deciding everything in turn.
@Suite struct ConcurrentDecidingTests {
  /// Every example application, a few times over and in a shuffled order (so the threads'
  /// deciders see the services in different orders), and lines that are not applications.
  static func applications() throws -> [[UInt8]] {
    let folder = Repository.path("examples/applications")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".json") }.sorted()
    let files = try names.map { try [UInt8](Data(contentsOf: URL(fileURLWithPath: folder + "/" + $0))) }
    let bad = [#"{"service":"no_such_service","date":"2025-08-01"}"#, "not json", #"{"id":"x","id":"y"}"#]
    var lines = Array(repeating: files + bad.map { Array($0.utf8) }, count: 5).flatMap { $0 }
    var random = SeededRandom(seed: SeededRandom.seed(default: 0x5EED_C0DE))
    lines.shuffle(using: &random)
    return lines
  }

  /// What one `Decider` makes of `line`: the decision's bytes, or the error's text.
  static func decide(_ line: [UInt8], with decider: inout Decider) -> [UInt8] {
    var output: [UInt8] = []
    do {
      try decider.appendDecision(json: line.span, to: &output)
    } catch {
      output = Array("error: \(error)".utf8)
    }
    return output
  }

  @Test func oneDeciderPerThreadGivesTheBytesOfOne() throws {
    let rules = try BundledRules.load()
    let lines = try Self.applications()
    let options = DecisionOptions(trace: false)
    var one = Decider(rules, options: options)
    let expected = lines.map { Self.decide($0, with: &one) }

    let threads = 4
    let outputs = Mutex<[[UInt8]?]>(Array(repeating: nil, count: lines.count))
    DispatchQueue.concurrentPerform(iterations: threads) { thread in
      var decider = Decider(rules, options: options)  // one per thread, never shared
      for index in stride(from: thread, to: lines.count, by: threads) {
        let output = Self.decide(lines[index], with: &decider)
        outputs.withLock { $0[index] = output }
      }
    }
    let decided = outputs.withLock { $0 }
    #expect(decided.count == expected.count)
    for (index, output) in decided.enumerated() {
      #expect(output == expected[index], "line \(index + 1)")
    }
  }
}
