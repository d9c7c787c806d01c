/// How one test case came out.
public struct CaseResult: Sendable {
  /// Passed, failed (the decision is not as expected), or could not be run.
  public enum Status: String, Sendable {
    case passed, failed, error
  }

  /// The test file.
  public var file: String
  /// The case's name.
  public var name: String
  /// The service the application names, when it could be read.
  public var service: String?
  /// How it came out.
  public var status: Status
  /// How the decision differs from the expectation (for `failed`).
  public var mismatches: [Mismatch] = []
  /// Why it could not be run (for `error`): the application is not valid, the rules have
  /// errors, ….
  public var error: String?
}
