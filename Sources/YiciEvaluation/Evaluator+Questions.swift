import YiciSemantics

extension Evaluator {
  /// The questions that can change the outcome, most decisive first.
  ///
  /// Each pending expression (an unknown condition, an undetermined material, the waiver
  /// qualifier) names the input facts it still needs, found by following only the
  /// sub-expressions that are themselves unknown (in `a and b` with `a` false nothing is
  /// asked). A fact needed by more pending expressions ranks higher; ties keep the order in
  /// which the facts first appear, conditions before materials.
  func questions(for pending: [CompiledExpression]) -> [Question] {
    var score: [Int: Int] = [:]
    var order: [Int] = []
    for expression in pending {
      var needed: [Int] = []
      collectUnknownInputs(expression, into: &needed)
      for slot in needed {
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

  private func collectUnknownInputs(_ expression: CompiledExpression, into needed: inout [Int]) {
    guard expressions.evaluate(expression) == .unknown else { return }
    switch expression {
    case .constant: break
    case .fact(let slot), .known(let slot):
      if let derivation = service.facts[slot].derivation {
        collectUnknownInputs(derivation, into: &needed)
      } else if !needed.contains(slot) {
        needed.append(slot)
      }
    case .not(let operand), .negate(let operand), .member(let operand, _, _):
      collectUnknownInputs(operand, into: &needed)
    case .and(let a, let b), .or(let a, let b), .compare(_, let a, let b), .arithmetic(_, let a, let b):
      collectUnknownInputs(a, into: &needed)
      collectUnknownInputs(b, into: &needed)
    }
  }

  private func question(for fact: FactDefinition) -> Question {
    let text =
      fact.question?.text(english: english) ?? fact.label.map { english ? "What is: \($0.text(english: true))?" : "请提供：\($0.text)" }
      ?? (english ? "What is '\(fact.id)'?" : "请提供“\(fact.id)”")
    let options = fact.options.isEmpty ? nil : fact.options.map(\.id)
    return Question(fact: fact.id, text: text, options: options)
  }
}
