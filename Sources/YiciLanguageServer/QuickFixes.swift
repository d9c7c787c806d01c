import Foundation
import YiciSyntax

/// The quick fixes of the diagnostics that carry one (`textDocument/codeAction`):
///
/// - a name not found, with a close one (the label "did you mean 'x'?", worded by
///   `Suggestions.label`): replace the name;
/// - a Chinese keyword written inside a name (the help "put a space after '当': '当 面积'",
///   worded by the parser and the checker): replace the glued name with the spaced text.
enum QuickFixes {
  /// Code actions for the diagnostics of `file` that overlap `range`.
  static func actions(for diagnostics: [Diagnostic], in file: SourceFile, overlapping range: SourceRange, uri: String)
    -> [JSONValue]
  {
    diagnostics.filter {
      $0.span.file.path == file.path && $0.span.range.start <= range.end && range.start <= $0.span.range.end
    }.flatMap { diagnostic in
      fixes(diagnostic).enumerated().map { index, fix -> JSONValue in
        let edit: JSONValue = ["range": Positions.range(fix.range, in: file), "newText": .string(fix.text)]
        return [
          "title": .string(fix.title), "kind": "quickfix", "isPreferred": .bool(index == 0),
          "diagnostics": [PublishedDiagnostics.convert(diagnostic)],
          "edit": ["changes": .object([uri: [edit]])],
        ]
      }
    }
  }

  /// The fixes a diagnostic carries, the likeliest first: a title, the range replaced and
  /// the new text.
  static func fixes(_ diagnostic: Diagnostic) -> [(title: String, range: SourceRange, text: String)] {
    var fixes: [(title: String, range: SourceRange, text: String)] = []
    if let help = diagnostic.help, help.hasPrefix("put a space") || help.hasPrefix("put spaces"),
      let spaced = lastQuoted(in: help)
    {
      let glued = spaced.replacingOccurrences(of: " ", with: "")
      if let target = gluedToken(glued, near: diagnostic.span) { fixes.append(("Write '\(spaced)'", target, spaced)) }
    }
    if let label = diagnostic.label, let name = quoted(in: label, after: "did you mean '") {
      fixes.append(("Change to '\(name)'", diagnostic.span.range, name))
    }
    return fixes
  }

  /// The identifier token spelled `glued` at the diagnostic, or just before it (the parser
  /// reports a name that ends with a keyword at the token after it).
  private static func gluedToken(_ glued: String, near span: SourceSpan) -> SourceRange? {
    var lexer = Lexer(file: span.file)
    let tokens = lexer.tokenize()
    let candidates = tokens.filter { $0.kind == .identifier && $0.text == glued && $0.range.start <= span.range.end }
    return candidates.last?.range
  }

  private static func quoted(in text: String, after prefix: String) -> String? {
    guard let start = text.range(of: prefix)?.upperBound, let end = text[start...].firstIndex(of: "'") else {
      return nil
    }
    return String(text[start..<end])
  }

  private static func lastQuoted(in text: String) -> String? {
    guard text.last == "'", let open = text.dropLast().lastIndex(of: "'") else { return nil }
    return String(text[text.index(after: open)..<text.index(before: text.endIndex)])
  }
}
