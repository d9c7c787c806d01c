/// A diagnostic as plain data, for `--format json` and for services.
public struct DiagnosticRecord: Codable, Sendable, Equatable {
  /// The stable code, e.g. `E0201`.
  public var code: String
  /// The code's readable name, e.g. `unknown-name`.
  public var name: String
  /// `error` or `warning`.
  public var severity: String
  /// The one-line message.
  public var message: String
  /// The file's path.
  public var file: String
  /// 1-based line of the start.
  public var line: Int
  /// 1-based column of the start (in characters).
  public var column: Int
  /// 1-based line of the end.
  public var endLine: Int
  /// 1-based column just past the end.
  public var endColumn: Int
  /// The label under the caret, if any.
  public var label: String?
  /// A suggestion, if any.
  public var help: String?
  /// Further notes, each with a location when it points somewhere.
  public var notes: [NoteRecord]

  /// A note as plain data.
  public struct NoteRecord: Codable, Sendable, Equatable {
    /// What the note says.
    public var message: String
    /// `file:line:column`, when the note points somewhere.
    public var location: String?
  }
}

extension Diagnostic {
  /// This diagnostic as plain data.
  public var record: DiagnosticRecord {
    let (line, column) = span.start
    let (endLine, endColumn) = span.file.lineAndColumn(of: span.range.end)
    return DiagnosticRecord(
      code: code.rawValue, name: code.slug, severity: severity.rawValue, message: message,
      file: span.file.path, line: line, column: column, endLine: endLine, endColumn: endColumn,
      label: label, help: help,
      notes: notes.map { DiagnosticRecord.NoteRecord(message: $0.message, location: $0.span?.description) })
  }
}
