import YiciSyntax

extension ServiceCompiler {
  /// A fact declared again: a new version of an input fact for another policy period, or a
  /// duplicate. An id keeps its identity across periods, so the fact keeps its slot and its
  /// type (the same kind, unit and option ids, in order); its label, question and option
  /// labels may change. Versions in force on the same days are an error at both (E0204).
  mutating func declareFactVersion(_ fact: FactSyntax, of slot: Int, in file: SourceFile) {
    let span = SourceSpan(file: file, range: fact.id.range)
    guard case .input(let syntax) = fact.definition, !factSyntax[slot].syntax.isDerived else {
      diagnostics.append(Checker.duplicate("fact", fact.id, file, first: facts[slot].span))
      return
    }
    let earlier = factVersions[slot] ?? [facts[slot]]
    let period = period(fact.period)
    guard
      acceptsVersion(
        of: "fact '\(fact.id.name)'", period: period, at: span, earlier: earlier.map { ($0.period, $0.span) })
    else { return }
    checkPeriod(fact.period, in: file)
    let type = resolveType(syntax, owner: fact.id.name, in: file)
    guard Self.sameShape(type, facts[slot].type) else {
      diagnostics.append(
        Diagnostic(
          .duplicateDefinition,
          "fact '\(fact.id.name)' is \(type) here but \(facts[slot].type) in its other period", at: span,
          help:
            "an id keeps its identity, and its type, across policy periods: give a new kind of answer a new fact id",
          notes: [Diagnostic.Note("the other declaration", at: facts[slot].span)]))
      return
    }
    let version = FactDefinition(
      id: fact.id.name, label: fact.label.map(LocalizedText.init), type: type,
      question: fact.question.map(LocalizedText.init), derivation: nil, span: span, period: period,
      personal: fact.personal)
    factVersions[slot] = earlier + [version]
  }

  /// Whether two declarations of one fact give the same type: values told under one
  /// read the same under the other (option labels may differ; ids and order may not).
  static func sameShape(_ a: ValueType, _ b: ValueType) -> Bool {
    if case .options(let x) = a, case .options(let y) = b { return x.options.map(\.id) == y.options.map(\.id) }
    if case .choices(let x) = a, case .choices(let y) = b { return x.options.map(\.id) == y.options.map(\.id) }
    return a == b
  }
}
