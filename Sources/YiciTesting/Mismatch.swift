/// One way a decision differs from its test's expectation, with a diff to read.
public struct Mismatch: Sendable, Equatable {
  /// What differs: `outcome`, `missing`, `deadlines.promised`, `explanation (zh)`, ….
  public var field: String
  /// What the test expects, in one line.
  public var expected: String
  /// What the decision has, in one line.
  public var actual: String
  /// The diff: lines of what only the test expects (`- …`) and what only the decision has
  /// (`+ …`), or the explanation as it is (`| …`).
  public var diff: [String]

  /// "outcome: expected accepted, got needs_correction".
  public var summary: String { "\(field): expected \(expected), got \(actual)" }
}
