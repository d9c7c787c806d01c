/// A file parsed with what a formatter needs besides the tree: every token, and every
/// keyword as the parser read it (which keyword a shared spelling was, in which language).
package struct LayoutParse: Sendable {
  /// The parsed file.
  package var file: RuleFile
  /// What the lexer and the parser reported.
  package var diagnostics: [Diagnostic]
  /// The tokens the parser read, the end of the file last.
  package var tokens: [Token]
  /// The keywords, in the order read.
  package var keywords: [Parser.KeywordUse]
}

extension Parser {
  /// Parses a file as `parse` does, keeping its tokens and keywords (`LayoutParse`).
  package static func parseForLayout(_ file: SourceFile) -> LayoutParse {
    guard file.size <= SourceLimits.fileBytes else {
      let parsed = parse(file)
      return LayoutParse(file: parsed.file, diagnostics: parsed.diagnostics, tokens: [], keywords: [])
    }
    var parser = Parser(lexing: file)
    let tree = parser.parseFile()
    return LayoutParse(file: tree, diagnostics: parser.diagnostics, tokens: parser.tokens, keywords: parser.keywordUses)
  }
}
