/// One test case: an application and what its decision must be.
public struct TestCase: Sendable {
  /// The case's name, unique in its file.
  public var name: String
  /// The application's interchange JSON, as written (inline, or the file it names).
  public var application: [UInt8]
  /// Where the application came from: the test file, or the application file it names.
  public var applicationPath: String
  /// The date to decide on instead of the application's own (`"date"`).
  public var date: String?
  /// What the decision must be.
  public var expectation: Expectation
}

/// A test file (`*.test.json`): the rules it tests and its cases.
public struct TestFile: Sendable {
  /// The file's path, as found.
  public var path: String
  /// The rule files or folders it names (`"rules"`), relative to the current directory; nil
  /// when it names none (the runner's rules are used).
  public var rules: [String]?
  /// The cases, in order.
  public var cases: [TestCase]
}
