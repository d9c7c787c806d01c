import YiciSemantics

extension Evaluator {
  /// The facts (slots) to ask about that can change the outcome, most decisive first.
  ///
  /// Each pending expression (an unknown condition, an undetermined material, the waiver
  /// qualifier) names the input facts it still needs (`ExpressionEvaluator.unknownInputs`).
  /// A fact needed by more pending expressions ranks higher; ties keep the order in
  /// which the facts first appear, conditions before materials.
  func questionSlots(for pending: [CompiledExpression]) -> [Int] {
    var score: [Int: Int] = [:]
    var order: [Int] = []
    for expression in pending {
      for slot in expressions.unknownInputs(expression, in: service) {
        if score[slot] == nil { order.append(slot) }
        score[slot, default: 0] += 1
      }
    }
    let ranked = order.enumerated().sorted { a, b in
      let (x, y) = (score[a.element]!, score[b.element]!)
      return x != y ? x > y : a.offset < b.offset
    }
    return ranked.map(\.element)
  }
}
