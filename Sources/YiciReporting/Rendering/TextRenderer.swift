import YiciSyntax

/// The report as plain text for a terminal: tables in aligned columns (a Chinese
/// character two columns wide), figures right-aligned.
enum TextRenderer {
  static func render(_ document: ReportDocument) -> String {
    var lines = [document.title, document.subtitle]
    for section in document.sections {
      lines += ["", section.heading]
      var first = true
      for block in section.blocks {
        if case .chart = block { continue }
        if !first, case .table = block { lines.append("") }
        first = false
        switch block {
        case .table(let table): lines += Self.table(table)
        case .paragraph(let text): lines.append("  " + text)
        case .checks(let checks):
          for check in checks {
            lines.append("  [\(check.status)] \(check.text)")
            lines += check.details.map { "      - " + $0 }
          }
        case .chart: break
        }
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The rows under the header, columns two spaces apart, no trailing spaces.
  static func table(_ table: ReportDocument.Table) -> [String] {
    let rows = [table.header] + table.rows
    var widths = Array(repeating: 0, count: table.header.count)
    for row in rows {
      for (column, cell) in row.enumerated() { widths[column] = max(widths[column], width(cell)) }
    }
    return rows.map { row in
      var line = "  "
      for (column, cell) in row.enumerated() {
        let pad = String(repeating: " ", count: widths[column] - width(cell))
        let last = column == row.count - 1
        line += table.numeric.contains(column) ? pad + cell : cell + (last ? "" : pad)
        if !last { line += "  " }
      }
      while line.hasSuffix(" ") { line.removeLast() }
      return line
    }
  }

  /// Terminal columns the text takes.
  static func width(_ text: String) -> Int {
    DiagnosticRenderer.displayWidth(text.unicodeScalars)
  }
}
