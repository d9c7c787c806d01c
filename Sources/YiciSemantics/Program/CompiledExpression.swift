/// An expression after checking: every name is a slot, every option an index, every
/// literal a `Value`. Evaluation walks this tree with no string lookups.
public indirect enum CompiledExpression: Sendable {
  /// A literal.
  case constant(Value)
  /// The value of the fact in a slot (input or derived).
  case fact(Int)
  /// Whether the fact in a slot is known.
  case known(Int)
  case not(CompiledExpression)
  case and(CompiledExpression, CompiledExpression)
  case or(CompiledExpression, CompiledExpression)
  case compare(ComparisonOperator, CompiledExpression, CompiledExpression)
  /// `e in (constants…)`, with the set precomputed.
  case member(CompiledExpression, Set<Value>, negated: Bool)
  case arithmetic(ArithmeticOperator, CompiledExpression, CompiledExpression)
  case negate(CompiledExpression)

  /// The fact slots the expression reads, directly.
  public var factSlots: [Int] {
    var slots: [Int] = []
    collectSlots(into: &slots)
    return slots
  }

  private func collectSlots(into slots: inout [Int]) {
    switch self {
    case .constant: break
    case .fact(let slot), .known(let slot): if !slots.contains(slot) { slots.append(slot) }
    case .not(let e), .negate(let e), .member(let e, _, _): e.collectSlots(into: &slots)
    case .and(let a, let b), .or(let a, let b), .compare(_, let a, let b), .arithmetic(_, let a, let b):
      a.collectSlots(into: &slots)
      b.collectSlots(into: &slots)
    }
  }

  /// The constant boolean value, if the expression is one.
  public var constantBool: Bool? {
    if case .constant(.bool(let value)) = self { return value }
    return nil
  }
}

/// Comparison operators.
public enum ComparisonOperator: String, Sendable {
  case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
}

/// Arithmetic operators.
public enum ArithmeticOperator: String, Sendable {
  case plus = "+", minus = "-", times = "*"
}
