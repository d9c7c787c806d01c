/// An exact decimal number: `significand × 10^-scale`.
///
/// Rule files and applications write numbers in decimal (`10.1`, `24.7`), and Yici
/// keeps them exact, so `area_m2 >= 10.1` never suffers binary floating-point error.
/// Comparison widens to 128 bits, so it never overflows.
public struct ExactDecimal: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The digits, as an integer.
  public let significand: Int64
  /// How many of the digits are after the decimal point (0…18).
  public let scale: UInt8

  /// Creates `significand × 10^-scale`.
  public init(significand: Int64, scale: UInt8 = 0) {
    self.significand = significand
    self.scale = scale
  }

  /// The value as an `Int` when it is a whole number (`3`, `3.0`), else nil.
  public var wholeValue: Int? {
    let reduced = withoutTrailingZeros
    return reduced.scale == 0 ? Int(reduced.significand) : nil
  }

  /// The same value with no trailing zero after the point (`3.50` → 35 × 10^-1).
  private var withoutTrailingZeros: (significand: Int64, scale: UInt8) {
    var significand = self.significand
    var scale = self.scale
    while scale > 0 && significand % 10 == 0 {
      significand /= 10
      scale -= 1
    }
    return (significand, scale)
  }

  /// Creates the whole number `value`.
  public init(_ value: Int) {
    self.init(significand: Int64(value))
  }

  /// Parses `-?digits(.digits)?`; nil when it is not a number or has more than 18 digits.
  public init?(_ text: some StringProtocol) {
    var significand: Int64 = 0
    var scale: UInt8 = 0
    var seenPoint = false
    var digits = 0
    var significantDigits = 0
    var negative = false
    for (offset, byte) in text.utf8.enumerated() {
      switch byte {
      case UInt8(ascii: "-") where offset == 0: negative = true
      case UInt8(ascii: "."):
        if seenPoint || digits == 0 { return nil }
        seenPoint = true
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        // Leading zeros are not significant digits; 18 significant digits and 18 after
        // the point are kept exactly, and more is no number (never an overflow).
        if significand != 0 || byte != UInt8(ascii: "0") { significantDigits += 1 }
        digits += 1
        if seenPoint { scale += 1 }
        if significantDigits > 18 || scale > 18 { return nil }
        significand = significand * 10 + Int64(byte - UInt8(ascii: "0"))
      default: return nil
      }
    }
    if digits == 0 { return nil }
    self.init(significand: negative ? -significand : significand, scale: scale)
  }

  static let powers: [Int128] = {
    var powers: [Int128] = [1]
    for _ in 1...38 { powers.append(powers.last! * 10) }
    return powers
  }()

  /// Both significands brought to the larger scale.
  private static func aligned(_ a: ExactDecimal, _ b: ExactDecimal) -> (Int128, Int128, UInt8) {
    let scale = max(a.scale, b.scale)
    return (
      Int128(a.significand) * powers[Int(scale - a.scale)], Int128(b.significand) * powers[Int(scale - b.scale)],
      scale
    )
  }

  /// -1, 0 or 1 as `a` is less than, equal to or greater than `b`, exactly. The
  /// significand with fewer decimals is scaled up in 64 bits, and in 128 bits only when
  /// that would overflow.
  public static func order(_ a: ExactDecimal, _ b: ExactDecimal) -> Int {
    var (x, y) = (a.significand, b.significand)
    if a.scale != b.scale {
      var factor: Int64 = 1
      for _ in 0..<(a.scale < b.scale ? b.scale - a.scale : a.scale - b.scale) { factor *= 10 }
      let scaled = (a.scale < b.scale ? x : y).multipliedReportingOverflow(by: factor)
      guard !scaled.overflow else {
        let (wideX, wideY, _) = aligned(a, b)
        return wideX < wideY ? -1 : (wideX == wideY ? 0 : 1)
      }
      if a.scale < b.scale { x = scaled.partialValue } else { y = scaled.partialValue }
    }
    return x < y ? -1 : (x == y ? 0 : 1)
  }

  /// Equal in value, whatever the scale (`10` == `10.0`).
  public static func == (a: ExactDecimal, b: ExactDecimal) -> Bool {
    order(a, b) == 0
  }

  /// Hashes the value without trailing zeros, consistently with `==`.
  public func hash(into hasher: inout Hasher) {
    let reduced = withoutTrailingZeros
    hasher.combine(reduced.significand)
    hasher.combine(reduced.scale)
  }

  /// Orders by value, exactly.
  public static func < (a: ExactDecimal, b: ExactDecimal) -> Bool {
    order(a, b) < 0
  }

  /// Creates a decimal from a 128-bit significand, or nil when it does not fit.
  private static func make(_ value: Int128, scale: Int) -> ExactDecimal? {
    var value = value
    var scale = scale
    while scale > 18 || (value > Int128(Int64.max) || value < Int128(Int64.min)) {
      guard scale > 0, value % 10 == 0 else { return nil }
      value /= 10
      scale -= 1
    }
    return ExactDecimal(significand: Int64(value), scale: UInt8(scale))
  }

  /// The exact sum, or nil on overflow.
  public func adding(_ other: ExactDecimal) -> ExactDecimal? {
    let (x, y, scale) = ExactDecimal.aligned(self, other)
    return ExactDecimal.make(x + y, scale: Int(scale))
  }

  /// The exact difference, or nil on overflow.
  public func subtracting(_ other: ExactDecimal) -> ExactDecimal? {
    let (x, y, scale) = ExactDecimal.aligned(self, other)
    return ExactDecimal.make(x - y, scale: Int(scale))
  }

  /// The exact product, or nil on overflow.
  public func multiplying(by other: ExactDecimal) -> ExactDecimal? {
    ExactDecimal.make(Int128(significand) * Int128(other.significand), scale: Int(scale) + Int(other.scale))
  }

  /// The negation, or nil on overflow.
  public var negated: ExactDecimal? {
    significand == Int64.min ? nil : ExactDecimal(significand: -significand, scale: scale)
  }

  /// The shortest decimal text: `10`, `10.5`, `-0.25`.
  public var description: String {
    var significand = self.significand
    var scale = Int(self.scale)
    while scale > 0 && significand % 10 == 0 {
      significand /= 10
      scale -= 1
    }
    let negative = significand < 0
    var digits = String(significand.magnitude)
    if scale > 0 {
      if digits.count <= scale { digits = String(repeating: "0", count: scale - digits.count + 1) + digits }
      digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -scale))
    }
    return negative ? "-" + digits : digits
  }
}
