/// Why an application (or a line of a batch) could not be read.
///
/// Bad input is reported with where it is (`column` in the JSON text, `path` such as
/// `facts.area_m2`) and, for a misspelt name, the nearest valid one. It is never
/// silently read as unknown or empty.
public struct InterchangeError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What is wrong.
  public var message: String
  /// The JSON path of the offending value (`facts.area_m2`), when known.
  public var path: String?
  /// The 1-based column (byte offset + 1 within the line) where it was found.
  public var column: Int?

  /// Creates an error.
  public init(_ message: String, path: String? = nil, column: Int? = nil) {
    self.message = message
    self.path = path
    self.column = column
  }

  /// `path: message (column N)`.
  public var description: String {
    var text = path.map { "\($0): \(message)" } ?? message
    if let column { text += " (at column \(column))" }
    return text
  }
}
