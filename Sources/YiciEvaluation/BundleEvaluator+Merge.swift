import YiciCalendar
import YiciSemantics

// One decision from the members' decisions: the outcome by the bundle rule, each material
// and question once, the dates on the critical path.

extension BundleEvaluator {
  /// The bundle's outcome from its members' (README "Deciding a bundle").
  static func outcome(_ members: [MemberDecision]) -> Outcome {
    let outcomes = members.compactMap { $0.decision?.outcome }
    if outcomes.contains(.rejected) { return .rejected }
    if outcomes.contains(.needsInformation) || members.contains(where: { $0.selected == nil }) {
      return .needsInformation
    }
    if outcomes.contains(.needsCorrection) { return .needsCorrection }
    if outcomes.contains(.acceptedWithWaiver) { return .acceptedWithWaiver }
    return .accepted
  }

  static func merged(
    _ members: [MemberDecision], produced: [ProducedMaterial], selectionQuestions: [(slots: [Int], member: Int)],
    application: BoundApplication, bundle: CompiledBundle, services: [CompiledService], english: Bool
  ) -> Decision {
    let decisions = members.compactMap(\.decision)
    let outcome = outcome(members)
    var decision = Decision(
      id: application.id, service: "", date: application.date, outcome: outcome, reasons: [],
      materials: MaterialSummary(), deadlines: nil, commitments: [], questions: [], warnings: application.warnings,
      trace: nil, explanation: "")
    for reason in decisions.flatMap(\.reasons) where !decision.reasons.contains(reason) {
      decision.reasons.append(reason)
    }
    decision.materials = mergedMaterials(decisions, produced: produced, outcome: outcome)
    for commitment in decisions.flatMap(\.commitments) where !decision.commitments.contains(commitment) {
      decision.commitments.append(commitment)
    }
    for warning in decisions.flatMap(\.warnings) where !decision.warnings.contains(warning) {
      decision.warnings.append(warning)
    }
    if outcome == .needsInformation {
      decision.questions = rankedQuestions(
        members, selectionQuestions: selectionQuestions, bundle: bundle, date: application.date, english: english)
    }
    var deadlines: BundleDeadlines?
    if outcome == .accepted || outcome == .acceptedWithWaiver {
      deadlines = Self.deadlines(members, bundle: bundle, services: services, date: application.date)
    }
    decision.bundle = BundleParts(bundle: bundle.id, members: members, produced: produced, deadlines: deadlines)
    return decision
  }

  /// Every member's lists merged, each id in one list: the one that asks most of the applicant
  /// (missing, then waived, committed, exempt, provided); a material a member's result stands
  /// for, for every member that requires it, is in none (`produced`).
  private static func mergedMaterials(_ decisions: [Decision], produced: [ProducedMaterial], outcome: Outcome)
    -> MaterialSummary
  {
    // Made within the bundle for every member that requires it; a member the result does not
    // go to (the parents' 户口簿 of the birth registration, say) still asks for its own.
    var made = Set(produced.map(\.id))
    for decision in decisions {
      for id in decision.materials.required where made.contains(id) {
        if !produced.contains(where: { $0.id == id && $0.to.contains(decision.service) }) { made.remove(id) }
      }
    }
    var summary = MaterialSummary()
    var placed = made
    func add(_ ids: [String], to list: inout [String]) {
      for id in ids where placed.insert(id).inserted { list.append(id) }
    }
    add(decisions.flatMap(\.materials.missing), to: &summary.missing)
    for waived in decisions.flatMap(\.materials.waived) where placed.insert(waived.id).inserted {
      summary.waived.append(waived)
    }
    add(decisions.flatMap(\.materials.committed), to: &summary.committed)
    add(decisions.flatMap(\.materials.exempt), to: &summary.exempt)
    add(decisions.flatMap(\.materials.provided), to: &summary.provided)
    var required = Set<String>()
    for id in decisions.flatMap(\.materials.required) where !made.contains(id) && required.insert(id).inserted {
      summary.required.append(id)
    }
    for id in decisions.flatMap(\.materials.undetermined) where !required.contains(id) && placed.insert(id).inserted {
      summary.undetermined.append(id)
    }
    return summary
  }

  /// The questions of every member that needs information and of every selection not yet
  /// known, each fact once: the fact that settles the most members first, ties in the order
  /// they first appear (selections first, then members in order).
  private static func rankedQuestions(
    _ members: [MemberDecision], selectionQuestions: [(slots: [Int], member: Int)], bundle: CompiledBundle,
    date: CivilDate, english: Bool
  ) -> [Question] {
    let form = bundle.form
    var order: [Int] = []
    var settles: [Int: Set<Int>] = [:]
    func note(_ slot: Int, _ member: Int) {
      if settles[slot] == nil { order.append(slot) }
      settles[slot, default: []].insert(member)
    }
    for (slots, member) in selectionQuestions { for slot in slots { note(slot, member) } }
    for (index, member) in members.enumerated() {
      guard let decision = member.decision, decision.outcome == .needsInformation else { continue }
      for question in decision.questions {
        if let slot = form.factSlots[question.fact] { note(slot, index) }
      }
    }
    let ranked = order.enumerated().sorted { a, b in
      let (x, y) = (settles[a.element]!.count, settles[b.element]!.count)
      return x != y ? x > y : a.offset < b.offset
    }
    return ranked.map { Decision.question(for: form.fact($0.element, on: date), english: english) }
  }

  /// The bundle's dates: accepted at the window, each selected member counted by its promised
  /// limit (即办: the same day) from acceptance or from the last result it waits for, and the
  /// bundle's own promise from acceptance.
  private static func deadlines(
    _ members: [MemberDecision], bundle: CompiledBundle, services: [CompiledService], date: CivilDate
  ) -> BundleDeadlines {
    let accepted = members.lazy.compactMap { $0.decision?.deadlines?.accepted }.first ?? date
    var finish = [CivilDate?](repeating: nil, count: members.count)
    var countable = true
    for index in bundle.order where members[index].selected == true {
      let waits = bundle.members[index].after.compactMap { finish[$0] }
      let start = waits.max() ?? accepted
      guard let decision = members[index].decision,
        let limits = services[bundle.members[index].serviceIndex].timeLimits(on: date)
      else {
        finish[index] = start
        continue
      }
      let length = decision.deadlines?.immediate == true ? DayCount(0, .workingDays) : limits.watched
      do {
        finish[index] =
          try length.map { try $0.deadline(from: start, in: limits.calendar, rules: limits.rules) } ?? start
      } catch {
        countable = false
      }
    }
    let promised = bundle.promised.flatMap { promise in
      bundle.calendar.flatMap { try? promise.deadline(from: accepted, in: $0) }
    }
    return BundleDeadlines(
      accepted: accepted, criticalPath: countable ? finish.compactMap { $0 }.max() : nil, promised: promised)
  }
}
