/// An expression after checking: every name is a slot, every option an index, every
/// literal a `Value`. Evaluation walks this tree with no string lookups.
public indirect enum CompiledExpression: Sendable {
  /// A literal.
  case constant(Value)
  /// The value of the fact in a slot (input or derived).
  case fact(Int)
  /// Whether the fact in a slot is known.
  case known(Int)
  /// Whether the applicant signed the 告知承诺 of a condition or a material (always known).
  case committed(CommitmentItem)
  case not(CompiledExpression)
  /// `a and b and …`, n-ary (two or more operands), decided left to right.
  case and([CompiledExpression])
  /// `a or b or …`, n-ary (two or more operands), decided left to right.
  case or([CompiledExpression])
  case compare(ComparisonOperator, CompiledExpression, CompiledExpression)
  /// `e in (constants…)`, with the set precomputed.
  case member(CompiledExpression, Set<Value>, negated: Bool)
  /// `a op b op c …`, computed left to right.
  case arithmetic(CompiledExpression, [ArithmeticTerm])
  case negate(CompiledExpression)

  /// The fact slots the expression reads, directly.
  public var factSlots: [Int] {
    var slots: [Int] = []
    var seen = Set<Int>()
    collectSlots(into: &slots, seen: &seen)
    return slots
  }

  private func collectSlots(into slots: inout [Int], seen: inout Set<Int>) {
    switch self {
    case .fact(let slot), .known(let slot): if seen.insert(slot).inserted { slots.append(slot) }
    default: for operand in operands { operand.collectSlots(into: &slots, seen: &seen) }
    }
  }

  /// The operands of this expression, in order (none for a leaf).
  public var operands: [CompiledExpression] {
    switch self {
    case .constant, .fact, .known, .committed: []
    case .not(let e), .negate(let e), .member(let e, _, _): [e]
    case .compare(_, let a, let b): [a, b]
    case .and(let operands), .or(let operands): operands
    case .arithmetic(let first, let terms): [first] + terms.map(\.operand)
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
  case equal = "=="
  case notEqual = "!="
  case less = "<"
  case lessEqual = "<="
  case greater = ">"
  case greaterEqual = ">="
}

/// One term of an arithmetic chain: the operator before it and the operand.
public struct ArithmeticTerm: Sendable {
  /// The operator applied to the result so far and the operand.
  public let op: ArithmeticOperator
  /// The operand.
  public let operand: CompiledExpression

  /// Creates a term.
  public init(_ op: ArithmeticOperator, _ operand: CompiledExpression) {
    self.op = op
    self.operand = operand
  }
}

/// Arithmetic operators.
public enum ArithmeticOperator: String, Sendable {
  case plus = "+"
  case minus = "-"
  case times = "*"
}

/// A condition or a material whose 告知承诺 an expression asks about (`committed(id)`), by id:
/// the evaluator finds it in the service's slots.
public enum CommitmentItem: Sendable, Hashable {
  case condition(String)
  case material(String)
}
