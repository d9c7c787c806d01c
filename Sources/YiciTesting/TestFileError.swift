/// A test file that cannot be read or does not say what a test file says.
public struct TestFileError: Error, Sendable, CustomStringConvertible {
  /// What is wrong, where.
  public var description: String

  /// An error with its message.
  public init(_ description: String) {
    self.description = description
  }
}
