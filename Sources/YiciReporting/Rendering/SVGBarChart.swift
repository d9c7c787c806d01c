/// A bar chart as inline SVG: per group its label on a line, then one horizontal bar per
/// series with its caption, and a legend on top. Drawn in a 360-unit-wide box that scales
/// to the page's width, so the text stays legible on a phone.
enum SVGBarChart {
  static let width = 360
  static let barHeight = 14
  static let colors = ["#8c959f", "#0969da", "#1a7f37"]

  static func render(_ chart: BarChart) -> String {
    let largest = max(1, chart.groups.flatMap { $0.values.compactMap { $0 } }.max() ?? 1)
    let room = width - 110  // the longest bar leaves room for its caption
    let groupHeight = 18 + chart.series.count * (barHeight + 4) + 8
    let height = 28 + chart.groups.count * groupHeight
    let title = HTMLRenderer.escape(chart.title)
    var svg = "<figure>\n<figcaption>\(title)</figcaption>\n"
    svg +=
      "<svg viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"\(title)\">"
      + "\n<title>\(title)</title>\n"
    var x = 0
    for (index, name) in chart.series.enumerated() {
      svg += "<rect x=\"\(x)\" y=\"4\" width=\"12\" height=\"12\" fill=\"\(color(index))\"/>"
      svg += "<text x=\"\(x + 16)\" y=\"14\" font-size=\"12\">\(HTMLRenderer.escape(name))</text>\n"
      x += 16 + textWidth(name) + 16
    }
    var y = 28
    for group in chart.groups {
      let label = fitted(group.label)
      let tooltip = label == group.label ? "" : "<title>\(HTMLRenderer.escape(group.label))</title>"
      svg += "<text x=\"0\" y=\"\(y + 12)\" font-size=\"12\">\(HTMLRenderer.escape(label))\(tooltip)</text>\n"
      var barY = y + 18
      for (index, value) in group.values.enumerated() {
        let length = value.map { $0 == 0 ? 1 : max(2, $0 * room / largest) } ?? 0
        if value != nil {
          svg += "<rect x=\"0\" y=\"\(barY)\" width=\"\(length)\" height=\"\(barHeight)\" fill=\"\(color(index))\"/>"
        }
        let caption = index < group.captions.count ? group.captions[index] : value.map(String.init) ?? ""
        svg += "<text x=\"\(length + 4)\" y=\"\(barY + 11)\" font-size=\"11\">\(HTMLRenderer.escape(caption))</text>\n"
        barY += barHeight + 4
      }
      y += groupHeight
    }
    return svg + "</svg>\n</figure>\n"
  }

  private static func color(_ index: Int) -> String { colors[index % colors.count] }

  /// The width of a text at 12 units: a Chinese character 12, another about 7.
  static func textWidth(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x2E80 ? 12 : 7) }
  }

  /// A label cut to the chart's width with an ellipsis (the whole label is its tooltip).
  static func fitted(_ label: String) -> String {
    guard textWidth(label) > width else { return label }
    var cut = ""
    for character in label {
      guard textWidth(cut + String(character)) + 12 <= width else { break }
      cut.append(character)
    }
    return cut + "…"
  }
}
