import Testing
import YiciSemantics
import YiciTestSupport

/// Comparing exact decimals: scaled in 64 bits when that fits, in 128 bits when not; both
/// must give the order of the values themselves.
@Suite struct ExactDecimalTests {
  /// The order computed independently, every significand widened to 128 bits first.
  static func expectedOrder(_ a: ExactDecimal, _ b: ExactDecimal) -> Int {
    let scale = max(a.scale, b.scale)
    func widened(_ value: ExactDecimal) -> Int128 {
      var wide = Int128(value.significand)
      for _ in 0..<(scale - value.scale) { wide *= 10 }
      return wide
    }
    let (x, y) = (widened(a), widened(b))
    return x < y ? -1 : (x == y ? 0 : 1)
  }

  @Test func orderMatchesTheValues() {
    var generator = SeededRandom(seed: SeededRandom.seed(default: 0xDEC1_0DE5))
    let edges: [Int64] = [
      0, 1, -1, 10, 99, 100, 1_000_000, Int64.max, Int64.min + 1, Int64.max / 10, 922_337_203_685_477_580,
    ]
    for _ in 0..<20_000 {
      let pick = { (generator: inout SeededRandom) -> ExactDecimal in
        let significand =
          Bool.random(using: &generator)
          ? edges.randomElement(using: &generator)! : Int64.random(in: -1_000_000...1_000_000, using: &generator)
        return ExactDecimal(significand: significand, scale: UInt8.random(in: 0...18, using: &generator))
      }
      let a = pick(&generator)
      let b = pick(&generator)
      let expected = Self.expectedOrder(a, b)
      #expect(ExactDecimal.order(a, b) == expected, "\(a) vs \(b); \(generator.replay)")
      #expect((a < b) == (expected < 0) && (a == b) == (expected == 0), "\(a) vs \(b); \(generator.replay)")
    }
  }

  @Test func leadingZerosAreNotSignificantAndTheScaleIsBounded() {
    #expect(ExactDecimal("0.000000000000000001")?.description == "0.000000000000000001")
    #expect(ExactDecimal("000000000000000000000012.5")?.description == "12.5")
    #expect(ExactDecimal("0." + String(repeating: "0", count: 300) + "1") == nil)
    #expect(ExactDecimal("1234567890123456789") == nil)
  }

  @Test func equalValuesAtDifferentScalesAreEqual() {
    #expect(ExactDecimal(significand: 10, scale: 0) == ExactDecimal(significand: 100, scale: 1))
    #expect(ExactDecimal(significand: 2226, scale: 1) > ExactDecimal(150))
    #expect(ExactDecimal(significand: Int64.max, scale: 0) > ExactDecimal(significand: Int64.max, scale: 18))
  }
}
