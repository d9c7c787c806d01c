/// Why the store could not do what was asked.
public struct StoreError: Error, Sendable, CustomStringConvertible {
  /// What went wrong, as one lowercase line.
  public var description: String

  /// An error with its message.
  public init(_ description: String) { self.description = description }

  /// An error of the database underneath, said with what was being done.
  public init(_ doing: String, _ error: any Error) {
    description = "\(doing): \(error)"
  }
}
