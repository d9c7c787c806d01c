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
    self.message = Self.shortened(message)
    self.span = span
    self.label = label.map(Self.shortened)
    self.help = help.map(Self.shortened)
    self.notes = notes
  }

  /// The longest message, label or help kept whole: a diagnostic that quotes a huge
  /// input (a name of a megabyte) quotes its start and "…".
  static let longestText = 400

  static func shortened(_ text: String) -> String {
    guard text.utf8.count > longestText, text.count > longestText else { return text }
    return String(text.prefix(longestText)) + "…"
  }
}

extension Diagnostic {
  /// At most `SourceLimits.diagnosticsPerFile` diagnostics of each file (errors kept
  /// before warnings), then one that says the rest are not shown; in location order.
  public static func capped(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    let limit = SourceLimits.diagnosticsPerFile
    var byFile: [String: [Diagnostic]] = [:]
    for diagnostic in diagnostics { byFile[diagnostic.span.file.path, default: []].append(diagnostic) }
    guard byFile.values.contains(where: { $0.count > limit }) else { return diagnostics }
    var kept: [Diagnostic] = []
    for (_, file) in byFile {
      guard file.count > limit else {
        kept += file
        continue
      }
      let ranked = file.enumerated().sorted { a, b in
        a.element.severity != b.element.severity ? a.element.severity < b.element.severity : a.offset < b.offset
      }.map(\.element)
      var shown = Array(ranked.prefix(limit))
      let message = "more than \(limit) problems in this file; the rest are not shown"
      if ranked[limit].severity == .error {
        let last = shown.max { $0.span.range.start < $1.span.range.start }!
        shown.append(Diagnostic(.limitExceeded, message, at: last.span, help: "fix these and check again"))
      } else {
        // Only warnings are left out: say so without adding an error.
        shown[shown.count - 1].notes.append(Note(message))
      }
      kept += shown
    }
    return sortedByLocation(kept)
  }

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
