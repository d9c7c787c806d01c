import YiciCalendar
import YiciSemantics

extension Evaluator {
  /// Dates an accepted decision: fills `verdicts.deadlines` and each waived material's due
  /// date, when the service has time limits in force on the decision's date.
  ///
  /// A post-pass over a settled decision: other outcomes, and services without time limits,
  /// are left as they are. Whether the application is 即办 follows the block's `immediate`
  /// condition; a condition that is unknown for this application is not immediate (the
  /// applicant is told the promised limit, the longer of the two).
  ///
  /// A date the calendar cannot count (its year is not covered yet) never changes the
  /// outcome: it is left out and named in `Deadlines.undated`, never guessed.
  ///
  /// - Throws: `EvaluationError` when a condition of `immediate` cannot be evaluated.
  func addDeadlines(to verdicts: inout Verdicts) throws(EvaluationError) {
    guard verdicts.outcome == .accepted || verdicts.outcome == .acceptedWithWaiver,
      let limits = service.timeLimits(on: date)
    else { return }
    let immediate: Bool
    switch limits.immediacy {
    case .never: immediate = false
    case .always: immediate = true
    case .when(let condition):
      switch expressions.truth(condition) {
      case .true: immediate = true
      case .false, .unknown: immediate = false
      case .error(let message):
        throw EvaluationError(
          "whether the application is immediate cannot be evaluated: \(message)", location: limits.span.description)
      }
    }
    var deadlines = limits.deadlines(received: date, immediate: immediate)
    verdicts.dues = Array(repeating: nil, count: service.materials.count)
    for slot in verdicts.materials.indices where verdicts.materials[slot] == .waived {
      verdicts.dues[slot] = limits.due(ofWaived: service.materials[slot].id, in: &deadlines)
    }
    verdicts.deadlines = deadlines
  }
}
