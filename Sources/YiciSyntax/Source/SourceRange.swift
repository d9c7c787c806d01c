/// A half-open range of scalar offsets in one `SourceFile`.
public struct SourceRange: Hashable, Sendable {
  /// The offset of the first scalar.
  public var start: Int
  /// The offset just past the last scalar.
  public var end: Int

  /// Creates a range from its bounds.
  public init(start: Int, end: Int) {
    self.start = start
    self.end = max(start, end)
  }

  /// The smallest range covering both.
  public func union(_ other: SourceRange) -> SourceRange {
    SourceRange(start: min(start, other.start), end: max(end, other.end))
  }
}

/// A range together with the file it lies in: what diagnostics and traces point at.
public struct SourceSpan: Sendable {
  /// The file.
  public let file: SourceFile
  /// The range within `file`.
  public let range: SourceRange

  /// Creates a span.
  public init(file: SourceFile, range: SourceRange) {
    self.file = file
    self.range = range
  }

  /// The 1-based line and column where the span starts.
  public var start: (line: Int, column: Int) { file.lineAndColumn(of: range.start) }

  /// `path:line:column`, the form editors and terminals turn into links.
  public var description: String {
    let (line, column) = start
    return "\(file.path):\(line):\(column)"
  }
}
