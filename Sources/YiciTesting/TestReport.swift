import Yici

/// What `yici test` found: every case's result, the rules' errors, and the coverage.
public struct TestReport: Sendable {
  /// The results, file by file and case by case in order.
  public var cases: [CaseResult] = []
  /// The test files read, in order (a file that could not be read has one `error` case).
  public var files: [String] = []
  /// Errors in the rules the tests load (their cases are errors).
  public var ruleErrors: [Diagnostic] = []
  /// What the tests saw of the rules.
  public var coverage = Coverage()

  /// How many cases passed.
  public var passed: Int { cases.filter { $0.status == .passed }.count }
  /// How many cases failed.
  public var failed: Int { cases.filter { $0.status == .failed }.count }
  /// How many cases could not be run.
  public var errors: Int { cases.filter { $0.status == .error }.count }
  /// Whether every case passed.
  public var succeeded: Bool { passed == cases.count && ruleErrors.isEmpty }
}
