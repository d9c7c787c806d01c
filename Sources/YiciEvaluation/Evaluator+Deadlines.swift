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
  /// - Throws: `EvaluationError` when a condition of `immediate` cannot be evaluated, or a
  ///   date falls in a year the calendar does not cover (never a guessed date).
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
    do throws(CalendarError) {
      let deadlines = try limits.deadlines(received: date, immediate: immediate)
      verdicts.dues = Array(repeating: nil, count: service.materials.count)
      for slot in verdicts.materials.indices where verdicts.materials[slot] == .waived {
        verdicts.dues[slot] = try limits.due(ofWaived: service.materials[slot].id, accepted: deadlines.accepted)
      }
      verdicts.deadlines = deadlines
    } catch {
      throw EvaluationError("the time limits cannot be dated: \(error)", location: limits.span.description)
    }
  }
}
