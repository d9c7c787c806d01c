import YiciSyntax

// Multi-select facts (`choices(…)`) in expressions: `contains`, `includes any of (…)` and
// `count(…)`, and the mistake of comparing one like a single choice.

extension ServiceCompiler {
  /// `e contains a`, `e includes any of (a, b, …)`: `e` a multi-select fact, each option
  /// one of its options, named once.
  mutating func typeCheckIncludes(
    _ element: Expression, _ options: [Expression], anyOf: Bool, range: SourceRange, in file: SourceFile
  ) -> Typed? {
    let spelled = anyOf ? "includes any of" : "contains"
    guard let typed = typeCheck(element, in: file) else { return nil }
    guard case .choices(let set) = typed.type else {
      let single = if case .options = typed.type { true } else { false }
      report(
        .typeMismatch,
        "'\(spelled)' asks a multi-select fact (choices), but \(file.text(in: element.range)) is \(typed.type)",
        in: file, at: element.range,
        help: single
          ? "a fact with one option chosen is compared: \(file.text(in: element.range)) == a, or … in (a, b)"
          : "declare the fact as choices(a \"…\", b \"…\") / 多选(…)")
      return nil
    }
    var mask: UInt64 = 0
    var failed = false
    for option in options {
      guard case .name(let name) = option.kind, let index = set.index(of: name) else {
        let written = file.text(in: option.range)
        report(
          .unknownOption, "\(written) is not an option of '\(set.owner)'", in: file, at: option.range,
          label: Suggestions.label(for: written, in: set.options.map(\.id) + set.options.compactMap(\.label?.text)),
          help: "the options are \(set.options.map(\.id).joined(separator: ", "))")
        failed = true
        continue
      }
      let bit: UInt64 = 1 << UInt64(index)
      if mask & bit != 0 {
        report(
          .duplicateDefinition, "option '\(set.options[index].id)' is listed twice in '\(spelled)'", in: file,
          at: option.range)
        failed = true
      }
      mask |= bit
    }
    if failed { return nil }
    return Typed(expression: .includes(typed.expression, mask: mask), type: .bool)
  }

  /// `count(e)`: `e` a multi-select fact; a number without a unit.
  mutating func typeCheckCountChosen(_ fact: Expression, in file: SourceFile) -> Typed? {
    guard let typed = typeCheck(fact, in: file) else { return nil }
    guard case .choices = typed.type else {
      report(
        .typeMismatch,
        "count(…) counts the options chosen of a multi-select fact, but \(file.text(in: fact.range)) is \(typed.type)",
        in: file, at: fact.range, help: "to count yes/no items write at least n of (a, b, …)")
      return nil
    }
    return Typed(expression: .countChosen(typed.expression), type: .number(unit: nil))
  }

  /// A multi-select fact compared like a fact with one option chosen (`scope == rx`).
  mutating func reportChoicesCompared(
    _ side: Expression, _ set: ValueType.OptionSet, op: String, in file: SourceFile, at range: SourceRange
  ) {
    let name = file.text(in: side.range)
    let ids = set.options.map(\.id)
    let first = ids.first ?? "a"
    let two = ids.count >= 2 ? "\(ids[0]), \(ids[1])" : first
    report(
      .typeMismatch, "\(name) is a multi-select fact: '\(op)' does not say which of its options are chosen",
      in: file, at: range,
      help: "write \(name) contains \(first), \(name) includes any of (\(two)), or count(\(name)) >= 1")
  }
}
