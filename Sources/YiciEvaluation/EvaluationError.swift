/// A decision that cannot be made: the outcome depends on something that cannot be
/// evaluated (a service not in force on the date, an arithmetic overflow, a date the
/// calendar does not cover). It is reported, never read as false.
public struct EvaluationError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What went wrong, in one line.
  public var message: String
  /// `file:line:column` of the rule involved, when there is one.
  public var location: String?

  /// Creates an error.
  public init(_ message: String, location: String? = nil) {
    self.message = message
    self.location = location
  }

  /// The message with its location.
  public var description: String {
    location.map { "\($0): \(message)" } ?? message
  }
}
