import YiciCalendar
import YiciSyntax

/// Compiles one service (or checks one vocabulary on its own) into a `CompiledService`.
///
/// Facts come first (the vocabularies' and the service's own, each given a slot), then
/// conditions, materials and the waiver policy; derived facts are compiled on first use,
/// which both infers their type and orders them, and finds cycles.
struct ServiceCompiler {
  let service: ServiceSyntax
  let file: SourceFile
  let vocabularies: [String: VocabularyEntry]
  /// The vocabularies this service uses, in the order named.
  var used: [VocabularyEntry] = []
  var diagnostics: [Diagnostic] = []
  /// The calendars time limits may be counted on.
  var calendars = CompiledCalendars()

  var facts: [FactDefinition] = []
  var factSyntax: [(syntax: FactSyntax, file: SourceFile)] = []
  var factSlots: [String: Int] = [:]
  /// The fact ids in order, for "did you mean" (sorted once, when first asked for).
  var sortedFactIDs: [String]?
  var derivedState: [Int: DerivedState] = [:]
  var derivedOrder: [Int] = []
  /// Every declaration of each input fact declared for several periods, by slot.
  var factVersions: [Int: [FactDefinition]] = [:]

  enum DerivedState {
    case inProgress
    case done
    case failed
  }

  init(service: ServiceSyntax, file: SourceFile, vocabularies: [String: VocabularyEntry]) {
    self.service = service
    self.file = file
    self.vocabularies = vocabularies
  }

  /// A compiler that checks a vocabulary alone, as a service with no items that uses it.
  init(vocabulary: VocabularyEntry, vocabularies: [String: VocabularyEntry]) {
    let id = vocabulary.syntax.id
    self.init(
      service: ServiceSyntax(
        id: id, header: [HeaderItem(keyword: .uses, value: .names([id]), range: id.range)], facts: [],
        conditions: [], materials: [], range: id.range),
      file: vocabulary.file, vocabularies: vocabularies)
    checkingVocabulary = true
  }

  var checkingVocabulary = false
  /// Whether this compiles a bundle's form (`BundleCompiler`): the facts of the bundle and its
  /// members, and a condition per member that selects it; the service lints do not apply.
  var checkingBundle = false
  /// The E0206 of a vocabulary `uses` names that is not there (its index in
  /// `diagnostics`): names it would declare are then not reported one by one.
  var unresolvedUses: Int?
  /// How many unknown names were not reported because of it.
  var namesNotChecked = 0
  /// Facts declared after the service's own, each with the file it is written in (the
  /// expression a clerk checks at the REPL: `Checker.checkExpression`).
  var extraFacts: [(syntax: FactSyntax, file: SourceFile)] = []
  /// The conditions compiled so far that expressions may name, by id: their expressions,
  /// which a name of the condition reads as.
  var conditionExpressions: [String: CompiledExpression] = [:]
  /// The header's `visits N when …` lines, compiled once the facts and conditions are known.
  var conditionalVisitsSyntax: [(count: Int, when: Expression, range: SourceRange)] = []

  /// Records a diagnostic, up to one past `SourceLimits.diagnosticsPerFile` per service.
  mutating func report(
    _ code: DiagnosticCode, _ message: String, in file: SourceFile, at range: SourceRange, label: String? = nil,
    help: String? = nil, notes: [Diagnostic.Note] = []
  ) {
    guard reportsMore else { return }
    diagnostics.append(
      Diagnostic(code, message, at: SourceSpan(file: file, range: range), label: label, help: help, notes: notes))
  }

  /// Whether another diagnostic would be recorded: a "did you mean" (a search of every
  /// name) is worked out only then.
  var reportsMore: Bool { diagnostics.count <= SourceLimits.diagnosticsPerFile }

  mutating func compile() -> CompiledService? {
    var header = compileHeader()
    // The compiled arrays are kept for the life of the rule set: sized once, not by doubling.
    let declared = used.reduce(service.facts.count + extraFacts.count) { $0 + $1.syntax.facts.count }
    facts.reserveCapacity(declared)
    factSyntax.reserveCapacity(declared)
    for entry in used {
      for fact in entry.syntax.facts { declareFact(fact, in: entry.file) }
    }
    for fact in service.facts { declareFact(fact, in: file) }
    for extra in extraFacts { declareFact(extra.syntax, in: extra.file) }
    for slot in orderDerivedFacts() { _ = derivedType(slot) }
    var conditions: [CompiledCondition] = []
    conditions.reserveCapacity(service.conditions.count)
    for syntax in service.conditions {
      guard let condition = compileCondition(syntax) else { continue }
      conditions.append(condition)
      // Later conditions, `when`s and `only if`s may name it (one declaration only: which
      // version an expression meant would depend on the date).
      // Only one small enough to read again where it is named, so that naming conditions
      // in conditions cannot grow an expression past the limits the parser keeps.
      if service.conditions.lazy.filter({ $0.id.name == syntax.id.name }).count == 1,
        condition.expression.fitsTheLimits
      {
        conditionExpressions[syntax.id.name] = condition.expression
      }
    }
    checkVersions("condition", service.conditions.map { ($0.id, period($0.period), file) })
    checkPatternLengths(service.conditions, in: file)
    let materials = compileMaterials()
    let waivers = compileWaivers()
    let timeLimits = compileTimeLimits(headerImmediate: header?.header.immediate ?? false, materials: materials)
    if header != nil { header!.header.conditionalVisits = compileConditionalVisits(default: header!.header.visits) }
    let guide = compileGuide(visits: header?.header.fewestVisits)
    noteNamesNotChecked()
    guard let header else { return nil }
    let compiled = CompiledService(
      id: service.id.name, header: header.header, period: header.period, facts: facts, derivedOrder: derivedOrder,
      conditions: conditions, materials: materials, waivers: waivers, factSlots: factSlots,
      materialSlots: Dictionary(materials.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first }),
      conditionSlots: Dictionary(conditions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first }),
      span: SourceSpan(file: file, range: service.id.range), timeLimits: timeLimits,
      factVersions: factVersions, guide: guide)
    if !checkingBundle { lint(compiled) }
    return compiled
  }

  // MARK: - Facts

  private mutating func declareFact(_ fact: FactSyntax, in file: SourceFile) {
    if let existing = factSlots[fact.id.name] {
      declareFactVersion(fact, of: existing, in: file)
      return
    }
    let slot = facts.count
    factSlots[fact.id.name] = slot
    factSyntax.append((fact, file))
    var type = ValueType.bool
    if case .input(let syntax) = fact.definition { type = resolveType(syntax, owner: fact.id.name, in: file) }
    facts.append(
      FactDefinition(
        id: fact.id.name, label: fact.label.map(LocalizedText.init), type: type,
        question: fact.question.map(LocalizedText.init), derivation: nil,
        span: SourceSpan(file: file, range: fact.id.range), period: period(fact.period), personal: fact.personal))
    checkPeriod(fact.period, in: file)
  }

  mutating func resolveType(_ syntax: TypeSyntax, owner: String, in file: SourceFile) -> ValueType {
    switch syntax.kind {
    case .bool: return .bool
    case .number(let unit): return .number(unit: unit)
    case .text: return .text
    case .date: return .date
    case .options(let options), .choices(let options):
      var definitions: [OptionDefinition] = []
      definitions.reserveCapacity(options.count)
      for option in options {
        if definitions.contains(where: { $0.id == option.id.name }) {
          report(.duplicateDefinition, "option '\(option.id.name)' is listed twice", in: file, at: option.id.range)
          continue
        }
        definitions.append(OptionDefinition(id: option.id.name, label: option.label.map(LocalizedText.init)))
      }
      let set = ValueType.OptionSet(owner: owner, options: definitions)
      guard case .choices = syntax.kind else { return .options(set) }
      if definitions.count > ValueType.maxChoices {
        report(
          .limitExceeded,
          "a multi-select fact has at most \(ValueType.maxChoices) options, '\(owner)' has \(definitions.count)",
          in: file, at: syntax.range, help: "split it into several choices(…) facts by topic")
        return .choices(ValueType.OptionSet(owner: owner, options: Array(definitions.prefix(ValueType.maxChoices))))
      }
      return .choices(set)
    }
  }

  /// The type of a derived fact, compiling it on first use; nil after an error.
  mutating func derivedType(_ slot: Int) -> ValueType? {
    switch derivedState[slot] {
    case .done: return facts[slot].type
    case .failed: return nil
    case .inProgress:
      // Unreachable: facts are typed in dependency order and cycles marked failed first.
      return nil
    case nil: break
    }
    guard case .derived(let expression) = factSyntax[slot].syntax.definition else { return facts[slot].type }
    derivedState[slot] = .inProgress
    let typed = typeCheck(expression, in: factSyntax[slot].file)
    guard let typed, derivedState[slot] == .inProgress else {
      derivedState[slot] = .failed
      return nil
    }
    facts[slot].type = typed.type
    facts[slot].derivation = typed.expression
    derivedState[slot] = .done
    derivedOrder.append(slot)
    return typed.type
  }

  /// The derived facts in an order where each comes after the derived facts it reads, found
  /// by a depth-first walk with an explicit stack (so a chain of any length costs no stack);
  /// a cycle is reported once, at the fact where the walk meets it again, and its members
  /// are marked failed. Typing them in this order, `derivedType` never recurses.
  private mutating func orderDerivedFacts() -> [Int] {
    var order: [Int] = []
    var visited = Set<Int>()
    for root in facts.indices where factSyntax[root].syntax.isDerived && !visited.contains(root) {
      // Each frame: a derived fact and the derived facts it reads still to visit.
      var stack: [(slot: Int, next: [Int])] = [(root, dependencies(of: root))]
      visited.insert(root)
      var onPath: Set<Int> = [root]
      while let top = stack.last {
        guard let dependency = top.next.last else {
          stack.removeLast()
          onPath.remove(top.slot)
          order.append(top.slot)
          continue
        }
        stack[stack.count - 1].next.removeLast()
        if onPath.contains(dependency) {
          let path = stack.map(\.slot)
          reportCycle(Array(path.drop { $0 != dependency }) + [dependency])
        } else if visited.insert(dependency).inserted {
          stack.append((dependency, dependencies(of: dependency)))
          onPath.insert(dependency)
        }
      }
    }
    return order
  }

  /// The derived facts a derived fact reads, last first (the walk pops from the end).
  private func dependencies(of slot: Int) -> [Int] {
    guard case .derived(let expression) = factSyntax[slot].syntax.definition else { return [] }
    var seen = Set<Int>()
    return expression.names.compactMap { name in
      guard let dependency = factSlots[name], factSyntax[dependency].syntax.isDerived,
        seen.insert(dependency).inserted
      else { return nil }
      return dependency
    }.reversed()
  }

  /// Reports a cycle of derived facts (first and last the same), naming at most
  /// `shownCycleMembers` of them.
  private mutating func reportCycle(_ cycle: [Int]) {
    let slot = cycle[0]
    let shown = cycle.count <= Self.shownCycleMembers + 1 ? cycle : Array(cycle.prefix(Self.shownCycleMembers))
    var path = shown.map { facts[$0].id }.joined(separator: " → ")
    if shown.count < cycle.count { path += " → … (\(cycle.count - 1) facts in all)" }
    for member in cycle { derivedState[member] = .failed }
    let (syntax, file) = factSyntax[slot]
    report(
      .derivedFactCycle, "derived fact '\(syntax.id.name)' depends on itself: \(path)", in: file, at: syntax.id.range,
      help: "a derived fact must be computable from input facts",
      notes: shown.dropLast().dropFirst().map {
        Diagnostic.Note("'\(facts[$0].id)' is part of the cycle", at: facts[$0].span)
      })
  }

  /// How many facts of a cycle its diagnostic names.
  static let shownCycleMembers = 12

  // MARK: - Conditions

  private mutating func compileCondition(_ condition: ConditionSyntax) -> CompiledCondition? {
    checkPeriod(condition.period, in: file)
    guard let expression = typeCheckBool(condition.expression, in: file, what: "a condition") else { return nil }
    let qualifier = condition.commitmentQualifier.flatMap {
      typeCheckBool($0, in: file, what: "a commitment's 'only if'")
    }
    return CompiledCondition(
      id: condition.id.name, expression: expression, reason: condition.reason.map(LocalizedText.init),
      basis: condition.basis.map(LocalizedText.init), commitment: condition.commitment.map(LocalizedText.init),
      commitmentQualifier: qualifier, period: period(condition.period),
      span: SourceSpan(file: file, range: condition.id.range))
  }

  // MARK: - Periods

  mutating func checkPeriod(_ period: PeriodSyntax, in file: SourceFile) {
    guard let from = period.from, let until = period.until,
      let start = CivilDate(iso: from.iso), let end = CivilDate(iso: until.iso), start > end
    else { return }
    report(
      .invalidPeriod, "the period ends (\(until.iso)) before it starts (\(from.iso))", in: file,
      at: from.range.union(until.range))
  }

  func period(_ syntax: PeriodSyntax) -> Period {
    Period(from: syntax.from.flatMap { CivilDate(iso: $0.iso) }, until: syntax.until.flatMap { CivilDate(iso: $0.iso) })
  }
}

extension FactSyntax {
  var isDerived: Bool {
    if case .derived = definition { return true }
    return false
  }
}

extension LocalizedText {
  init(_ syntax: TextSyntax) {
    self.init(syntax.value, english: syntax.english)
  }
}
