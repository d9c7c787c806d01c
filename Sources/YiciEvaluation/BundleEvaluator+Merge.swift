import YiciCalendar
import YiciSemantics

// One decision from the members' verdicts: the outcome by the bundle rule, each material
// and question once, the dates on the critical path — all by slot.

extension BundleEvaluator {
  /// The bundle's outcome from its members' (README "Deciding a bundle").
  static func outcome(_ members: [MemberVerdicts]) -> Outcome {
    let outcomes = members.compactMap { $0.verdicts?.outcome }
    if outcomes.contains(.rejected) { return .rejected }
    if outcomes.contains(.needsInformation) || members.contains(where: { $0.selected == nil }) {
      return .needsInformation
    }
    if outcomes.contains(.needsCorrection) { return .needsCorrection }
    if outcomes.contains(.acceptedWithWaiver) { return .acceptedWithWaiver }
    return .accepted
  }

  static func merged(
    _ members: [MemberVerdicts], produced: [ProducedMaterial], selectionQuestions: [(slots: [Int], member: Int)],
    date: CivilDate, bundle: CompiledBundle, services: [CompiledService]
  ) -> BundleVerdicts {
    var members = members
    let outcome = outcome(members)
    let accepted = members.lazy.compactMap { $0.verdicts?.deadlines?.accepted }.first ?? date
    let finish = timed(&members, bundle: bundle, services: services, accepted: accepted, date: date)
    var questions: [Int] = []
    if outcome == .needsInformation {
      questions = rankedQuestions(members, selectionQuestions: selectionQuestions, bundle: bundle)
    }
    var deadlines: BundleDeadlines?
    if outcome == .accepted || outcome == .acceptedWithWaiver {
      let promised = bundle.promised.flatMap { promise in
        bundle.calendar.flatMap { try? promise.deadline(from: accepted, in: $0) }
      }
      deadlines = BundleDeadlines(
        accepted: accepted, criticalPath: finish.countable ? finish.dates.compactMap { $0 }.max() : nil,
        promised: promised)
    }
    return BundleVerdicts(
      outcome: outcome, members: members, produced: produced, selectionQuestions: selectionQuestions,
      materials: mergedMaterials(members, produced: produced, bundle: bundle), questions: questions,
      deadlines: deadlines)
  }

  /// Every member's lists merged, each material in one list: the one that asks most of the
  /// applicant (missing, then waived, committed, exempt, provided); a material a member's
  /// result stands for, for every member that requires it, is in none (`produced`).
  private static func mergedMaterials(_ members: [MemberVerdicts], produced: [ProducedMaterial], bundle: CompiledBundle)
    -> MergedMaterials
  {
    let form = bundle.form
    // Made within the bundle for every member that requires it; a member the result does not
    // go to (the parents' 户口簿 of the birth registration, say) still asks for its own.
    var made = [Bool](repeating: false, count: form.materials.count)
    for material in produced { if let slot = form.materialSlots[material.id] { made[slot] = true } }
    let decided = bundle.members.indices.filter { members[$0].verdicts != nil }
    if !produced.isEmpty {
      for index in decided {
        let service = bundle.members[index].service
        for (slot, status) in members[index].verdicts!.materials.enumerated() where status.isRequired {
          let formSlot = bundle.members[index].materialSlots[slot]
          guard made[formSlot] else { continue }
          let id = form.materials[formSlot].id
          if !produced.contains(where: { $0.id == id && $0.to.contains(service) }) { made[formSlot] = false }
        }
      }
    }
    var merged = MergedMaterials()
    var placed = made
    func each(in list: MaterialList, _ body: (Int, Int, Verdicts) -> Void) {
      for index in decided {
        let verdicts = members[index].verdicts!
        for (slot, status) in verdicts.materials.enumerated() where status.list(outcome: verdicts.outcome) == list {
          body(bundle.members[index].materialSlots[slot], slot, verdicts)
        }
      }
    }
    func add(_ list: MaterialList, to ids: inout [Int]) {
      each(in: list) { formSlot, _, _ in
        if !placed[formSlot] {
          placed[formSlot] = true
          ids.append(formSlot)
        }
      }
    }
    add(.missing, to: &merged.missing)
    each(in: .waived) { formSlot, slot, verdicts in
      if !placed[formSlot] {
        placed[formSlot] = true
        merged.waived.append((formSlot, verdicts.due(slot)))
      }
    }
    add(.committed, to: &merged.committed)
    add(.exempt, to: &merged.exempt)
    add(.provided, to: &merged.provided)
    var required = [Bool](repeating: false, count: form.materials.count)
    for index in decided {
      for (slot, status) in members[index].verdicts!.materials.enumerated() where status.isRequired {
        let formSlot = bundle.members[index].materialSlots[slot]
        if !made[formSlot], !required[formSlot] {
          required[formSlot] = true
          merged.required.append(formSlot)
        }
      }
    }
    each(in: .undetermined) { formSlot, _, _ in
      if !required[formSlot], !placed[formSlot] {
        placed[formSlot] = true
        merged.undetermined.append(formSlot)
      }
    }
    merged.copies = mergedCopies(members, decided: decided, bundle: bundle)
    return merged
  }

  /// The most copies any decided member lists of each material counted per a fact, in the
  /// form's order.
  private static func mergedCopies(_ members: [MemberVerdicts], decided: [Int], bundle: CompiledBundle)
    -> [(slot: Int, copies: Int)]
  {
    var most: [Int: Int] = [:]
    for index in decided {
      let verdicts = members[index].verdicts!
      guard !verdicts.copies.isEmpty else { continue }
      for slot in verdicts.copies.indices {
        guard let copies = verdicts.listedCopies(slot) else { continue }
        let formSlot = bundle.members[index].materialSlots[slot]
        most[formSlot] = max(most[formSlot] ?? 0, copies)
      }
    }
    return most.keys.sorted().map { ($0, most[$0]!) }
  }

  /// The questions of every member that needs information and of every selection not yet
  /// known, each fact once: the fact that settles the most members first, ties in the order
  /// they first appear (selections first, then members in order).
  private static func rankedQuestions(
    _ members: [MemberVerdicts], selectionQuestions: [(slots: [Int], member: Int)], bundle: CompiledBundle
  ) -> [Int] {
    var order: [Int] = []
    var settles: [Int: Set<Int>] = [:]
    func note(_ slot: Int, _ member: Int) {
      if settles[slot] == nil { order.append(slot) }
      settles[slot, default: []].insert(member)
    }
    for (slots, member) in selectionQuestions { for slot in slots { note(slot, member) } }
    for (index, member) in members.enumerated() {
      guard let verdicts = member.verdicts, verdicts.outcome == .needsInformation else { continue }
      for fact in verdicts.questions { note(bundle.members[index].factSlots[fact], index) }
    }
    let ranked = order.enumerated().sorted { a, b in
      let (x, y) = (settles[a.element]!.count, settles[b.element]!.count)
      return x != y ? x > y : a.offset < b.offset
    }
    return ranked.map(\.element)
  }
}
