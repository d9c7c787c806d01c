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
    self.materialFlags = application.materials
    self.committedConditions = application.committedConditions
    self.expressions = ExpressionEvaluator(service: service, application: application)
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
    let conditions = evaluateConditions(into: &verdicts)
    let materials = try evaluateMaterials(into: &verdicts)
    if conditions.anyFailed {
      verdicts.outcome = .rejected
      return
    }
    if let error = conditions.error { throw error }
    let settled = try settleMaterials(materials, into: &verdicts)
    if !conditions.unknown.isEmpty || !settled {
      verdicts.outcome = .needsInformation
      var pending = conditions.unknown.map { service.conditions[$0].expression }
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
      } else if conditions[slot].commitment != nil, committedConditions[slot] {
        status = .committed
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
}
