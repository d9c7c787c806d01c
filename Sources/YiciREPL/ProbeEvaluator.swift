import Yici

/// Evaluates compiled expressions over one bound application, for `:eval` and the derived
/// facts `:facts` shows.
///
/// It follows `YiciEvaluation`'s evaluator exactly (three-valued `and`/`or`/`not`, exact
/// arithmetic, errors never read as false), which the library does not make public; a test
/// checks the two agree on every condition of the bundled rules. When the library offers
/// expression evaluation, this file goes.
struct ProbeEvaluator {
  /// Every slot's result: input facts as told, derived facts computed in order.
  private(set) var facts: [EvaluationResult]

  init(service: CompiledService, application: BoundApplication) {
    facts = service.facts.indices.map { slot in
      guard service.facts[slot].isInput, slot < application.facts.count, let value = application.facts[slot] else {
        return .unknown
      }
      return .value(value)
    }
    for slot in service.derivedOrder {
      if let derivation = service.facts[slot].derivation { facts[slot] = evaluate(derivation) }
    }
  }

  func evaluate(_ expression: CompiledExpression) -> EvaluationResult {
    switch expression {
    case .constant(let value): return .value(value)
    case .fact(let slot): return facts[slot]
    case .known(let slot): return .value(.bool(facts[slot] != .unknown))
    case .not(let operand):
      return Self.logic(evaluate(operand)) { .value(.bool(!$0)) }
    case .and(let a, let b): return Self.combine(evaluate(a), evaluate(b), deciding: false)
    case .or(let a, let b): return Self.combine(evaluate(a), evaluate(b), deciding: true)
    case .compare(let op, let a, let b):
      switch (evaluate(a), evaluate(b)) {
      case (.error(let message), _), (_, .error(let message)): return .error(message)
      case (.unknown, _), (_, .unknown): return .unknown
      case (.value(let x), .value(let y)): return Self.compare(op, x, y)
      }
    case .member(let element, let set, let negated):
      if case .value(let value) = evaluate(element) { return .value(.bool(set.contains(value) != negated)) }
      return evaluate(element)
    case .arithmetic(let op, let a, let b):
      switch (evaluate(a), evaluate(b)) {
      case (.error(let message), _), (_, .error(let message)): return .error(message)
      case (.unknown, _), (_, .unknown): return .unknown
      case (.value(.number(let x)), .value(.number(let y))):
        let result =
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

  /// The input facts an unknown result still needs (nothing is asked of a side that
  /// does not matter: in `a and b` with `a` false, `b` needs nothing).
  func unknownInputs(_ expression: CompiledExpression, in service: CompiledService) -> [Int] {
    var needed: [Int] = []
    collect(expression, service, into: &needed)
    return needed
  }

  private func collect(_ expression: CompiledExpression, _ service: CompiledService, into needed: inout [Int]) {
    guard evaluate(expression) == .unknown else { return }
    switch expression {
    case .constant: break
    case .fact(let slot), .known(let slot):
      if let derivation = service.facts[slot].derivation {
        collect(derivation, service, into: &needed)
      } else if !needed.contains(slot) {
        needed.append(slot)
      }
    case .not(let e), .negate(let e), .member(let e, _, _): collect(e, service, into: &needed)
    case .and(let a, let b), .or(let a, let b), .compare(_, let a, let b), .arithmetic(_, let a, let b):
      collect(a, service, into: &needed)
      collect(b, service, into: &needed)
    }
  }

  /// A yes/no operand's value through `transform`; unknown and errors pass through.
  private static func logic(_ result: EvaluationResult, _ transform: (Bool) -> EvaluationResult) -> EvaluationResult {
    switch result {
    case .value(.bool(let flag)): transform(flag)
    case .value: .error("not a yes/no value")
    case .unknown, .error: result
    }
  }

  /// `and` (`deciding` false) or `or` (true): the deciding value wins over everything,
  /// then an error, then unknown.
  private static func combine(_ a: EvaluationResult, _ b: EvaluationResult, deciding: Bool) -> EvaluationResult {
    let (x, y) = (logic(a) { .value(.bool($0)) }, logic(b) { .value(.bool($0)) })
    if x == .value(.bool(deciding)) || y == .value(.bool(deciding)) { return .value(.bool(deciding)) }
    if case .error = x { return x }
    if case .error = y { return y }
    if x == .unknown || y == .unknown { return .unknown }
    return .value(.bool(!deciding))
  }

  private static func compare(_ op: ComparisonOperator, _ x: Value, _ y: Value) -> EvaluationResult {
    let order: Int
    switch (x, y) {
    case (.number(let a), .number(let b)): order = a < b ? -1 : (a == b ? 0 : 1)
    case (.date(let a), .date(let b)): order = a < b ? -1 : (a == b ? 0 : 1)
    default:
      switch op {
      case .equal: return .value(.bool(x == y))
      case .notEqual: return .value(.bool(x != y))
      default: return .error("cannot order \(x) and \(y)")
      }
    }
    let holds =
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
