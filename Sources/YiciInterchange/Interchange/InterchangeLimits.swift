/// The limits on one application's interchange JSON (one line of a batch).
///
/// Each exceeded limit is an input error naming the field and the column, never a crash
/// or unbounded memory: an application comes from the public internet.
public enum InterchangeLimits {
  /// The most bytes one application (one batch line, without its newline) may have: 1 MiB.
  public static let applicationBytes = 1 << 20
  /// The deepest arrays and objects may nest, the application object included: 64.
  public static let nestingDepth = 64
  /// The most significant digits a number may have (it is kept exactly, as a 64-bit
  /// integer and a decimal scale): 18.
  public static let numberDigits = 18
  /// The largest exponent (`1e…`) read; a larger one is an error, whatever the number.
  public static let exponent = 9_999
}

extension InterchangeError {
  /// An application longer than `InterchangeLimits.applicationBytes`.
  static func tooLarge(_ count: Int) -> InterchangeError {
    InterchangeError(
      "the application is \(count) bytes, more than the limit of \(InterchangeLimits.applicationBytes) bytes (1 MiB)",
      column: InterchangeLimits.applicationBytes + 1)
  }

  /// The error with `path` as its field, when it names none yet.
  func inField(_ field: String) -> InterchangeError {
    guard path == nil else { return self }
    return InterchangeError(message, path: field, column: column)
  }
}
