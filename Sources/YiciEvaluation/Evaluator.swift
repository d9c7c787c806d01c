import YiciCalendar
import YiciSemantics
import YiciSyntax

/// Decides bound applications against a compiled service.
///
/// The decision follows the brief: any acceptance condition false → rejected (all failed
/// ones listed); any unknown → needs_information (only the questions that can change the
/// outcome, ranked); otherwise the missing materials decide between accepted, accepted
/// with waiver and needs_correction (all missing listed at once). Unknown facts matter only
/// when the outcome depends on them; errors likewise, and then they are thrown.
package struct Evaluator {
  let program: ServiceProgram
  let service: CompiledService
  /// What it reads of the application (not the whole of it, so as not to copy it).
  let date: CivilDate
  let materialFlags: [BoundApplication.MaterialFlags]
  let committedConditions: [Bool]
  let expressions: ExpressionEvaluator

  /// Decides an application. `english` picks the language of reasons and questions;
  /// `trace` records every verdict (off for the fastest batch decisions).
  package static func decide(
    _ application: BoundApplication, by service: CompiledService, english: Bool = false, trace: Bool = true
  ) throws(EvaluationError) -> Decision {
    let verdicts = try verdicts(for: application, by: ServiceProgram(service))
    return Decision(verdicts, application: application, service: service, english: english, trace: trace)
  }

  /// The verdicts on an application: the compact core that the `Decision`, its JSON and
  /// its explanation are all rendered from.
  package static func verdicts(for application: BoundApplication, by program: ServiceProgram)
    throws(EvaluationError) -> Verdicts
  {
    let service = program.service
    var verdicts = Verdicts(conditions: service.conditions.count, materials: service.materials.count)
    try self.verdicts(for: application, by: program, into: &verdicts)
    return verdicts
  }

  /// `verdicts(for:by:)`, written over `verdicts` (whatever they held before): deciding
  /// many applications in a row reuses one `Verdicts`' memory.
  package static func verdicts(
    for application: BoundApplication, by program: ServiceProgram, into verdicts: inout Verdicts
  ) throws(EvaluationError) {
    let service = program.service
    guard service.period.contains(application.date) else {
      throw EvaluationError(
        "service '\(service.id)' is not in force on \(application.date)\(describe(service.period))",
        location: service.span.description)
    }
    verdicts.reset(conditions: service.conditions.count, materials: service.materials.count)
    var evaluator = Evaluator(program: program, application: application)
    try evaluator.decide(into: &verdicts)
  }

  init(program: ServiceProgram, application: BoundApplication) {
    self.program = program
    self.service = program.service
    self.date = application.date
    // An application names an id once, bound to its first slot: a service that declares an
    // id for several periods gives every version of it the same flags.
    self.materialFlags =
      service.materialVersions.isEmpty
      ? application.materials : Self.spread(application.materials, over: service.materialIdentities)
    self.committedConditions =
      service.conditionVersions.isEmpty
      ? application.committedConditions
      : Self.spread(application.committedConditions, over: service.conditionIdentities)
    self.expressions = ExpressionEvaluator(service: service, application: application)
  }

  /// The flags of each id's first slot, copied to the id's other slots.
  private static func spread<Flag>(_ flags: [Flag], over identities: [Int]) -> [Flag] {
    var spread = flags
    for (slot, identity) in identities.enumerated() where identity != slot { spread[slot] = flags[identity] }
    return spread
  }

  private static func describe(_ period: Period) -> String {
    switch (period.from, period.until) {
    case (let from?, let until?): " (in force \(from) to \(until))"
    case (let from?, nil): " (in force from \(from))"
    case (nil, let until?): " (in force until \(until))"
    case (nil, nil): ""
    }
  }

  mutating func decide(into verdicts: inout Verdicts) throws(EvaluationError) {
    if !service.header.conditionalVisits.isEmpty { verdicts.visits = visits() }
    let conditions = evaluateConditions(into: &verdicts)
    let materials = try evaluateMaterials(into: &verdicts)
    noteIgnoredMaterialRequests(into: &verdicts)
    if conditions.anyFailed {
      verdicts.outcome = .rejected
      return
    }
    if let error = conditions.error { throw error }
    let settled = try settleMaterials(materials, into: &verdicts)
    if !conditions.unknown.isEmpty || !settled {
      verdicts.outcome = .needsInformation
      var pending = conditions.unknown.map { service.conditions[$0].expression }
      // A signed commitment whose `only if` is not known yet: its facts decide too.
      for slot in conditions.unknown where committedConditions[slot] {
        if let qualifier = service.conditions[slot].commitmentQualifier { pending.append(qualifier) }
      }
      if !settled { pending += materials.pendingExpressions }
      verdicts.questions = questionSlots(for: pending)
    }
    try addDeadlines(to: &verdicts)
  }

  // MARK: - Conditions

  /// A condition's truth: by its flat test when it has one, else by walking its tree.
  private func conditionTruth(_ slot: Int) -> Trit {
    if let test = program.flatTests.conditions[slot], let trit = expressions.truth(program.flatTests, test) {
      return trit
    }
    return expressions.truth(service.conditions[slot].expression).trit
  }

  struct ConditionResults {
    var anyFailed = false
    var unknown: [Int] = []
    var error: EvaluationError?
  }

  private mutating func evaluateConditions(into verdicts: inout Verdicts) -> ConditionResults {
    var results = ConditionResults()
    let conditions = service.conditions
    for slot in conditions.indices {
      let status: ConditionStatus
      if !conditions[slot].period.contains(date) {
        status = .notInForce
        // Flags are bound to an id's first slot only: one note per id.
        if committedConditions[slot], service.conditionIdentities[slot] == slot {
          noteCommitmentNotInForce(slot, into: &verdicts)
        }
      } else if committedConditions[slot], let commitment = commitmentStatus(slot, into: &verdicts, &results) {
        status = commitment
      } else {
        switch conditionTruth(slot) {
        case .true: status = .holds
        case .false:
          status = .fails
          results.anyFailed = true
        case .unknown:
          status = .unknown
          results.unknown.append(slot)
        case .error:
          status = .error
          if results.error == nil, case .error(let message) = expressions.truth(conditions[slot].expression) {
            results.error = EvaluationError(
              "condition '\(conditions[slot].id)' cannot be evaluated: \(message)",
              location: conditions[slot].span.description)
          }
        }
      }
      verdicts.conditions[slot] = status
    }
    return results
  }

  /// The status of a condition in force whose commitment the applicant signs, when the
  /// commitment decides it; nil when the condition is decided by the facts as usual. A
  /// commitment stands in for the proof of a condition: it never makes a condition hold
  /// that the applicant's own answers make false, and only an applicant its `only if`
  /// admits may use it. A commitment that does not apply is noted in `verdicts.ignored`.
  private func commitmentStatus(_ slot: Int, into verdicts: inout Verdicts, _ results: inout ConditionResults)
    -> ConditionStatus?
  {
    let condition = service.conditions[slot]
    let identity = service.conditionIdentities[slot]
    guard condition.commitment != nil else {
      verdicts.ignored.append(IgnoredRequest(.conditionCommitment, slot: identity, .notAllowed))
      return nil
    }
    let truth = conditionTruth(slot)
    if truth == .false {
      verdicts.ignored.append(IgnoredRequest(.conditionCommitment, slot: identity, .answeredFalse))
      results.anyFailed = true
      return .fails
    }
    switch condition.commitmentQualifier.map({ expressions.truth($0).trit }) ?? .true {
    case .true: return .committed
    case .false:
      verdicts.ignored.append(IgnoredRequest(.conditionCommitment, slot: identity, .notQualified))
      return nil
    case .unknown:
      // Whether the commitment may be used is not known yet: the facts decide alone if they can.
      if truth == .true { return .holds }
      return nil
    case .error: return nil
    }
  }

  /// Notes a signed commitment for a condition (its id's first slot, not in force) none of
  /// whose versions is in force on the date.
  private func noteCommitmentNotInForce(_ slot: Int, into verdicts: inout Verdicts) {
    let versions = service.conditionVersions[service.conditions[slot].id] ?? [slot]
    guard !versions.contains(where: { service.conditions[$0].period.contains(date) }) else { return }
    verdicts.ignored.append(IgnoredRequest(.conditionCommitment, slot: slot, .notInForce))
  }

}
