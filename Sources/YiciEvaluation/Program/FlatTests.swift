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
  /// One step of a test: a fact read against constants, or a connective.
  package enum Step: Sendable, Equatable {
    /// The number fact in `slot` compared with a constant.
    case number(slot: Int, ComparisonOperator, ExactDecimal)
    /// Whether the option fact in `slot` holds an option whose bit is set in `options`.
    case option(slot: Int, options: UInt64)
    /// Whether the yes/no fact in `slot` is `value`.
    case bool(slot: Int, value: Bool)
    /// The connectives, over the one or two results before them.
    case not, and, or
  }

  /// The most steps a flat test has (its evaluation keeps its stack in one word).
  package static let maxSteps = 32

  /// Every test's steps end to end; a test is a range of them.
  package let steps: [Step]
  /// Each condition's test, by condition slot (nil: no flat form).
  package let conditions: [Range<Int>?]
  /// Each material's `when`, by material slot (nil: none, or no flat form).
  package let whens: [Range<Int>?]
  /// The waiver policy's `only if` (nil: none, or no flat form).
  package let waiverQualifier: Range<Int>?

  /// Flattens what can be flattened of the service's conditions, `when`s and waiver
  /// qualifier; `facts` tells which slots are input facts and their types.
  package init(
    conditions: [CompiledExpression], whens: [CompiledExpression?], waiverQualifier: CompiledExpression?,
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
    self.waiverQualifier = flatten(waiverQualifier)
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
    switch expression {
    case .and(let operands), .or(let operands):
      let connective: Step
      if case .and = expression { connective = .and } else { connective = .or }
      for (index, operand) in operands.enumerated() {
        guard flatten(operand, facts: facts, into: &steps) else { return false }
        if index > 0 { steps.append(connective) }
      }
    case .not(let operand):
      guard flatten(operand, facts: facts, into: &steps) else { return false }
      steps.append(.not)
    case .fact(let slot):
      guard let fact = input(slot), case .bool = fact.type else { return false }
      steps.append(.bool(slot: slot, value: true))
    case .compare(let op, .fact(let slot), .constant(let constant)):
      guard let fact = input(slot) else { return false }
      switch (fact.type, constant) {
      case (.number, .number(let number)):
        steps.append(.number(slot: slot, op, number))
      case (.options(let set), .option(let index)) where set.options.count <= 64 && (op == .equal || op == .notEqual):
        let bit: UInt64 = 1 << UInt64(index)
        steps.append(.option(slot: slot, options: op == .equal ? bit : ~bit))
      case (.bool, .bool(let value)) where op == .equal || op == .notEqual:
        steps.append(.bool(slot: slot, value: value == (op == .equal)))
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
      steps.append(.option(slot: slot, options: negated ? ~bits : bits))
    default: return false
    }
    return true
  }
}
