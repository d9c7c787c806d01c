import YiciCalendar
import YiciSyntax

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
  /// The application's date (`today`/`申请日`): the date it is decided on.
  case today
  /// A date shifted by periods, in order (`birth + 1 month`): years and months by the
  /// month-end rule (`CivilDate.adding(months:)`), days exactly.
  case shift(CompiledExpression, [DatePeriod])
  /// The whole periods from the first date to the second (`months(a, b)`), a number.
  case between(DatePeriod.Unit, CompiledExpression, CompiledExpression)
  /// Whether at least `count` of the yes/no operands hold (three-valued).
  case atLeast(Int, [CompiledExpression])
  /// Whether the material with this id is on the counter (always known).
  case provided(String)
  /// Whether a text is a well-formed identifier of a national format.
  case validIdentifier(IdentifierCheck, CompiledExpression)
  /// Whether a multi-select fact has any of the options in `mask` chosen (`contains a` is
  /// a mask of one option).
  case includes(CompiledExpression, mask: UInt64)
  /// How many options of a multi-select fact are chosen, a number.
  case countChosen(CompiledExpression)
  /// Whether the whole text matches the pattern.
  case matches(CompiledExpression, TextPattern)
  /// How many characters (Unicode scalars) a text has, a number.
  case length(CompiledExpression)

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

  /// The ids of the materials whose presence on the counter this expression reads
  /// (`provided(m)`, or a material's commitment `committed(m)`), in order of first use.
  public var materialReferences: [String] {
    var ids: [String] = []
    func collect(_ expression: CompiledExpression) {
      switch expression {
      case .provided(let id), .committed(.material(let id)): if !ids.contains(id) { ids.append(id) }
      default: for operand in expression.operands { collect(operand) }
      }
    }
    collect(self)
    return ids
  }

  /// The operands of this expression, in order (none for a leaf).
  public var operands: [CompiledExpression] {
    switch self {
    case .constant, .fact, .known, .committed, .today, .provided: []
    case .not(let e), .negate(let e), .member(let e, _, _), .shift(let e, _), .validIdentifier(_, let e),
      .includes(let e, _), .countChosen(let e), .matches(let e, _), .length(let e):
      [e]
    case .compare(_, let a, let b), .between(_, let a, let b): [a, b]
    case .and(let operands), .or(let operands), .atLeast(_, let operands): operands
    case .arithmetic(let first, let terms): [first] + terms.map(\.operand)
    }
  }

  /// Whether the expression has at most `SourceLimits.expressionOperands` nodes and
  /// `SourceLimits.nestingDepth` levels, as a parsed expression has: one that does may be
  /// read again inside another (a condition named in an expression).
  package var fitsTheLimits: Bool {
    var nodes = 0
    // (expression, depth) pairs: a work list, so a deep tree takes no stack.
    var pending: [(CompiledExpression, Int)] = [(self, 1)]
    while let (next, depth) = pending.popLast() {
      nodes += 1
      guard nodes <= SourceLimits.expressionOperands, depth <= SourceLimits.nestingDepth else { return false }
      for operand in next.operands { pending.append((operand, depth + 1)) }
    }
    return true
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
  /// Rounded half to even at the last place a number holds (`ExactDecimal.dividing(by:)`).
  case divide = "/"
}

/// A condition or a material whose 告知承诺 an expression asks about (`committed(id)`), by id:
/// the evaluator finds it in the service's slots.
public enum CommitmentItem: Sendable, Hashable {
  case condition(String)
  case material(String)
}

/// A signed period a date is shifted by: `6 months` is `DatePeriod(.months, 6)`, `- 30 days`
/// `DatePeriod(.days, -30)`.
public struct DatePeriod: Sendable, Hashable {
  /// The calendar units of a period.
  public enum Unit: String, Sendable, Hashable {
    case years, months, days
  }

  /// The unit.
  public let unit: Unit
  /// How many, negative to go back.
  public let count: Int

  /// Creates a period.
  public init(_ unit: Unit, _ count: Int) {
    self.unit = unit
    self.count = count
  }

  /// `date` shifted by the period, or nil outside years 0000...9999.
  public func applied(to date: CivilDate) -> CivilDate? {
    switch unit {
    case .years: date.adding(years: count)
    case .months: date.adding(months: count)
    case .days: date.addingChecked(days: count)
    }
  }

  /// The whole periods of this unit from `start` to `end`.
  public static func whole(_ unit: Unit, from start: CivilDate, to end: CivilDate) -> Int {
    switch unit {
    case .years: CivilDate.wholeYears(from: start, to: end)
    case .months: CivilDate.wholeMonths(from: start, to: end)
    case .days: CivilDate.days(from: start, to: end)
    }
  }
}
