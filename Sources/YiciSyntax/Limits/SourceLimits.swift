/// The documented limits on rule files (README, "Limits").
///
/// Each exists so that no input, however crafted, can crash, hang or exhaust memory: an
/// exceeded limit is a located diagnostic (E0105), never a crash. The values are far above
/// what a real service guide needs. Every recursive walk over an expression is bounded by
/// `nestingDepth`, because chains of `and`, `or`, `+`, `-` and `*` are n-ary and count as
/// one level, however many terms they have.
public enum SourceLimits {
  /// The largest rule file read, in bytes of UTF-8.
  public static let fileBytes = 4 << 20
  /// How deeply expressions may nest: parentheses, `not`, unary `-`, `in (…)` lists and
  /// each chain of one operator family count one level each.
  public static let nestingDepth = 64
  /// The most operands (names, literals, `known(…)`) in one expression.
  public static let expressionOperands = 1_000
  /// The longest name (identifier), in characters.
  public static let identifierLength = 256
  /// The longest string literal, in characters.
  public static let stringLength = 10_000
  /// The most diagnostics reported for one file; the rest are summarized in one line.
  public static let diagnosticsPerFile = 200
}
