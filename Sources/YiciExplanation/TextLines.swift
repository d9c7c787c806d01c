/// Lines of applicant text being assembled; `text` gives the final string.
///
/// Every line loses its trailing whitespace, text with embedded newlines keeps the
/// indentation of its first line, at most one blank line separates paragraphs, and the
/// result ends with exactly one newline.
struct TextLines {
  private(set) var lines: [String] = []

  /// Appends a line (or several, when `line` contains newlines).
  mutating func add(_ line: String) {
    // Most lines are one line with nothing to trim: take them as they are.
    var probe = line
    let isSimple = probe.withUTF8 { !$0.contains(0x0A) } && !(line.unicodeScalars.last?.properties.isWhitespace ?? false)
    if isSimple {
      lines.append(line)
      return
    }
    let parts = line.split(separator: "\n", omittingEmptySubsequences: false)
    let indent = String(line.prefix { $0 == " " })
    for (offset, part) in parts.enumerated() {
      let trimmed = Self.trimmingTrailingWhitespace(part)
      lines.append(offset == 0 || trimmed.isEmpty ? trimmed : indent + trimmed.drop { $0 == " " })
    }
  }

  /// Appends lines in order.
  mutating func add(_ more: [String]) {
    for line in more { add(line) }
  }

  /// Appends a line when there is one.
  mutating func add(_ line: String?) {
    if let line { add(line) }
  }

  /// Starts a new paragraph: one blank line, unless at the start or after a blank line.
  mutating func blank() {
    if let last = lines.last, !last.isEmpty { lines.append("") }
  }

  /// The text: lines joined, no trailing blank lines, ending with one newline.
  var text: String {
    var kept = lines
    while kept.last?.isEmpty == true { kept.removeLast() }
    return kept.joined(separator: "\n") + "\n"
  }

  private static func trimmingTrailingWhitespace(_ line: Substring) -> String {
    var end = line.endIndex
    while end > line.startIndex, line[line.index(before: end)].isWhitespace {
      end = line.index(before: end)
    }
    return String(line[..<end])
  }
}
