import YiciCalendar
import YiciSemantics

extension Decision {
  /// The decision on a bundle rendered from its verdicts: each selected member's own
  /// decision (no id), the merged lists as ids, the reasons, commitments and warnings of the
  /// members each once, the questions in the chosen language. The explanation is left
  /// empty for the explainer to write.
  package init(
    _ found: BundleVerdicts, application: BoundApplication, bundle: CompiledBundle, services: [CompiledService],
    english: Bool, trace: Bool
  ) {
    let form = bundle.form
    let members = zip(bundle.members, found.members).map { member, verdicts in
      MemberDecision(
        service: member.service, selected: verdicts.selected,
        decision: Self.member(verdicts, service: services[member.serviceIndex], english: english, trace: trace))
    }
    self.init(
      id: application.id, service: "", date: application.date, outcome: found.outcome, reasons: [],
      materials: MaterialSummary(), deadlines: nil, commitments: [], questions: [], warnings: found.warnings,
      trace: nil, explanation: "")
    let decisions = members.compactMap(\.decision)
    Self.mergeOnce(decisions.flatMap(\.reasons), into: &reasons)
    Self.mergeOnce(decisions.flatMap(\.commitments), into: &commitments)
    Self.mergeOnce(decisions.flatMap(\.warnings), into: &warnings)
    func ids(_ slots: [Int]) -> [String] { slots.map { form.materials[$0].id } }
    let merged = found.materials
    materials.required = ids(merged.required)
    materials.provided = ids(merged.provided)
    materials.missing = ids(merged.missing)
    materials.waived = merged.waived.map { Waived(id: form.materials[$0.slot].id, due: $0.due) }
    materials.exempt = ids(merged.exempt)
    materials.committed = ids(merged.committed)
    materials.undetermined = ids(merged.undetermined)
    if !merged.copies.isEmpty {
      materials.copies = merged.copies.map { CountedCopies(id: form.materials[$0.slot].id, copies: $0.copies) }
    }
    questions = found.questions.map { Self.question(for: form.fact($0, on: application.date), english: english) }
    self.bundle = BundleParts(
      bundle: bundle.id, members: members, produced: found.produced, deadlines: found.deadlines,
      settled: found.settled.map {
        SettledAnswer(fact: form.facts[$0.fact].id, by: bundle.members[$0.producer].service)
      })
  }

  /// A selected member's own decision, without an id (with its trace when asked for).
  package static func member(_ member: MemberVerdicts, service: CompiledService, english: Bool, trace: Bool = false)
    -> Decision?
  {
    guard let verdicts = member.verdicts, let application = member.application else { return nil }
    var decision = Decision(verdicts, application: application, service: service, english: english, trace: trace)
    decision.id = nil
    return decision
  }

  /// Appends each of `values` not already in `list`, in order.
  package static func mergeOnce<T: Equatable>(_ values: [T], into list: inout [T]) {
    for value in values where !list.contains(value) { list.append(value) }
  }
}
