import YiciTestSupport

/// Random edits of a rule file's text that often keep it parsing: layout the formatter must
/// undo, and comments, blank lines and line breaks it must keep.
enum Mutation {
  /// The edited text and what was done.
  static func apply(to text: String, random: inout SeededRandom) -> (text: String, name: String) {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard lines.count > 2 else { return (text, "nothing") }
    let line = random.next(lines.count - 1)
    switch random.next(8) {
    case 0:
      lines[line] = String(repeating: " ", count: random.next(9)) + lines[line].drop { $0 == " " }
      return (lines.joined(separator: "\n"), "re-indenting line \(line + 1)")
    case 1:
      lines.insert(String(repeating: " ", count: random.next(6)) + "# 注释 \(line)", at: line)
      return (lines.joined(separator: "\n"), "a comment before line \(line + 1)")
    case 2:
      lines[line] += "   // trailing \(line)"
      return (lines.joined(separator: "\n"), "a trailing comment on line \(line + 1)")
    case 3:
      lines.insert(contentsOf: Array(repeating: "", count: 1 + random.next(3)), at: line)
      return (lines.joined(separator: "\n"), "blank lines before line \(line + 1)")
    case 4:
      lines[line] = lines[line].replacingSpaces(with: String(repeating: " ", count: 1 + random.next(4)))
      return (lines.joined(separator: "\n"), "wider spaces on line \(line + 1)")
    case 5:
      lines[line] = lines[line].replacingOccurrences(of: ", ", with: ",").replacingOccurrences(of: "(", with: "（")
      return (lines.joined(separator: "\n"), "full-width punctuation on line \(line + 1)")
    case 6:
      let joined = lines[line] + " " + lines[line + 1].drop { $0 == " " }
      lines.replaceSubrange(line...(line + 1), with: [joined])
      return (lines.joined(separator: "\n"), "lines \(line + 1) and \(line + 2) joined")
    default:
      lines.remove(at: line)
      return (lines.joined(separator: "\n"), "line \(line + 1) removed")
    }
  }
}

extension String {
  /// The text with each run of spaces between words replaced by `spaces`.
  fileprivate func replacingSpaces(with spaces: String) -> String {
    let leading = prefix { $0 == " " }
    return leading + dropFirst(leading.count).split(separator: " ").joined(separator: spaces)
  }

  /// The text with every `target` replaced.
  fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
