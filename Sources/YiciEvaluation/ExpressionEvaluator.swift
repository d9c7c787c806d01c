import YiciSemantics

/// Evaluates compiled expressions over one application's fact values.
///
/// `facts` holds every slot's result: input facts as told (or unknown), derived facts
/// computed in dependency order by `Evaluator` before anything reads them.
struct ExpressionEvaluator {
  var facts: [EvaluationResult]

  func evaluate(_ expression: CompiledExpression) -> EvaluationResult {
    switch expression {
    case .constant(let value): return .value(value)
    case .fact(let slot): return facts[slot]
    case .known(let slot):
      if case .unknown = facts[slot] { return .value(.bool(false)) }
      return .value(.bool(true))
    case .not(let operand): return (!truth(operand)).result
    case .and(let a, let b): return (truth(a) && truth(b)).result
    case .or(let a, let b): return (truth(a) || truth(b)).result
    case .compare(let op, let a, let b):
      switch (evaluate(a), evaluate(b)) {
      case (.error(let message), _), (_, .error(let message)): return .error(message)
      case (.unknown, _), (_, .unknown): return .unknown
      case (.value(let x), .value(let y)): return compare(op, x, y)
      }
    case .member(let element, let set, let negated):
      switch evaluate(element) {
      case .value(let value): return .value(.bool(set.contains(value) != negated))
      case let other: return other
      }
    case .arithmetic(let op, let a, let b):
      switch (evaluate(a), evaluate(b)) {
      case (.error(let message), _), (_, .error(let message)): return .error(message)
      case (.unknown, _), (_, .unknown): return .unknown
      case (.value(.number(let x)), .value(.number(let y))):
        let result: ExactDecimal? =
          switch op {
          case .plus: x.adding(y)
          case .minus: x.subtracting(y)
          case .times: x.multiplying(by: y)
          }
        return result.map { .value(.number($0)) } ?? .error("the result of \(x) \(op.rawValue) \(y) is too large")
      default: return .error("arithmetic on a value that is not a number")
      }
    case .negate(let operand):
      switch evaluate(operand) {
      case .value(.number(let x)): return x.negated.map { .value(.number($0)) } ?? .error("\(x) cannot be negated")
      case .value: return .error("'-' on a value that is not a number")
      case let other: return other
      }
    }
  }

  func truth(_ expression: CompiledExpression) -> Truth {
    evaluate(expression).truth
  }

  private func compare(_ op: ComparisonOperator, _ x: Value, _ y: Value) -> EvaluationResult {
    let order: Int
    switch (x, y) {
    case (.number(let a), .number(let b)): order = a < b ? -1 : (a == b ? 0 : 1)
    case (.date(let a), .date(let b)): order = a < b ? -1 : (a == b ? 0 : 1)
    default:
      let equal = x == y
      switch op {
      case .equal: return .value(.bool(equal))
      case .notEqual: return .value(.bool(!equal))
      default: return .error("cannot order \(x) and \(y)")
      }
    }
    let holds: Bool =
      switch op {
      case .equal: order == 0
      case .notEqual: order != 0
      case .less: order < 0
      case .lessEqual: order <= 0
      case .greater: order > 0
      case .greaterEqual: order >= 0
      }
    return .value(.bool(holds))
  }
}
