import YiciExplanation

/// The forms a guide is written in.
public enum GuideFormat: String, Sendable, CaseIterable {
  /// Plain text, for a terminal or a counter printer.
  case text
  /// Markdown.
  case md
  /// One self-contained HTML page with a print style sheet.
  case html
  /// JSON for tools, the web page and the HTTP service (the contract in the README); the
  /// same in every language.
  case json
}

extension Guide {
  /// The guide written in a format and a language (JSON ignores the language).
  public func rendered(as format: GuideFormat, language: Language = .zh) -> String {
    switch format {
    case .json: GuideJSON.render(self)
    case .text: GuideTextRenderer.render(GuideDocument(self, language: language), language: language)
    case .md: GuideMarkdownRenderer.render(GuideDocument(self, language: language), language: language)
    case .html: GuideHTMLRenderer.render(GuideDocument(self, language: language), language: language)
    }
  }
}

extension BundleGuide {
  /// The bundle's guide written in a format and a language (JSON ignores the language).
  public func rendered(as format: GuideFormat, language: Language = .zh) -> String {
    switch format {
    case .json: BundleGuideJSON.render(self)
    case .text: GuideTextRenderer.render(GuideDocument(self, language: language), language: language)
    case .md: GuideMarkdownRenderer.render(GuideDocument(self, language: language), language: language)
    case .html: GuideHTMLRenderer.render(GuideDocument(self, language: language), language: language)
    }
  }
}
