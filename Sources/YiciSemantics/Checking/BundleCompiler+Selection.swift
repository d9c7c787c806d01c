// A member that can never be selected (E0224): what selects it is false whatever the
// applicant answers. The checker tries every combination of the situations' options (the
// answers that select members) and, for each, asks whether the selection is false already
// with those answers alone, every other fact unknown.

extension BundleCompiler {
  /// Whether `selection` is false for every combination of the situations' options (at most
  /// `combinationsTried` of them; more are not tried, and the member is taken as selectable).
  static func neverHolds(_ selection: CompiledExpression, situations: [(slot: Int, options: Int)]) -> Bool {
    let combinations = situations.reduce(1) { $0 * max(1, $1.options) }
    guard combinations <= combinationsTried else { return selection.constantBool == false }
    for combination in 0..<combinations {
      var fixed: [Int: Value] = [:]
      var rest = combination
      for situation in situations where situation.options > 0 {
        fixed[situation.slot] = .option(rest % situation.options)
        rest /= situation.options
      }
      if falsity(selection, fixed) != true { return false }
    }
    return true
  }

  static let combinationsTried = 1_024

  /// True when the expression is surely false with the `fixed` facts, false when surely true,
  /// nil when it depends on facts not fixed (or on what this does not follow).
  private static func falsity(_ expression: CompiledExpression, _ fixed: [Int: Value]) -> Bool? {
    switch expression {
    case .constant(.bool(let value)): return !value
    case .fact(let slot):
      if case .bool(let value) = fixed[slot] { return !value }
      return nil
    case .not(let operand): return falsity(operand, fixed).map { !$0 }
    case .and(let operands):
      let values = operands.map { falsity($0, fixed) }
      if values.contains(true) { return true }
      return values.allSatisfy { $0 == false } ? false : nil
    case .or(let operands):
      let values = operands.map { falsity($0, fixed) }
      if values.contains(false) { return false }
      return values.allSatisfy { $0 == true } ? true : nil
    case .member(.fact(let slot), let set, let negated):
      guard let value = fixed[slot] else { return nil }
      return set.contains(value) == negated
    case .compare(let op, .fact(let slot), .constant(let constant)),
      .compare(let op, .constant(let constant), .fact(let slot)):
      guard let value = fixed[slot], op == .equal || op == .notEqual else { return nil }
      return (value == constant) != (op == .equal)
    default: return nil
    }
  }
}
