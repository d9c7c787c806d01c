import YiciSyntax

extension ServiceCompiler {
  /// The header's `visits N when …` lines (到办事现场次数 per scenario): each `when` a yes/no
  /// expression over the facts and the conditions declared; a service that has some needs
  /// the plain `visits N` for the other applications, and a bundle has none (E0228). A `when` that can never hold
  /// is W0308, a line that says what the plain one says W0324.
  mutating func compileConditionalVisits(default visits: Int?) -> [ConditionalVisits] {
    guard let first = conditionalVisitsSyntax.first else { return [] }
    if checkingBundle {
      report(
        .conditionalVisits, "a bundle's visits do not depend on the facts: 'visits \(first.count) when …'", in: file,
        at: first.range,
        help: "give the bundle one 'visits N', and write 'visits N when …' in the member services whose visits vary")
      return []
    }
    if visits == nil {
      report(
        .conditionalVisits,
        "'visits \(first.count) when …' gives the visits of some applications, but none is given for the others",
        in: file, at: first.range,
        help: "add the plain line for every other application, e.g. visits 1 (到现场次数 1), beside the "
          + "conditional one")
    }
    var lines: [ConditionalVisits] = []
    for line in conditionalVisitsSyntax {
      guard let when = typeCheckBool(line.when, in: file, what: "the 'when' of visits") else { continue }
      if when.constantBool == false {
        report(
          .neverApplies, "'visits \(line.count) when …' never applies: its 'when' is always false", in: file,
          at: line.when.range, help: "drop the line, or give the applications it is for")
      } else if line.count == visits {
        report(
          .conditionalVisitsSameAsDefault,
          "'visits \(line.count) when …' says what 'visits \(line.count)' already says", in: file, at: line.range,
          help: "drop the line, or give the visits these applications need")
      }
      lines.append(ConditionalVisits(count: line.count, when: when, span: SourceSpan(file: file, range: line.range)))
    }
    return lines
  }
}
