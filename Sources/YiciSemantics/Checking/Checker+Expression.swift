import YiciSyntax

extension Checker {
  /// Checks one expression against a service exactly as the checker checks one in a rule
  /// file: as one more derived fact of that service, named `factID`, declared after the
  /// service's own facts. The service compiled with it and the fact's slot (its type is
  /// the expression's type, its derivation the compiled expression), or the errors in the
  /// expression, which point into the expression's own source.
  ///
  /// `files` are the rule files the service was checked with (its vocabularies and
  /// calendars come from them). What the REPL's `:eval` runs.
  public static func checkExpression(
    _ expression: Expression, in source: SourceFile, service id: String, of files: [RuleFile],
    factID: String = "__expression"
  ) -> Result<(service: CompiledService, slot: Int), ExpressionErrors> {
    let context = CheckingContext(files, serviceIDs: CheckingContext.serviceIDs(of: files))
    guard let (service, file) = context.service(id) else {
      return .failure(ExpressionErrors(message: "no service '\(id)' in the rules"))
    }
    var compiler = ServiceCompiler(service: service, file: file, vocabularies: context.vocabularies)
    compiler.calendars = context.calendars
    compiler.extraFacts = [(FactSyntax(derived: factID, as: expression), source)]
    let compiled = compiler.compile()
    let errors = compiler.diagnostics.filter { $0.severity == .error && $0.span.file === source }
    guard errors.isEmpty else { return .failure(ExpressionErrors(diagnostics: errors)) }
    guard let compiled, let slot = compiled.factSlots[factID] else {
      return .failure(ExpressionErrors(message: "the expression cannot be checked: the service '\(id)' has errors"))
    }
    return .success((compiled, slot))
  }
}

/// Why an expression did not check: diagnostics on its text, or a message.
public struct ExpressionErrors: Error, Sendable {
  /// The errors in the expression, located in its own source.
  public var diagnostics: [Diagnostic] = []
  /// Why it could not be checked at all (no such service, say), when there are no
  /// diagnostics.
  public var message: String?

  /// Errors with these diagnostics, or this message.
  public init(diagnostics: [Diagnostic] = [], message: String? = nil) {
    self.diagnostics = diagnostics
    self.message = message
  }
}
