extension FactSyntax {
  /// The derived fact `let id = expression`, always in force, written where the
  /// expression is (for an expression checked on its own: `Checker.checkExpression`).
  public init(derived id: String, as expression: Expression) {
    self.init(
      id: Identifier(id, range: expression.range), label: nil, definition: .derived(expression), question: nil,
      period: .always, range: expression.range)
  }
}
