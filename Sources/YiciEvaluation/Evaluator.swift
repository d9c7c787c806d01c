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
public struct Evaluator {
  let service: CompiledService
  let application: BoundApplication
  let english: Bool
  let expressions: ExpressionEvaluator

  /// Decides an application. `english` picks the language of reasons and questions;
  /// `trace` records every verdict (off for the fastest batch decisions).
  public static func decide(
    _ application: BoundApplication, by service: CompiledService, english: Bool = false, trace: Bool = true
  ) throws(EvaluationError) -> Decision {
    guard service.period.contains(application.date) else {
      throw EvaluationError(
        "service '\(service.id)' is not in force on \(application.date)\(describe(service.period))",
        location: service.span.description)
    }
    var evaluator = Evaluator(service: service, application: application, english: english)
    return try evaluator.decide(trace: trace)
  }

  init(service: CompiledService, application: BoundApplication, english: Bool) {
    self.service = service
    self.application = application
    self.english = english
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

  mutating func decide(trace wantsTrace: Bool) throws(EvaluationError) -> Decision {
    var decision = Decision(
      id: application.id, service: service.id, date: application.date, outcome: .accepted, reasons: [],
      materials: MaterialSummary(), commitments: [], questions: [], warnings: application.warnings,
      trace: wantsTrace ? Trace(conditions: [], materials: [], waiver: nil) : nil, explanation: "")
    decision.materials.required.reserveCapacity(service.materials.count)
    decision.materials.provided.reserveCapacity(service.materials.count)
    let conditions = evaluateConditions(into: &decision)
    let materials = try evaluateMaterials(into: &decision)
    if !conditions.failed.isEmpty {
      decision.outcome = .rejected
      return decision
    }
    if let error = conditions.error {
      throw EvaluationError(error.message, location: error.location)
    }
    let settled = try settleMaterials(materials, into: &decision)
    if !conditions.unknown.isEmpty || !settled {
      decision.outcome = .needsInformation
      var pending = conditions.unknown.map { service.conditions[$0].expression }
      if !settled { pending += materials.pendingExpressions }
      decision.questions = questions(for: pending)
    }
    try addDeadlines(to: &decision)
    return decision
  }

  // MARK: - Conditions

  struct ConditionResults {
    var failed: [Int] = []
    var unknown: [Int] = []
    var error: EvaluationError?
  }

  private mutating func evaluateConditions(into decision: inout Decision) -> ConditionResults {
    var results = ConditionResults()
    for slot in service.conditions.indices {
      let condition = service.conditions[slot]
      let verdict: String
      if !condition.period.contains(application.date) {
        verdict = "not_in_force"
      } else if let commitment = condition.commitment, application.committedConditions[slot] {
        verdict = "committed"
        decision.commitments.append(Commitment(id: condition.id, text: commitment.text(english: english)))
      } else {
        switch expressions.truth(condition.expression) {
        case .true: verdict = "holds"
        case .false:
          verdict = "fails"
          results.failed.append(slot)
          decision.reasons.append(reason(for: condition))
        case .unknown:
          verdict = "unknown"
          results.unknown.append(slot)
        case .error(let message):
          verdict = "error"
          if results.error == nil {
            results.error = EvaluationError(
              "condition '\(condition.id)' cannot be evaluated: \(message)", location: condition.span.description)
          }
        }
      }
      if decision.trace != nil {
        decision.trace?.conditions.append(
          ConditionVerdict(
            id: condition.id, verdict: verdict, location: condition.span.description,
            basis: condition.basis?.text(english: english)))
      }
    }
    return results
  }

  private func reason(for condition: CompiledCondition) -> Reason {
    let text =
      condition.reason?.text(english: english)
      ?? (english ? "the condition '\(condition.id)' is not met" : "不符合受理条件“\(condition.id)”")
    return Reason(id: condition.id, text: text, basis: condition.basis?.text(english: english))
  }
}
