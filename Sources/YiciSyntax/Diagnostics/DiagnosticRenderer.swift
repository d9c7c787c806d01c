/// Renders diagnostics for people: a header, `--> file:line:column`, the source line
/// with a caret under the span, the label, notes and help.
///
/// ```
/// error[E0202]: unknown option 'dishonst' for fact 'credit'
///   --> rules/food.yici:12:24
///    |
/// 12 |     ok: credit != dishonst
///    |                   ^^^^^^^^ did you mean 'dishonest'?
///    = help: the options are good, normal, dishonest
/// ```
/// Chinese characters take two terminal columns, and the caret line accounts for it.
/// Colour is used only when asked (the CLI asks when writing to a terminal).
public struct DiagnosticRenderer: Sendable {
  /// Whether to colour the output with ANSI escapes.
  public var colored: Bool

  /// Creates a renderer.
  public init(colored: Bool = false) {
    self.colored = colored
  }

  private func paint(_ text: String, _ code: String) -> String {
    colored ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }

  /// Renders one diagnostic, ending with a newline.
  public func render(_ diagnostic: Diagnostic) -> String {
    let severityColor = diagnostic.severity == .error ? "1;31" : "1;33"
    var out = paint("\(diagnostic.severity.rawValue)[\(diagnostic.code.rawValue)]", severityColor)
    out += paint(": \(diagnostic.message)", "1") + "\n"
    out += excerpt(diagnostic.span, label: diagnostic.label, caretColor: severityColor)
    let gutter = String(repeating: " ", count: gutterWidth(diagnostic.span))
    for note in diagnostic.notes {
      if let span = note.span {
        out += "\(gutter)= " + paint("note", "1;36") + ": \(note.message)\n"
        out += excerpt(span, label: nil, caretColor: "1;36")
      } else {
        out += "\(gutter)= " + paint("note", "1;36") + ": \(note.message)\n"
      }
    }
    if let help = diagnostic.help {
      out += "\(gutter)= " + paint("help", "1;32") + ": \(help)\n"
    }
    return out
  }

  /// Renders many diagnostics separated by blank lines, followed by a summary line.
  public func render(_ diagnostics: [Diagnostic]) -> String {
    diagnostics.map(render).joined(separator: "\n")
  }

  private func gutterWidth(_ span: SourceSpan) -> Int {
    String(span.start.line).count + 1
  }

  /// The most columns of a source line an excerpt shows; a longer line is cut to a window
  /// around the span, marked with "…", so a huge line costs one short excerpt.
  static let shownColumns = 120

  private func excerpt(_ span: SourceSpan, label: String?, caretColor: String) -> String {
    let line = span.start.line
    let gutter = String(repeating: " ", count: gutterWidth(span))
    let whole = span.file.lineRange(line)
    let start = min(max(span.range.start, whole.lowerBound), whole.upperBound)
    let end = min(max(span.range.end, start), whole.upperBound)
    var shown = whole
    if whole.count > Self.shownColumns {
      let lower = max(whole.lowerBound, start - Self.shownColumns / 3)
      shown = lower..<min(whole.upperBound, lower + Self.shownColumns)
    }
    let lead = shown.lowerBound > whole.lowerBound ? "…" : ""
    let trail = shown.upperBound < whole.upperBound ? "…" : ""
    // The shown scalars, indexed from the start of `shown`.
    let scalars = span.file.scalars(in: shown)
    let text = lead + String(String.UnicodeScalarView(scalars)).replacingTabs() + trail
    let coveredStart = min(start, shown.upperBound) - shown.lowerBound
    let prefix = scalars[0..<coveredStart]
    let covered = scalars[coveredStart..<(min(end, shown.upperBound) - shown.lowerBound)]
    let pad = String(repeating: " ", count: lead.count + DiagnosticRenderer.displayWidth(prefix))
    let caretCount = max(1, DiagnosticRenderer.displayWidth(covered))
    var carets = paint(String(repeating: "^", count: caretCount), caretColor)
    if let label { carets += " " + paint(label, caretColor) }
    var out = "\(gutter.dropLast())" + paint("-->", "1;34") + " \(span.description)\n"
    out += "\(gutter)" + paint("|", "1;34") + "\n"
    out += paint("\(line) |", "1;34") + " \(text)\n"
    out += "\(gutter)" + paint("|", "1;34") + " \(pad)\(carets)\n"
    return out
  }

  /// The number of terminal columns the scalars take: East Asian wide and full-width
  /// characters take two.
  public static func displayWidth<S: Sequence>(_ scalars: S) -> Int where S.Element == Unicode.Scalar {
    scalars.reduce(0) { $0 + (isWide($1) ? 2 : 1) }
  }

  static func isWide(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x20000...0x3FFFD:
      true
    default:
      false
    }
  }
}

extension String {
  fileprivate func replacingTabs() -> String {
    String(map { $0 == "\t" ? " " : $0 })
  }
}
