/// One problem found in a rule file: a stable code, a message, where it is, and help.
///
/// The model is separate from how it is shown (`DiagnosticRenderer` for terminals,
/// `Diagnostic.jsonObject` for tools). Messages are lowercase with no final period;
/// suggestions go in `help`, context elsewhere in the source in `notes`.
public struct Diagnostic: Sendable {
  /// The stable code.
  public var code: DiagnosticCode
  /// Error or warning.
  public var severity: Severity { code.severity }
  /// What is wrong, in one line.
  public var message: String
  /// Where it is.
  public var span: SourceSpan
  /// A short label shown under the caret (e.g. "did you mean 'dishonest'?").
  public var label: String?
  /// A suggestion shown after the source excerpt.
  public var help: String?
  /// Related places, each with a message.
  public var notes: [Note]

  /// A secondary message, optionally pointing elsewhere in the source.
  public struct Note: Sendable {
    /// What the note says.
    public var message: String
    /// Where it points, if anywhere.
    public var span: SourceSpan?

    /// Creates a note.
    public init(_ message: String, at span: SourceSpan? = nil) {
      self.message = message
      self.span = span
    }
  }

  /// Creates a diagnostic.
  public init(
    _ code: DiagnosticCode, _ message: String, at span: SourceSpan, label: String? = nil,
    help: String? = nil, notes: [Note] = []
  ) {
    self.code = code
    self.message = message
    self.span = span
    self.label = label
    self.help = help
    self.notes = notes
  }
}

extension Diagnostic {
  /// Orders diagnostics by file, then position, so output is deterministic.
  public static func sortedByLocation(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    diagnostics.enumerated().sorted { a, b in
      let (x, y) = (a.element.span, b.element.span)
      if x.file.path != y.file.path { return x.file.path < y.file.path }
      if x.range.start != y.range.start { return x.range.start < y.range.start }
      return a.offset < b.offset
    }.map(\.element)
  }
}
