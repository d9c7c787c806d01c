import YiciCalendar
import YiciEvaluation
import YiciSemantics

/// Every combination of test points of one group of facts, and the materials each
/// combination requires: the fewest and the most over the combinations an acceptance
/// condition does not reject.
struct GroupCases {
  let service: CompiledService
  let date: CivilDate
  /// The group's input fact slots.
  let slots: [Int]
  let points: TestPoints
  /// The `when` of each material that reads the group.
  let materials: [CompiledExpression]
  /// The acceptance conditions that read the group.
  let conditions: [CompiledExpression]

  /// The fewest materials definitely required and the most possibly required, or nil when
  /// the group has more than `MaterialRange.caseLimit` combinations.
  func range() -> (fewest: Int, most: Int)? {
    let values: [[Value?]] = slots.map { slot in
      let values = points.values(of: service.facts[slot], slot: slot)
      return values.isEmpty ? [nil] : values.map { $0 }
    }
    var combinations = 1
    for choices in values {
      combinations *= choices.count
      if combinations > MaterialRange.caseLimit { return nil }
    }
    // If every combination is turned away, the conditions cannot tell the cases apart.
    return count(values, obeyingConditions: true) ?? count(values, obeyingConditions: false)
  }

  private func count(_ values: [[Value?]], obeyingConditions: Bool) -> (fewest: Int, most: Int)? {
    var application = BoundApplication(for: service, date: date)
    var choice = Array(repeating: 0, count: slots.count)
    var found: (fewest: Int, most: Int)?
    while true {
      for (index, slot) in slots.enumerated() { application.facts[slot] = values[index][choice[index]] }
      let evaluator = ExpressionEvaluator(service: service, application: application)
      let rejected = obeyingConditions && conditions.contains { evaluator.evaluate($0) == .value(.bool(false)) }
      if !rejected {
        var definite = 0
        var possible = 0
        for when in materials {
          switch evaluator.evaluate(when) {
          case .value(.bool(true)): (definite, possible) = (definite + 1, possible + 1)
          case .value(.bool(false)): break
          default: possible += 1
          }
        }
        found = (min(found?.fewest ?? definite, definite), max(found?.most ?? possible, possible))
      }
      // The next combination, the last slot turning fastest.
      var index = slots.count - 1
      while index >= 0 {
        choice[index] += 1
        if choice[index] < values[index].count { break }
        choice[index] = 0
        index -= 1
      }
      if index < 0 { return found }
    }
  }
}
