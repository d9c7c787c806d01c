import YiciExplanation

/// The report as one self-contained HTML page: no script, no external style sheet, font or
/// image; charts drawn in inline SVG; tables that scroll sideways on a narrow screen, so
/// the page reads on a phone.
package enum HTMLRenderer {
  static func render(_ document: ReportDocument, language: Language) -> String {
    var html = HTMLPage.opening(
      title: "\(document.title) · \(document.subtitle)", heading: document.title, subtitle: document.subtitle,
      style: style, language: language)
    for section in document.sections {
      html += "<section>\n<h2>\(escape(section.heading))</h2>\n"
      for block in section.blocks {
        switch block {
        case .table(let table): html += Self.table(table)
        case .paragraph(let text): html += "<p>\(escape(text))</p>\n"
        case .checks(let checks): html += Self.checks(checks)
        case .chart(let chart): html += SVGBarChart.render(chart)
        }
      }
      html += "</section>\n"
    }
    return html + HTMLPage.closing
  }

  private static func table(_ table: ReportDocument.Table) -> String {
    func cells(_ row: [String], tag: String) -> String {
      row.enumerated().map { column, cell in
        let numeric = table.numeric.contains(column) ? " class=\"num\"" : ""
        return "<\(tag)\(numeric)>\(escape(cell))</\(tag)>"
      }.joined()
    }
    var html = "<div class=\"scroll\"><table>\n<thead><tr>\(cells(table.header, tag: "th"))</tr></thead>\n<tbody>\n"
    for row in table.rows { html += "<tr>\(cells(row, tag: "td"))</tr>\n" }
    return html + "</tbody>\n</table></div>\n"
  }

  private static func checks(_ checks: [ReportDocument.CheckLine]) -> String {
    var html = "<ul class=\"targets\">\n"
    for check in checks {
      let kind = check.met.map { $0 ? "met" : "unmet" } ?? "open"
      html += "<li><span class=\"status \(kind)\">\(escape(check.status))</span> \(escape(check.text))"
      if !check.details.isEmpty {
        html += "\n<ul>\n" + check.details.map { "<li>\(escape($0))</li>\n" }.joined() + "</ul>\n"
      }
      html += "</li>\n"
    }
    return html + "</ul>\n"
  }

  /// Text with the characters HTML and SVG give meaning to replaced by references.
  package static func escape(_ text: String) -> String {
    var escaped = ""
    for character in text {
      switch character {
      case "&": escaped += "&amp;"
      case "<": escaped += "&lt;"
      case ">": escaped += "&gt;"
      case "\"": escaped += "&quot;"
      case "'": escaped += "&#39;"
      default: escaped.append(character)
      }
    }
    return escaped
  }

  /// The page's whole style: readable type, tables that scroll inside their box, charts
  /// that take the width they are given.
  static let style = """
    :root { color-scheme: light; --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "PingFang SC", "Noto Sans CJK SC", sans-serif; color: var(--ink); background: #fff; }
    main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
    h1 { font-size: 1.6rem; margin: 0.5rem 0 0; }
    h2 { font-size: 1.25rem; margin: 2rem 0 0.5rem; border-bottom: 1px solid var(--line); padding-bottom: 0.25rem; }
    .subtitle { color: var(--muted); margin-top: 0.25rem; }
    .scroll { overflow-x: auto; -webkit-overflow-scrolling: touch; margin: 0.5rem 0; }
    table { border-collapse: collapse; font-size: 0.9rem; min-width: 100%; }
    th, td { border-bottom: 1px solid var(--line); padding: 0.35rem 0.6rem; text-align: left; vertical-align: top; white-space: nowrap; }
    th { background: #f6f8fa; }
    td:first-child { white-space: normal; min-width: 9rem; }
    .num { text-align: right; font-variant-numeric: tabular-nums; }
    ul.targets { padding-left: 0; list-style: none; }
    ul.targets > li { margin: 0.5rem 0; }
    ul.targets ul { margin: 0.25rem 0 0 1.25rem; padding-left: 1rem; color: var(--muted); }
    .status { display: inline-block; border-radius: 0.25rem; padding: 0 0.4rem; font-size: 0.85rem; font-weight: 600; color: #fff; }
    .met { background: #1a7f37; }
    .unmet { background: #cf222e; }
    .open { background: #6e7781; }
    figure { margin: 1rem 0; }
    figcaption { font-weight: 600; margin-bottom: 0.25rem; }
    svg { display: block; width: 100%; max-width: 40rem; height: auto; }
    @media (max-width: 40rem) {
      body { font-size: 15px; }
      main { padding: 0.75rem; }
      h1 { font-size: 1.35rem; }
      th, td { padding: 0.3rem 0.45rem; }
    }
    """
}
