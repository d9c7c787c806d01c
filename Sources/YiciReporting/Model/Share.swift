/// A part of a whole as an exact fraction (3 of 4 items, 5 of 10 days), so a target's
/// threshold is compared without rounding and printed rounded only at the end.
public struct Share: Sendable, Hashable {
  /// The part.
  public var part: Int
  /// The whole (more than zero).
  public var whole: Int

  /// Creates a share; nil when the whole is not positive (no share can be given).
  public init?(_ part: Int, of whole: Int) {
    guard whole > 0 else { return nil }
    self.part = part
    self.whole = whole
  }

  /// Whether the share is at least `numerator / denominator`.
  public func isAtLeast(_ numerator: Int, _ denominator: Int) -> Bool {
    part * denominator >= numerator * whole
  }

  /// Whether the share is at most `numerator / denominator`.
  public func isAtMost(_ numerator: Int, _ denominator: Int) -> Bool {
    part * denominator <= numerator * whole
  }

  /// The share in whole per cent, rounded half up: 2 of 3 is 67.
  public var percent: Int { (part * 200 + whole) / (whole * 2) }

  /// The share as a decimal with at most four places, rounded half up, for JSON: `0.6667`,
  /// `0.5`, `1`.
  public var decimal: String {
    let tenThousandths = (part * 20_000 + whole) / (whole * 2)
    let units = tenThousandths / 10_000
    var fraction = String(tenThousandths % 10_000)
    fraction = String(repeating: "0", count: 4 - fraction.count) + fraction
    while fraction.hasSuffix("0") { fraction.removeLast() }
    return fraction.isEmpty ? String(units) : "\(units).\(fraction)"
  }
}
