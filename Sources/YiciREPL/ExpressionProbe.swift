import YiciSemantics
import YiciSyntax

/// Checks an expression typed at the REPL against a service, exactly as the checker
/// checks one in a rule file: the library parses it on its own (`Parser.parseExpression`)
/// and checks it as one more derived fact of the service (`Checker.checkExpression`), so
/// every diagnostic points at what the clerk typed.
struct ExpressionProbe {
  static let factID = "__repl_value"

  /// Every rule file of the session.
  let sources: [SourceFile]
  /// The service the expression is about.
  let service: CompiledService

  /// The service compiled with the expression as one more derived fact (and its slot),
  /// or the errors in the expression, placed in a file `<eval>` holding only it.
  func check(_ expression: String) -> Result<(service: CompiledService, slot: Int), ExpressionErrors> {
    let source = SourceFile(path: "<eval>", text: expression)
    let parsed = Parser.parseExpression(source)
    guard let syntax = parsed.expression else { return .failure(ExpressionErrors(diagnostics: parsed.diagnostics)) }
    return Checker.checkExpression(
      syntax, in: source, service: service.id, of: sources.map { Parser.parse($0).file }, factID: Self.factID)
  }
}
