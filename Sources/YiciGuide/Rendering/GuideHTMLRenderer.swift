import YiciExplanation
import YiciReporting

/// A guide as one self-contained HTML page: no script, no outside resource, a style sheet
/// for the screen and one for print (A4, sections kept whole, links written out).
enum GuideHTMLRenderer {
  static func render(_ document: GuideDocument, language: Language) -> String {
    let english = language == .en
    var html = HTMLPage.opening(
      title: document.title, heading: document.title, subtitle: document.subtitle, style: style, language: language)
    for (index, section) in document.sections.enumerated() {
      let number = GuideTextRenderer.sectionNumber(index + 1, english: english)
      html += "<section>\n<h2>\(escape(number + section.heading))</h2>\n"
      if !section.rows.isEmpty {
        html += "<dl>\n"
        for row in section.rows { html += "<dt>\(escape(row.label))</dt><dd>\(linked(row.value))</dd>\n" }
        html += "</dl>\n"
      }
      if let lead = section.lead { html += "<p>\(escape(lead))</p>\n" }
      if !section.items.isEmpty {
        html += "<ol>\n"
        for item in section.items {
          html += "<li>\(escape(item.heading))"
          if !item.details.isEmpty {
            html += "\n<ul>\n" + item.details.map { "<li>\(linked($0))</li>\n" }.joined() + "</ul>\n"
          }
          html += "</li>\n"
        }
        html += "</ol>\n"
      }
      for paragraph in section.paragraphs { html += "<p>\(escape(paragraph))</p>\n" }
      html += "</section>\n"
    }
    return html + HTMLPage.closing
  }

  static func escape(_ text: String) -> String { HTMLRenderer.escape(text) }

  /// Escaped text whose trailing `https://…` link is made a link.
  static func linked(_ text: String) -> String {
    guard let range = text.range(of: "https://") ?? text.range(of: "http://") else { return escape(text) }
    let link = String(text[range.lowerBound...])
    return escape(String(text[..<range.lowerBound])) + "<a href=\"\(escape(link))\">\(escape(link))</a>"
  }

  static let style = """
    body { font-family: system-ui, "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; margin: 0;
      color: #1a1a1a; background: #fff; line-height: 1.6; }
    main { max-width: 48rem; margin: 0 auto; padding: 1rem; }
    h1 { font-size: 1.5rem; margin-bottom: 0; }
    .subtitle { color: #555; margin-top: 0.25rem; }
    h2 { font-size: 1.15rem; border-bottom: 2px solid #b22; padding-bottom: 0.2rem; margin-top: 1.5rem; }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0.5rem 0; }
    dt { font-weight: 600; }
    dd { margin: 0; }
    ol > li { margin-bottom: 0.4rem; }
    ul { color: #444; font-size: 0.95rem; padding-left: 1.2rem; }
    a { color: #1554a6; word-break: break-all; }
    @media print {
      @page { size: A4; margin: 18mm 16mm; }
      body { font-size: 10.5pt; }
      main { max-width: none; padding: 0; }
      section { break-inside: avoid-page; }
      h2 { break-after: avoid; border-bottom-color: #000; }
      a { color: inherit; text-decoration: none; }
    }
    """
}
