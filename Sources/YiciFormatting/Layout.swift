import YiciSyntax

/// Lays a parsed file out line by line (the rules are in `Formatter`'s documentation).
struct Layout {
  private let tokens: [Token]
  private let keywords: KeywordTokens
  private let lines: [SourceLine]

  /// The layout of a parsed file with its keywords in `language`.
  init(_ parsed: LayoutParse, keywords language: KeywordLanguage) {
    let file = parsed.file.source
    tokens = parsed.tokens.filter { $0.kind != .endOfFile }
    keywords = KeywordTokens(parsed, tokens: tokens, target: language)
    let tokenLines = tokens.map { file.lineAndColumn(of: $0.range.start).line }
    let comments = Comment.all(in: file, tokens: parsed.tokens)
    let grouped = SourceLine.lines(
      tokenLines: tokenLines, printed: keywords.pieces.map { $0 != nil }, comments: comments)
    lines = SourceLine.joiningOpeningBraces(grouped) { [tokens] in tokens[$0].kind == .leftBrace }
  }

  /// The formatted text: every line ends with a line break, and an empty file is empty.
  var text: String {
    var state = LineState()
    var code: [String?] = []
    var indents: [Int?] = []
    for line in lines {
      if line.isCode {
        let (indent, text) = state.layOut(line.tokens, tokens: tokens, keywords: keywords)
        code.append(text)
        indents.append(indent)
      } else {
        code.append(nil)
        indents.append(nil)
      }
    }
    var output = ""
    var previous: SourceLine?
    var nextCodeIndent = 0
    var commentIndents = [Int](repeating: 0, count: lines.count)
    for index in lines.indices.reversed() {
      if let indent = indents[index], let first = lines[index].tokens.first {
        nextCodeIndent = tokens[first].kind == .rightBrace ? indent + 2 : indent
      }
      commentIndents[index] = nextCodeIndent
    }
    for (index, line) in lines.enumerated() {
      let startsWithClose = line.tokens.first.map { tokens[$0].kind == .rightBrace } ?? false
      if let previous, line.line > previous.lastLine + 1, !startsWithClose, !(output.hasSuffix("{\n")) {
        output += "\n"
      }
      if let text = code[index] {
        output += text
        if let comment = line.comment {
          let gap = comment.column - DisplayWidth.of(text)
          output += String(repeating: " ", count: gap >= 2 ? gap : 2) + comment.text
        }
      } else if let comment = line.comment {
        output += String(repeating: " ", count: commentIndents[index]) + comment.text
      }
      output += "\n"
      previous = line
    }
    return output
  }
}

/// What laying out the lines so far leaves open: blocks, parentheses, the item the last
/// line belonged to.
private struct LineState {
  /// The blocks open, innermost last.
  var blocks: [BlockKind] = []
  /// For each open parenthesis, the column just after it, where lines inside align.
  var parentheses: [Int] = []
  /// Whether the last line continued an item (so an `en` line after it is indented more).
  var continued = false
  /// The token printed last, for the spacing of the next.
  var last: Int?

  /// The indentation and text of one line.
  mutating func layOut(_ line: [Int], tokens: [Token], keywords: KeywordTokens) -> (Int, String) {
    let first = line[0]
    let indent = indentation(of: first, tokens: tokens, keywords: keywords)
    var text = String(repeating: " ", count: indent)
    var width = indent
    for (position, index) in line.enumerated() {
      guard let piece = keywords.pieces[index] else { continue }
      if position > 0, let last, Spacing.spaced(last, index, tokens: tokens, keywords: keywords) {
        text += " "
        width += 1
      }
      text += piece
      width += DisplayWidth.of(piece)
      switch tokens[index].kind {
      case .leftParen: parentheses.append(width)
      case .rightParen: _ = parentheses.popLast()
      case .leftBrace: blocks.append(opened(by: index, tokens: tokens, keywords: keywords))
      case .rightBrace:
        _ = blocks.popLast()
        parentheses.removeAll()
      default: break
      }
      last = index
    }
    return (indent, text)
  }

  /// Where a line starting with token `first` is indented, noting whether it continues an
  /// item.
  private mutating func indentation(of first: Int, tokens: [Token], keywords: KeywordTokens) -> Int {
    let depth = blocks.count * 2
    let token = tokens[first]
    if token.kind == .rightBrace {
      continued = false
      return max(0, depth - 2)
    }
    if let column = parentheses.last { return token.kind == .rightParen ? column - 1 : column }
    let kind = blocks.last ?? .topLevel
    let entry =
      token.kind == .identifier && first + 1 < tokens.count && tokens[first + 1].kind == .colon
    let name = token.kind == .identifier && keywords.keyword(at: first) == nil && !isEnglishMarker(first, tokens)
    // A line after a trailing comma continues a list (`members a, b,` / `c`).
    let afterComma = last.map { tokens[$0].kind == .comma } ?? false
    if !afterComma, kind.startsItem(keyword: keywords.keyword[first], entry: entry, name: name) {
      continued = false
      return depth
    }
    let english = isEnglishMarker(first, tokens)
    defer { continued = true }
    return depth + (english && continued ? 4 : 2)
  }

  /// Whether the token is the `en` before an English text.
  private func isEnglishMarker(_ index: Int, _ tokens: [Token]) -> Bool {
    tokens[index].kind == .identifier && tokens[index].text == Keyword.english.englishSpelling
      && index + 1 < tokens.count && tokens[index + 1].kind == .string
  }

  /// The kind of block the `{` at `index` opens: the one its keyword names, found going back
  /// over the block's id, name and modifiers.
  private func opened(by index: Int, tokens: [Token], keywords: KeywordTokens) -> BlockKind {
    var back = index - 1
    while back >= 0 {
      switch tokens[back].kind {
      case .leftBrace, .rightBrace, .semicolon: return .unknown
      default: break
      }
      if let keyword = keywords.keyword[back], !BlockKind.modifiers.contains(keyword) {
        return BlockKind(opening: keyword)
      }
      back -= 1
    }
    return .unknown
  }
}
