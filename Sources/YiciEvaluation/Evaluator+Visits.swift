import YiciSemantics

extension Evaluator {
  /// The visits to the office this application needs at most, for a service whose visits
  /// depend on the facts (`visits 0 when online`): the first line whose `when` holds, else
  /// the plain `visits`. While a line before it cannot be told yet (a fact unknown, or an
  /// error), the most of the lines still possible: the applicant is never promised fewer
  /// visits than the answers may come to.
  func visits() -> Int? {
    var most: Int? = nil
    for line in service.header.conditionalVisits {
      switch expressions.truth(line.when).trit {
      case .false: continue
      case .true: return max(most ?? line.count, line.count)
      case .unknown, .error: most = max(most ?? line.count, line.count)
      }
    }
    guard let visits = service.header.visits else { return most }
    return max(most ?? visits, visits)
  }
}
