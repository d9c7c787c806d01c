extension Parser {
  /// Parses a source that holds one expression and nothing else (what a clerk types at
  /// the REPL's `:eval`): the expression, or nil and the diagnostics, which point into
  /// `file` itself.
  public static func parseExpression(_ file: SourceFile) -> (expression: Expression?, diagnostics: [Diagnostic]) {
    var lexer = Lexer(file: file)
    let tokens = lexer.tokenize()
    var parser = Parser(file: file, tokens: tokens, diagnostics: lexer.diagnostics)
    parser.endOfInput = "the end of the expression"
    guard !parser.atEnd else {
      parser.report(.unexpectedToken, "expected an expression, found nothing", at: parser.current.range)
      return (nil, parser.diagnostics)
    }
    guard let expression = try? parser.parseExpression() else { return (nil, parser.diagnostics) }
    guard parser.atEnd else {
      parser.report(
        .unexpectedToken, "expected the end of the expression, found \(parser.describe(parser.current))",
        at: parser.current.range, help: "write one expression, e.g. area_m2 > 500 and credit == good")
      return (nil, parser.diagnostics)
    }
    return parser.diagnostics.contains { $0.severity == .error } ? (nil, parser.diagnostics) : (expression, [])
  }
}
