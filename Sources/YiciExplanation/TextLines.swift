import Foundation

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
    if Self.isSimple(line) {
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

  /// The lines the text is made of: all but trailing blank ones. The text is each
  /// followed by a newline (or a single newline when there are none).
  var finalLines: ArraySlice<String> {
    var count = lines.count
    while count > 0 && lines[count - 1].isEmpty { count -= 1 }
    return lines[..<count]
  }

  /// The text: lines joined, no trailing blank lines, ending with one newline.
  var text: String {
    let lines = finalLines
    var text = ""
    text.reserveCapacity(lines.reduce(lines.count) { $0 + $1.utf8.count })
    for line in lines {
      text += line
      text += "\n"
    }
    return lines.isEmpty ? "\n" : text
  }

  /// Whether a line has no line break and no trailing whitespace, judged on its UTF-8
  /// bytes: a trailing ASCII blank, or U+3000 (the ideographic space), needs trimming.
  private static func isSimple(_ line: String) -> Bool {
    let utf8 = line.utf8.span
    guard !utf8.isEmpty else { return true }
    let last = utf8[utf8.count - 1]
    if last == 0x20 || last == 0x09 || last == 0x0D { return false }
    if last == 0x80, utf8.count >= 3, utf8[utf8.count - 3] == 0xE3, utf8[utf8.count - 2] == 0x80 { return false }
    // The one acknowledged unsafe use of the stage modules: `memchr` over the span's own
    // bytes (a safe byte loop costs 3% of a batch decision here).
    return unsafe utf8.withUnsafeBufferPointer { bytes in
      unsafe memchr(bytes.baseAddress!, 0x0A, bytes.count) == nil
    }
  }

  private static func trimmingTrailingWhitespace(_ line: Substring) -> String {
    var end = line.endIndex
    while end > line.startIndex, line[line.index(before: end)].isWhitespace {
      end = line.index(before: end)
    }
    return String(line[..<end])
  }
}
