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

  /// `valid id number(e)`, `valid credit code(e)`: a text.
  mutating func typeCheckIdentifier(_ kind: IdentifierKind, _ text: Expression, in file: SourceFile) -> Typed? {
    guard let typed = typeCheck(text, in: file) else { return nil }
    guard typed.type == .text else {
      report(
        .typeMismatch, "valid \(kind.rawValue)(…) checks a text, but \(file.text(in: text.range)) is \(typed.type)",
        in: file, at: text.range, help: "name a text fact, e.g. valid \(kind.rawValue)(applicant_id)")
      return nil
    }
    let check: IdentifierCheck = kind == .idNumber ? .idNumber : .creditCode
    return Typed(expression: .validIdentifier(check, typed.expression), type: .bool)
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
