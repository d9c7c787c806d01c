/// One source line as the layout sees it: code (the tokens printed on it, with a trailing
/// comment) or a comment on a line of its own.
struct SourceLine {
  /// The 1-based line in the source.
  var line: Int
  /// The last source line it holds (a later line when a `{` line was joined to it).
  var lastLine: Int
  /// The indices of the tokens printed on it, in order; empty for a comment line.
  var tokens: [Int]
  /// The comment on it: after the code, or alone.
  var comment: Comment?

  /// Whether the line holds code.
  var isCode: Bool { !tokens.isEmpty }

  /// The file's lines in order: tokens grouped by the line they are on (those left out
  /// dropped), comments on their lines; a line holding only `{` is joined to the code before
  /// it, so an opening brace always ends the line that opens the block.
  static func lines(tokenLines: [Int], printed: [Bool], comments: [Comment]) -> [SourceLine] {
    var lines: [SourceLine] = []
    var nextComment = 0
    func flushComments(before line: Int) {
      while nextComment < comments.count, comments[nextComment].line < line {
        let comment = comments[nextComment]
        if comment.trailing, let last = lines.last, last.isCode, last.line == comment.line, last.comment == nil {
          lines[lines.count - 1].comment = comment
        } else {
          lines.append(
            SourceLine(line: comment.line, lastLine: comment.line, tokens: [], comment: Comment(own: comment)))
        }
        nextComment += 1
      }
    }
    for (index, line) in tokenLines.enumerated() where printed[index] {
      flushComments(before: line)
      if let last = lines.last, last.isCode, last.line == line {
        lines[lines.count - 1].tokens.append(index)
      } else {
        lines.append(SourceLine(line: line, lastLine: line, tokens: [index], comment: nil))
      }
    }
    flushComments(before: Int.max)
    return lines
  }

  /// The lines with each line that starts with `{` joined to the code line just before it
  /// (when that has no comment, which would end up inside the code).
  static func joiningOpeningBraces(_ lines: [SourceLine], isOpeningBrace: (Int) -> Bool) -> [SourceLine] {
    var joined: [SourceLine] = []
    for line in lines {
      if let first = line.tokens.first, isOpeningBrace(first), let last = joined.last, last.isCode, last.comment == nil
      {
        joined[joined.count - 1].tokens += line.tokens
        joined[joined.count - 1].comment = line.comment
        joined[joined.count - 1].lastLine = line.lastLine
      } else {
        joined.append(line)
      }
    }
    return joined
  }
}

extension Comment {
  /// The comment as one on a line of its own.
  init(own comment: Comment) {
    self = comment
    trailing = false
  }
}
