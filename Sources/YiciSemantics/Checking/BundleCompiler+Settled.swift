import YiciSyntax

// Facts a result settles (`a settles f = v`): once member a is handled, its result answers
// the fact for every member (the 营业执照 the registration issues settles `has_license =
// true`), so the applicant is never asked it. The producer must be a member (E0218), the fact
// an input fact of the bundle's form (E0201), and the value one of its answers: true or false
// (是/否) for a yes/no fact, an option's id for an options fact (E0203, E0202).

extension BundleCompiler {
  /// The settled facts by the form's slots, each checked; nil entries are left out.
  mutating func compileSettled(_ members: [Member], form: CompiledService) -> [SettledFact] {
    var settled: [SettledFact] = []
    for line in bundle.settled {
      guard let producer = members.firstIndex(where: { $0.syntax.service.name == line.producer.name }) else {
        if !bundle.members.contains(where: { $0.service.name == line.producer.name }) { reportNotMember(line.producer) }
        continue
      }
      let name = line.fact.name
      guard let slot = form.factSlots[name], form.facts[slot].isInput else {
        let inputs = form.facts.filter(\.isInput).map(\.id)
        report(
          .unknownName, "no input fact '\(name)' on the bundle's form for a result to settle", at: line.fact.range,
          label: Suggestions.label(for: name, in: inputs),
          help: "a result settles a fact the bundle or one of its members asks (not a derived one)")
        continue
      }
      guard let value = settledValue(line.value, of: form.facts[slot]) else { continue }
      if let earlier = settled.first(where: { $0.fact == slot }), earlier.value != value {
        report(
          .duplicateDefinition, "fact '\(name)' is settled to two different values", at: line.range,
          notes: [Diagnostic.Note("settled here first", at: earlier.span)])
        continue
      }
      settled.append(
        SettledFact(producer: producer, fact: slot, value: value, span: SourceSpan(file: file, range: line.range)))
    }
    return settled
  }

  /// The value `expression` gives the fact: a yes/no's `true`/`false`, an option by its id.
  private mutating func settledValue(_ expression: Expression, of fact: FactDefinition) -> Value? {
    switch (fact.type, expression.kind) {
    case (.bool, .boolean(let value)):
      return .bool(value)
    case (.options(let set), .name(let option)):
      if let index = set.options.firstIndex(where: { $0.id == option }) { return .option(index) }
      report(
        .unknownOption, "'\(option)' is not an option of '\(fact.id)'", at: expression.range,
        label: Suggestions.label(for: option, in: set.options.map(\.id)),
        help: "the options are " + set.options.map(\.id).joined(separator: ", "))
      return nil
    default:
      report(
        .typeMismatch, "a result settles '\(fact.id)' (\(fact.type)) only with one of its answers",
        at: expression.range,
        help: "a result settles a yes/no fact with true or false (是/否), an options fact with an option's id")
      return nil
    }
  }
}
