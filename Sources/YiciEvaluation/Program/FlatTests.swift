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
      var orders: UInt8 = 0
      for (bit, order) in [-1, 0, 1].enumerated() where ExpressionEvaluator.holds(op, order: order) {
        orders |= 1 << UInt8(bit)
      }
      return Step(
        .number, slot: slot, operand: UInt64(bitPattern: constant.significand), orders: orders, scale: constant.scale)
    }

    /// Whether the option fact in `slot` holds one of the options whose bits are set.
    static func option(slot: Int32, options: UInt64) -> Step { Step(.option, slot: slot, operand: options) }

    /// Whether the yes/no fact in `slot` is `value`.
    static func bool(slot: Int32, value: Bool) -> Step { Step(.bool, slot: slot, operand: value ? 1 : 0) }

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
    default: return false
    }
    return true
  }
}
