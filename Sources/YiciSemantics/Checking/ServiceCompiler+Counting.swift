import YiciSyntax

// Counting in expressions (`at least 2 of (a, b, c)`) and the counter (`provided(m)`).

extension ServiceCompiler {
  /// `at least n of (…)`: yes/no operands and a count from 1 to their number (E0219).
  mutating func typeCheckAtLeast(_ count: String, _ operands: [Expression], range: SourceRange, in file: SourceFile)
    -> Typed?
  {
    var compiled: [CompiledExpression] = []
    var failed = false
    for operand in operands {
      if let typed = typeCheckBool(operand, in: file, what: "each item of 'at least'") {
        compiled.append(typed)
      } else {
        failed = true
      }
    }
    guard let number = Int(count), (1...operands.count).contains(number) else {
      let why =
        Int(count).map { $0 > operands.count ? "can never hold" : "always holds" } ?? "is not a whole number"
      report(
        .countOutOfRange, "'at least \(count)' of \(operands.count) item\(operands.count == 1 ? "" : "s") \(why)",
        in: file, at: range, help: "the count is a whole number from 1 to \(operands.count), the items listed")
      return nil
    }
    if failed { return nil }
    return Typed(expression: .atLeast(number, compiled), type: .bool)
  }

  /// `provided(m)`: a material of the service or of a vocabulary it uses.
  mutating func resolveProvided(_ name: Identifier, in file: SourceFile) -> Typed? {
    let declared = service.materials.map(\.id.name) + used.flatMap { $0.syntax.materials.map(\.id.name) }
    guard declared.contains(name.name) else {
      report(
        .unknownMaterial, "no material named '\(name.name)'", in: file, at: name.range,
        label: Suggestions.label(for: name.name, in: declared),
        help: "provided(…) names a material of this service or of a vocabulary it uses")
      return nil
    }
    return Typed(expression: .provided(name.name), type: .bool)
  }
}
