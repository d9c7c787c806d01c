import YiciCalendar
import YiciSyntax

/// Checks a bundle (一件事) against the services compiled before it, and compiles it.
///
/// The bundle's form is compiled as a service (`ServiceCompiler`, so the members' `when` are
/// typed and their names resolved as anywhere else): its facts are the bundle's own, its
/// situations', and every member's (the first declaration of each id, after checking that
/// the others declare it the same way), its conditions one per member that may not be
/// selected. Then the results (结果互认) and the timing are checked (`BundleCompiler+Timing`).
struct BundleCompiler {
  let bundle: BundleSyntax
  let file: SourceFile
  let context: CheckingContext
  /// The services compiled so far, and their places by id.
  let services: [CompiledService]
  let serviceIndex: [String: Int]
  var diagnostics: [Diagnostic] = []

  init(
    bundle: BundleSyntax, file: SourceFile, context: CheckingContext, services: [CompiledService],
    serviceIndex: [String: Int]
  ) {
    self.bundle = bundle
    self.file = file
    self.context = context
    self.services = services
    self.serviceIndex = serviceIndex
  }

  mutating func report(
    _ code: DiagnosticCode, _ message: String, at range: SourceRange, in file: SourceFile? = nil,
    label: String? = nil, help: String? = nil, notes: [Diagnostic.Note] = []
  ) {
    diagnostics.append(
      Diagnostic(
        code, message, at: SourceSpan(file: file ?? self.file, range: range), label: label, help: help, notes: notes))
  }

  mutating func compile() -> CompiledBundle? {
    let (members, complete) = resolveMembers()
    checkSituations(members)
    var compiler = ServiceCompiler(service: formSyntax(members), file: file, vocabularies: context.vocabularies)
    compiler.calendars = context.calendars
    compiler.extraFacts = mergedMemberFacts(members)
    checkMemberMaterials(members)
    compiler.checkingBundle = true
    let form = compiler.compile()
    diagnostics += compiler.diagnostics
    let results = compileResults(members)
    let after = orderResults(results, members)
    guard let form else { return nil }
    let answers = bundle.situations.compactMap { situation in
      form.factSlots[situation.id.name].map { (slot: $0, options: form.facts[$0].options.count) }
    }
    for member in members {
      if let selection = form.conditionSlots[member.syntax.service.name],
        Self.neverHolds(form.conditions[selection].expression, situations: answers)
      {
        report(
          .memberNeverSelected,
          "member '\(member.syntax.service.name)' can never be selected: its 'when' and the situations that name it never hold together",
          at: member.syntax.range, help: "drop the member, or give the condition under which it is handled")
      }
    }
    guard complete, !diagnostics.contains(where: { $0.severity == .error }) else { return nil }
    let settled = compileSettled(members, form: form)
    guard !diagnostics.contains(where: { $0.severity == .error }) else { return nil }
    var compiledMembers: [BundleMember] = []
    let fullForm = formWithMembersItems(form, members)
    for (offset, member) in members.enumerated() {
      let service = services[member.index]
      let selection = form.conditionSlots[member.syntax.service.name]
      compiledMembers.append(
        BundleMember(
          service: service.id, serviceIndex: member.index, selection: selection,
          factSlots: service.facts.map { form.factSlots[$0.id] ?? 0 },
          materialSlots: service.materials.map { fullForm.materialSlots[$0.id] ?? 0 },
          conditionSlots: service.conditions.map { fullForm.conditionSlots[$0.id] }, after: after[offset],
          span: SourceSpan(file: file, range: member.syntax.service.range)))
    }
    let situations = bundle.situations.compactMap { situation -> BundleSituation? in
      guard let slot = form.factSlots[situation.id.name] else { return nil }
      return BundleSituation(
        fact: slot,
        members: situation.options.map { option in
          option.members.compactMap { name in members.firstIndex { $0.syntax.service.name == name.name } }
        })
    }
    let compiled = CompiledBundle(
      id: bundle.id.name,
      header: BundleHeader(
        name: form.header.name, department: form.header.department, basis: form.header.basis,
        visits: form.header.visits),
      period: form.period, members: compiledMembers, results: results, situations: situations, settled: settled,
      promised: bundle.promised.flatMap { ServiceCompiler.boundedDayCount($0) }, calendar: promiseCalendar(members),
      form: fullForm, span: SourceSpan(file: file, range: bundle.id.range))
    checkTiming(compiled)
    return diagnostics.contains(where: { $0.severity == .error }) ? nil : compiled
  }

  /// A member as resolved: its line and its service's place.
  struct Member {
    var syntax: BundleMemberSyntax
    var index: Int
  }

  /// The members whose services are known, each once; whether every one was.
  private mutating func resolveMembers() -> (members: [Member], complete: Bool) {
    var members: [Member] = []
    var complete = true
    if bundle.members.isEmpty {
      report(
        .missingHeader, "bundle '\(bundle.id.name)' has no members", at: bundle.id.range,
        help: "list the services it handles: members { service_a service_b }")
      complete = false
    }
    for member in bundle.members {
      let name = member.service.name
      if let first = members.first(where: { $0.syntax.service.name == name }) {
        report(
          .duplicateDefinition, "member '\(name)' is listed twice", at: member.service.range,
          notes: [Diagnostic.Note("first listed here", at: SourceSpan(file: file, range: first.syntax.service.range))])
        continue
      }
      guard let index = serviceIndex[name] else {
        complete = false
        // A service declared with errors is left out of the compiled set; its own
        // diagnostics say why.
        if context.service(name) == nil {
          report(
            .unknownMember, "no service named '\(name)' for bundle '\(bundle.id.name)'", at: member.service.range,
            label: Suggestions.label(for: name, in: context.serviceIDs),
            help: "a member is a service declared in a rule file checked with the bundle (yici check rules)")
        }
        continue
      }
      members.append(Member(syntax: member, index: index))
    }
    return (members, complete)
  }

  /// E0218 for a situation option naming a service that is not a member.
  private mutating func checkSituations(_ members: [Member]) {
    for situation in bundle.situations {
      for option in situation.options {
        for name in option.members where !bundle.members.contains(where: { $0.service.name == name.name }) {
          reportNotMember(name)
        }
      }
    }
  }

  mutating func reportNotMember(_ name: Identifier) {
    report(
      .unknownMember, "'\(name.name)' is not a member of bundle '\(bundle.id.name)'", at: name.range,
      label: Suggestions.label(for: name.name, in: bundle.members.map(\.service.name)),
      help: "list it in the bundle's members { … } first")
  }

  /// The form as a service: the bundle's header, its own and its situations' facts, and the
  /// condition that selects each member that is not always selected.
  private func formSyntax(_ members: [Member]) -> ServiceSyntax {
    var header = bundle.header
    if !header.contains(where: { $0.keyword == .name }) {
      header.append(
        HeaderItem(
          keyword: .name, value: .text(TextSyntax(value: bundle.id.name, range: bundle.id.range)),
          range: bundle.id.range))
    }
    let situationFacts = bundle.situations.map(\.fact)
    let conditions = members.compactMap { bundle.selectionCondition(of: $0.syntax) }
    return ServiceSyntax(
      id: bundle.id, header: header, facts: bundle.facts + situationFacts, conditions: conditions, materials: [],
      range: bundle.range)
  }
}
