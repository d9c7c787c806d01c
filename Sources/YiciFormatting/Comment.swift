import YiciSyntax

/// A comment (`# …` or `// …` to the end of the line) as written, and where.
struct Comment {
  /// The 1-based source line.
  var line: Int
  /// The text from `#` or `//`, without trailing white space.
  var text: String
  /// Whether code comes before it on its line (a trailing comment).
  var trailing: Bool
  /// The display column it starts at in the source line (0-based).
  var column: Int

  /// Every comment of the file: the lexer skips them, so they are found in the gaps between
  /// the tokens (a `#` inside a string is part of a token, never a gap).
  static func all(in file: SourceFile, tokens: [Token]) -> [Comment] {
    let scalars = file.scalars
    var comments: [Comment] = []
    var gapStart = 0
    var previousLine: Int?
    for token in tokens {
      scan(scalars[gapStart..<min(token.range.start, scalars.count)], file: file, after: previousLine, into: &comments)
      gapStart = token.range.end
      previousLine = token.kind == .endOfFile ? nil : file.lineAndColumn(of: max(token.range.start, 0)).line
    }
    if gapStart < scalars.count {
      scan(scalars[gapStart...], file: file, after: previousLine, into: &comments)
    }
    return comments
  }

  /// The comments in one gap between tokens; `codeLine` is the line of the token before it.
  private static func scan(
    _ gap: ArraySlice<Unicode.Scalar>, file: SourceFile, after codeLine: Int?, into comments: inout [Comment]
  ) {
    var index = gap.startIndex
    while index < gap.endIndex {
      let scalar = gap[index]
      let opens = scalar == "#" || (scalar == "/" && index + 1 < gap.endIndex && gap[index + 1] == "/")
      guard opens else {
        index += 1
        continue
      }
      var end = index
      while end < gap.endIndex, gap[end] != "\n" { end += 1 }
      var text = String(String.UnicodeScalarView(gap[index..<end]))
      while let last = text.unicodeScalars.last, last.properties.isWhitespace { text.unicodeScalars.removeLast() }
      let line = file.lineAndColumn(of: index).line
      let lineStart = file.startOfLine(line)
      let column = DisplayWidth.of(String(String.UnicodeScalarView(file.scalars(in: lineStart..<index))))
      comments.append(Comment(line: line, text: text, trailing: codeLine == line, column: column))
      index = end
    }
  }
}
