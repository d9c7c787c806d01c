import YiciExplanation

/// A guide as Markdown: a heading a section, rows as a bullet list, items numbered.
enum GuideMarkdownRenderer {
  static func render(_ document: GuideDocument, language: Language) -> String {
    let english = language == .en
    var lines = ["# " + escape(document.title), "", "_" + escape(document.subtitle) + "_"]
    for (index, section) in document.sections.enumerated() {
      lines += ["", "## " + GuideTextRenderer.sectionNumber(index + 1, english: english) + escape(section.heading), ""]
      for row in section.rows {
        lines.append("- **" + escape(row.label) + "**" + (english ? ": " : "：") + escape(row.value))
      }
      if let lead = section.lead {
        if !section.rows.isEmpty { lines.append("") }
        lines.append(escape(lead))
        lines.append("")
      }
      for (number, item) in section.items.enumerated() {
        lines.append("\(number + 1). " + escape(item.heading))
        lines += item.details.map { "   - " + escape($0) }
      }
      if !section.paragraphs.isEmpty && !(section.rows.isEmpty && section.items.isEmpty) { lines.append("") }
      lines += section.paragraphs.map(escape)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Markdown's emphasis and link characters escaped.
  static func escape(_ text: String) -> String {
    var escaped = ""
    for character in text {
      if "\\*_[]<>`|".contains(character) { escaped.append("\\") }
      escaped.append(character)
    }
    return escaped
  }
}
