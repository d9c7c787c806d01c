import YiciSemantics

extension Evaluator {
  /// The questions that can change the outcome, most decisive first.
  ///
  /// Each pending expression (an unknown condition, an undetermined material, the waiver
  /// qualifier) names the input facts it still needs (`ExpressionEvaluator.unknownInputs`).
  /// A fact needed by more pending expressions ranks higher; ties keep the order in
  /// which the facts first appear, conditions before materials.
  func questions(for pending: [CompiledExpression]) -> [Question] {
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
    return ranked.map { question(for: service.facts[$0.element]) }
  }

  private func question(for fact: FactDefinition) -> Question {
    let text =
      fact.question?.text(english: english) ?? fact.label.map {
        english ? "What is: \($0.text(english: true))?" : "请提供：\($0.text)"
      }
      ?? (english ? "What is '\(fact.id)'?" : "请提供“\(fact.id)”")
    let options = fact.options.isEmpty ? nil : fact.options.map(\.id)
    return Question(fact: fact.id, text: text, options: options)
  }
}
