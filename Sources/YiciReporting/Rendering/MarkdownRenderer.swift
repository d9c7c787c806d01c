/// The report as Markdown: a heading per section, tables with figures right-aligned, the
/// targets as a list with their failing items under them.
enum MarkdownRenderer {
  static func render(_ document: ReportDocument) -> String {
    var lines = ["# \(escape(document.title))", "", escape(document.subtitle)]
    for section in document.sections {
      lines += ["", "## \(escape(section.heading))", ""]
      var first = true
      for block in section.blocks {
        if case .chart = block { continue }
        if !first { lines.append("") }
        first = false
        switch block {
        case .table(let table): lines += Self.table(table)
        case .paragraph(let text): lines.append(escape(text))
        case .checks(let checks):
          for check in checks {
            lines.append("- **\(escape(check.status))** \(escape(check.text))")
            lines += check.details.map { "  - " + escape($0) }
          }
        case .chart: break
        }
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func table(_ table: ReportDocument.Table) -> [String] {
    func row(_ cells: [String]) -> String { "| " + cells.map(escape).joined(separator: " | ") + " |" }
    let rule = table.header.indices.map { table.numeric.contains($0) ? "---:" : "---" }
    return [row(table.header), "| " + rule.joined(separator: " | ") + " |"] + table.rows.map(row)
  }

  /// Text with Markdown's active characters escaped (a `|` would end a cell, a `*` start
  /// emphasis).
  static func escape(_ text: String) -> String {
    var escaped = ""
    for character in text {
      if "\\|*_`[]<>#".contains(character) { escaped.append("\\") }
      escaped.append(character)
    }
    return escaped
  }
}
