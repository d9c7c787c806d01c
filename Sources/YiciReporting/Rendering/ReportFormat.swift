import YiciExplanation

/// The forms a report is written in.
public enum ReportFormat: String, Sendable, CaseIterable {
  /// Aligned plain text, for a terminal.
  case text
  /// JSON for tools (the contract in the README); the same in every language.
  case json
  /// Markdown tables.
  case md
  /// One self-contained HTML page with inline SVG charts, readable on a phone.
  case html
}

extension ReformReport {
  /// The report written in a format and a language (JSON ignores the language).
  public func rendered(as format: ReportFormat, language: Language = .zh) -> String {
    switch format {
    case .json: return ReportJSON.render(self)
    case .text: return TextRenderer.render(ReportDocument(self, language: language))
    case .md: return MarkdownRenderer.render(ReportDocument(self, language: language))
    case .html: return HTMLRenderer.render(ReportDocument(self, language: language), language: language)
    }
  }
}
