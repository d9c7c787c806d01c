import Foundation
import PropertyBased
import Testing
import Yici
import YiciTestSupport

/// The hand-written JSON decoder reads raw bytes: any mutation of a valid application
/// (a byte deleted, changed or duplicated, the line cut short) gives a decision or an
/// error, never a crash, and the batch writer agrees with the Decision on what decodes.
@Suite struct InterchangeFuzzTests {
  static let rules = try! RuleSet.load(paths: ["examples/benchmark"], relativeTo: Repository.root.path)
  static let lines: [[UInt8]] = Repository.read(Repository.path("examples/benchmark/agree_1k.jsonl"))!
    .split(separator: "\n").prefix(50).map { Array($0.utf8) }
  static let alphabet: [UInt8] = Array("{}[]:,\"\\0123456789.-+eEtrufalsn \u{00}".utf8) + [0xE4, 0xB8, 0x80, 0xFF]

  @Test func mutatedApplicationsNeverCrashTheDecoder() async {
    let edits = Gen.int(in: 0...3).array(of: 1...6)
    await propertyCheck(
      count: 2_000, input: Gen.int(in: 0...49), Gen.int(in: 0...10_000), edits,
      Gen.int(in: 0...(Self.alphabet.count - 1))
    ) { line, position, kinds, byte in
      var input = Self.lines[line]
      for (offset, kind) in kinds.enumerated() where !input.isEmpty {
        let at = (position + offset * 37) % input.count
        switch kind {
        case 0: input.remove(at: at)
        case 1: input[at] = Self.alphabet[byte]
        case 2: input.insert(input[at], at: at)
        default: input.removeLast(min(input.count, 1 + at % 16))
        }
      }
      let options = DecisionOptions(trace: false)
      let decided = try? Self.rules.decide(json: input, options: options)
      var written: [UInt8] = []
      let wrote =
        (try? Self.rules.appendDecision(json: input.span, options: options, to: &written))
        != nil
      #expect(wrote == (decided != nil))
      if let decided { #expect(written == decided.jsonBytes) }
    }
  }

  @Test func exactDecimalsRoundTripThroughTheirText() async {
    await propertyCheck(count: 1_000, input: Gen.int(in: -999_999_999...999_999_999), Gen.int(in: 0...9)) {
      digits, scale in
      let number = ExactDecimal(significand: Int64(digits), scale: UInt8(scale))
      #expect(ExactDecimal(number.description) == number)
      let one = ExactDecimal(significand: 1, scale: UInt8(scale))
      if let sum = number.adding(one) {
        #expect(sum > number)
        #expect(sum.subtracting(one) == number)
      }
    }
  }
}
