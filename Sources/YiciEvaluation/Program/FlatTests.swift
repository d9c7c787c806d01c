import YiciSemantics

/// A service's yes/no expressions in the shapes most rules are made of, flattened when the
/// service is compiled, so that deciding walks plain values instead of an expression tree.
///
/// The shapes: an input number fact compared with a number, an input option fact equal
/// to, unequal to or in a set of options, an input yes/no fact (or one compared with
/// `true`/`false`), and `and`, `or`, `not` of these. Each test is a run of steps in
/// postfix order. An expression of any other shape has no flat form, and the evaluator
/// walks its tree. Immutable, so shared freely between threads.
package final class FlatTests: Sendable {
  /// One step of a test: a fact read against constants, or a connective. Sixteen bytes of
  /// plain values, so running a test reads a few words per step and copies nothing that is
  /// counted.
  package struct Step: Sendable, Equatable {
    /// What a step does.
    package enum Kind: UInt8, Sendable {
      /// The number fact in `slot` compared with a constant (`operand`, `scale`), holding
      /// for the orders in `orders`.
      case number
      /// Whether the option fact in `slot` holds an option whose bit is set in `operand`.
      case option
      /// Whether the yes/no fact in `slot` is `operand` (1 yes, 0 no).
      case bool
      /// The connectives, over the one or two results before them.
      case not, and, or
      /// The date fact in `slot` shifted by a period, compared with the application's date
      /// or a constant date (`DateStep`).
      case date
      /// The whole periods from the date fact in `slot` to the application's date, compared
      /// with a whole number (`DateStep`).
      case between
      /// Whether at least `slot` of the `operand` results before it hold.
      case atLeast
    }

    package let kind: Kind
    /// A number step's orders of the fact against the constant that make it hold: a bit
    /// each for less (1), equal (2) and greater (4), from the evaluator's comparison.
    package let orders: UInt8
    /// A number step's constant's scale.
    package let scale: UInt8
    /// The fact a leaf reads.
    package let slot: Int32
    /// A number step's constant's significand; an option step's option bits; a yes/no
    /// step's expected value.
    package let operand: UInt64

    private init(_ kind: Kind, slot: Int32 = 0, operand: UInt64 = 0, orders: UInt8 = 0, scale: UInt8 = 0) {
      self.kind = kind
      self.slot = slot
      self.operand = operand
      self.orders = orders
      self.scale = scale
    }

    /// The number fact in `slot` compared by `op` with `constant`.
    static func number(slot: Int32, _ op: ComparisonOperator, _ constant: ExactDecimal) -> Step {
      Step(
        .number, slot: slot, operand: UInt64(bitPattern: constant.significand), orders: orders(op),
        scale: constant.scale)
    }

    /// Whether the option fact in `slot` holds one of the options whose bits are set.
    static func option(slot: Int32, options: UInt64) -> Step { Step(.option, slot: slot, operand: options) }

    /// Whether the yes/no fact in `slot` is `value`.
    static func bool(slot: Int32, value: Bool) -> Step { Step(.bool, slot: slot, operand: value ? 1 : 0) }

    /// Whether at least `count` of the `items` results before it hold.
    static func atLeast(_ count: Int, of items: Int) -> Step {
      Step(.atLeast, slot: Int32(count), operand: UInt64(items))
    }

    /// A date step: `kind` `.date` or `.between`, its period unit in `scale`'s low bits
    /// (`DateStep.unit`), a constant date instead of today when bit 4 is set, and two
    /// signed 32-bit numbers in `operand` (`DateStep.pack`).
    static func date(
      _ kind: Kind, slot: Int32, _ op: ComparisonOperator, unit: DatePeriod.Unit, constantDate: Bool,
      high: Int32, low: Int32
    ) -> Step {
      let units: [DatePeriod.Unit] = [.years, .months, .days]
      let scale = UInt8(units.firstIndex(of: unit) ?? 2) | (constantDate ? 16 : 0)
      let operand = UInt64(UInt32(bitPattern: high)) << 32 | UInt64(UInt32(bitPattern: low))
      return Step(kind, slot: slot, operand: operand, orders: orders(op), scale: scale)
    }

    /// The orders (a bit each for less, equal and greater) for which `op` holds.
    static func orders(_ op: ComparisonOperator) -> UInt8 {
      var orders: UInt8 = 0
      for (bit, order) in [-1, 0, 1].enumerated() where ExpressionEvaluator.holds(op, order: order) {
        orders |= 1 << UInt8(bit)
      }
      return orders
    }

    static let not = Step(.not)
    static let and = Step(.and)
    static let or = Step(.or)
  }

  /// The most steps a flat test has (its evaluation keeps its stack in one word).
  package static let maxSteps = 32

  /// Every test's steps end to end; a test is a range of them.
  package let steps: [Step]
  /// Each condition's test, by condition slot (nil: no flat form).
  package let conditions: [Range<Int>?]
  /// Each material's `when`, by material slot (nil: none, or no flat form).
  package let whens: [Range<Int>?]
  /// Each waiver policy's `only if`, by index in the service's `waivers` (nil: none, or no
  /// flat form).
  package let waiverQualifiers: [Range<Int>?]

  /// Flattens what can be flattened of the service's conditions, `when`s and waiver
  /// qualifier; `facts` tells which slots are input facts and their types.
  package init(
    conditions: [CompiledExpression], whens: [CompiledExpression?], waiverQualifiers: [CompiledExpression?],
    facts: [FactDefinition]
  ) {
    var steps: [Step] = []
    func flatten(_ expression: CompiledExpression?) -> Range<Int>? {
      guard let expression else { return nil }
      let start = steps.count
      guard Self.flatten(expression, facts: facts, into: &steps), steps.count - start <= Self.maxSteps else {
        steps.removeSubrange(start...)
        return nil
      }
      return start..<steps.count
    }
    self.conditions = conditions.map(flatten)
    self.whens = whens.map(flatten)
    self.waiverQualifiers = waiverQualifiers.map(flatten)
    self.steps = steps
  }

  /// Appends `expression`'s steps in postfix order; false when it has no flat form (some
  /// steps may then have been appended).
  private static func flatten(_ expression: CompiledExpression, facts: [FactDefinition], into steps: inout [Step])
    -> Bool
  {
    func input(_ slot: Int) -> FactDefinition? {
      slot < facts.count && facts[slot].isInput ? facts[slot] : nil
    }
    // A slot is below the number of facts, which a rule file of at most 4 MiB keeps far
    // below `Int32.max`.
    switch expression {
    case .and(let operands), .or(let operands):
      let connective: Step
      if case .and = expression { connective = Step.and } else { connective = Step.or }
      for (index, operand) in operands.enumerated() {
        guard flatten(operand, facts: facts, into: &steps) else { return false }
        if index > 0 { steps.append(connective) }
      }
    case .not(let operand):
      guard flatten(operand, facts: facts, into: &steps) else { return false }
      steps.append(Step.not)
    case .fact(let slot):
      guard let fact = input(slot), case .bool = fact.type else { return false }
      steps.append(.bool(slot: Int32(slot), value: true))
    case .compare(let op, .fact(let slot), .constant(let constant)):
      guard let fact = input(slot) else { return false }
      switch (fact.type, constant) {
      case (.number, .number(let number)):
        steps.append(.number(slot: Int32(slot), op, number))
      case (.options(let set), .option(let index)) where set.options.count <= 64 && (op == .equal || op == .notEqual):
        let bit: UInt64 = 1 << UInt64(index)
        steps.append(.option(slot: Int32(slot), options: op == .equal ? bit : ~bit))
      case (.bool, .bool(let value)) where op == .equal || op == .notEqual:
        steps.append(.bool(slot: Int32(slot), value: value == (op == .equal)))
      default: return false
      }
    case .member(.fact(let slot), let set, let negated):
      guard let fact = input(slot), case .options(let options) = fact.type, options.options.count <= 64 else {
        return false
      }
      var bits: UInt64 = 0
      for value in set {
        guard case .option(let index) = value else { return false }
        bits |= 1 << UInt64(index)
      }
      steps.append(.option(slot: Int32(slot), options: negated ? ~bits : bits))
    case .atLeast(let count, let operands):
      for operand in operands {
        guard flatten(operand, facts: facts, into: &steps) else { return false }
      }
      steps.append(.atLeast(count, of: operands.count))
    case .compare(let op, let a, let b):
      guard let step = dateStep(op, a, b, facts: facts) ?? dateStep(op.mirrored, b, a, facts: facts) else {
        return false
      }
      steps.append(step)
    default: return false
    }
    return true
  }
}

extension FlatTests {
  /// The one step of a date comparison, `fact [± period] op today|date` or `days|months|
  /// years(fact, today) op n`, or nil when it has another shape (or its numbers do not fit
  /// 32 bits).
  fileprivate static func dateStep(
    _ op: ComparisonOperator, _ a: CompiledExpression, _ b: CompiledExpression, facts: [FactDefinition]
  ) -> Step? {
    func dateFact(_ slot: Int) -> Int32? {
      guard slot < facts.count, facts[slot].isInput, case .date = facts[slot].type else { return nil }
      return Int32(slot)
    }
    switch (a, b) {
    case (.between(let unit, .fact(let slot), .today), .constant(.number(let number))):
      guard let slot = dateFact(slot), number.scale == 0, let whole = Int32(exactly: number.significand) else {
        return nil
      }
      return .date(.between, slot: slot, op, unit: unit, constantDate: false, high: whole, low: 0)
    case (.fact(let slot), _), (.shift(.fact(let slot), _), _):
      guard let slot = dateFact(slot) else { return nil }
      var period = DatePeriod(.days, 0)
      if case .shift(_, let periods) = a {
        guard periods.count == 1 else { return nil }
        period = periods[0]
      }
      guard let count = Int32(exactly: period.count) else { return nil }
      switch b {
      case .today:
        return .date(.date, slot: slot, op, unit: period.unit, constantDate: false, high: count, low: 0)
      case .constant(.date(let date)):
        guard let day = Int32(exactly: date.dayNumber) else { return nil }
        return .date(.date, slot: slot, op, unit: period.unit, constantDate: true, high: count, low: day)
      default: return nil
      }
    default: return nil
    }
  }
}

extension ComparisonOperator {
  /// The operator with its sides swapped: `a < b` is `b > a`.
  var mirrored: ComparisonOperator {
    switch self {
    case .less: .greater
    case .lessEqual: .greaterEqual
    case .greater: .less
    case .greaterEqual: .lessEqual
    case .equal, .notEqual: self
    }
  }
}
