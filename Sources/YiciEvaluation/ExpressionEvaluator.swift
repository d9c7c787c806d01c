import YiciCalendar
import YiciSemantics

/// Evaluates compiled expressions over one application's fact values, with Yici's
/// three-valued logic: `Evaluator` uses it for every condition, and tools (the REPL's
/// `:eval`) use it for ad-hoc expressions.
package struct ExpressionEvaluator: Sendable {
  /// The application's input facts by slot, read in place (never copied per decision).
  private let inputs: [Value?]
  /// Derived facts' results by slot, computed in dependency order; empty when the service
  /// derives nothing, and nil at input slots.
  private var derived: [EvaluationResult?]
  /// The service, for `committed(…)`: whose conditions and materials the application's
  /// commitments are.
  private let service: CompiledService
  /// The conditions whose 告知承诺 the applicant signs, by slot.
  private let committedConditions: [Bool]
  /// What the application says of each material (`.committed` among it), by slot.
  private let materials: [BoundApplication.MaterialFlags]
  /// The application's date, what `today` reads.
  private let date: CivilDate

  /// Binds an application's facts to a service's slots and computes its derived facts.
  package init(service: CompiledService, application: BoundApplication) {
    inputs = application.facts
    derived = []
    self.service = service
    committedConditions = application.committedConditions
    materials = application.materials
    date = application.date
    guard !service.derivedOrder.isEmpty else { return }
    // Derived slots read as unknown until computed, whatever the application put there.
    derived = service.facts.map { $0.derivation == nil ? nil : .unknown }
    for slot in service.derivedOrder {
      if let derivation = service.facts[slot].derivation { derived[slot] = evaluate(derivation) }
    }
  }

  /// A fact's result: its value as told (or unknown), or as derived.
  package func fact(_ slot: Int) -> EvaluationResult {
    if !derived.isEmpty, let result = derived[slot] { return result }
    guard slot < inputs.count, let value = inputs[slot] else { return .unknown }
    return .value(value)
  }

  /// An input fact's value, or nil when the slot is derived (read through `fact`) or out
  /// of range; the fast paths of `truth` use it.
  @inline(__always)
  private func input(_ slot: Int) -> Value?? {
    if !derived.isEmpty, case .some = derived[slot] { return nil }
    return slot < inputs.count ? .some(inputs[slot]) : nil
  }

  /// The value of an expression: a value, unknown, or an error (never read as false).
  package func evaluate(_ expression: CompiledExpression) -> EvaluationResult {
    switch expression {
    case .constant(let value): return .value(value)
    case .fact(let slot): return fact(slot)
    case .known(let slot):
      if case .unknown = fact(slot) { return .value(.bool(false)) }
      return .value(.bool(true))
    case .committed(let item): return .value(.bool(committed(item)))
    case .not(let operand): return (!truth(operand)).result
    case .and(let operands): return conjunction(operands).result
    case .or(let operands): return disjunction(operands).result
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
    case .arithmetic(let first, let terms):
      var result = evaluate(first)
      for term in terms { result = arithmetic(term.op, result, evaluate(term.operand)) }
      return result
    case .negate(let operand):
      switch evaluate(operand) {
      case .value(.number(let x)): return x.negated.map { .value(.number($0)) } ?? .error("\(x) cannot be negated")
      case .value: return .error("'-' on a value that is not a number")
      case let other: return other
      }
    case .today: return .value(.date(date))
    case .shift(let operand, let periods): return shift(evaluate(operand), by: periods)
    case .between(let unit, let start, let end):
      switch (evaluate(start), evaluate(end)) {
      case (.error(let message), _), (_, .error(let message)): return .error(message)
      case (.unknown, _), (_, .unknown): return .unknown
      case (.value(.date(let a)), .value(.date(let b))):
        return .value(.number(ExactDecimal(DatePeriod.whole(unit, from: a, to: b))))
      default: return .error("\(unit.rawValue)(…) of a value that is not a date")
      }
    case .atLeast(let count, let operands): return atLeast(count, of: operands).result
    case .validIdentifier(let check, let text):
      switch evaluate(text) {
      case .value(.text(let value)): return .value(.bool(check.accepts(value)))
      case .value: return .error("valid \(check.rawValue)(…) of a value that is not a text")
      case let other: return other
      }
    case .matches(let text, let pattern):
      switch evaluate(text) {
      case .value(.text(let value)): return .value(.bool(pattern.matches(value)))
      case .value: return .error("matches on a value that is not a text")
      case let other: return other
      }
    case .length(let text):
      switch evaluate(text) {
      case .value(.text(let value)): return .value(.number(ExactDecimal(value.unicodeScalars.count)))
      case .value: return .error("length(…) of a value that is not a text")
      case let other: return other
      }
    case .includes(let operand, let mask):
      switch evaluate(operand) {
      case .value(.choices(let bits)): return .value(.bool(bits & mask != 0))
      case .value: return .error("contains on a value that is not a multi-select fact's")
      case let other: return other
      }
    case .countChosen(let operand):
      switch evaluate(operand) {
      case .value(.choices(let bits)): return .value(.number(ExactDecimal(bits.nonzeroBitCount)))
      case .value: return .error("count(…) of a value that is not a multi-select fact's")
      case let other: return other
      }
    case .provided(let id):
      let provided = service.materialSlots[id].map { $0 < materials.count && materials[$0].contains(.provided) }
      return .value(.bool(provided ?? false))
    }
  }

  /// A date shifted by periods, in order; an error when it leaves years 0000...9999.
  private func shift(_ start: EvaluationResult, by periods: [DatePeriod]) -> EvaluationResult {
    guard case .value(.date(var date)) = start else {
      if case .value = start { return .error("a period added to a value that is not a date") }
      return start
    }
    for period in periods {
      guard let next = period.applied(to: date) else {
        let sign = period.count < 0 ? "-" : "+"
        return .error("\(date) \(sign) \(abs(period.count)) \(period.unit.rawValue) is outside years 0000–9999")
      }
      date = next
    }
    return .value(.date(date))
  }

  /// Whether at least `count` operands hold: true once `count` do, false once too few are
  /// left that may, else the first error, else unknown.
  private func atLeast(_ count: Int, of operands: [CompiledExpression]) -> Truth {
    var holding = 0
    var possible = operands.count
    var error: Truth?
    for operand in operands {
      let truth = truth(operand)
      switch truth {
      case .true: holding += 1
      case .false: possible -= 1
      case .unknown: break
      case .error: if error == nil { error = truth }
      }
      if holding >= count { return .true }
      if possible < count { return .false }
    }
    return error ?? .unknown
  }

  /// The input facts (slots, in order of first use) that an unknown expression still needs,
  /// found by following only the sub-expressions that are themselves unknown: in `a and b`
  /// with `a` false nothing is needed; through derived facts to the inputs they read.
  package func unknownInputs(_ expression: CompiledExpression, in service: CompiledService) -> [Int] {
    // An explicit work list (in source order) and a set of derived facts already followed,
    // so the walk is linear in the program's size however the derived facts share.
    var needed: [Int] = []
    var neededSet = Set<Int>()
    var followed = Set<Int>()
    var pending: [CompiledExpression] = [expression]
    while let next = pending.popLast() {
      guard evaluate(next) == .unknown else { continue }
      switch next {
      case .fact(let slot), .known(let slot):
        if let derivation = service.facts[slot].derivation {
          if followed.insert(slot).inserted { pending.append(derivation) }
        } else if neededSet.insert(slot).inserted {
          needed.append(slot)
        }
      default:
        pending.append(contentsOf: next.operands.reversed())
      }
    }
    return needed
  }

  /// The three-valued truth of a yes/no expression: the same as `evaluate(_:).truth`, with
  /// the common shapes (a fact against a constant, `in`, `and`/`or`/`not`) decided without
  /// boxing every intermediate value.
  func truth(_ expression: CompiledExpression) -> Truth {
    switch expression {
    case .and(let operands): return conjunction(operands)
    case .or(let operands): return disjunction(operands)
    case .not(let operand): return !truth(operand)
    case .fact(let slot):
      switch input(slot) {
      case .some(.bool(let value)): return value ? .true : .false
      case .some(nil): return .unknown
      default: break
      }
    case .compare(let op, .fact(let slot), .constant(let constant)):
      switch (input(slot), constant) {
      case (.some(.number(let x)), .number(let y)):
        return Self.holds(op, order: ExactDecimal.order(x, y)) ? .true : .false
      case (.some(.option(let x)), .option(let y)) where op == .equal || op == .notEqual:
        return (x == y) == (op == .equal) ? .true : .false
      case (.some(nil), _): return .unknown
      default: break
      }
    case .member(.fact(let slot), let set, let negated):
      switch input(slot) {
      case .some(.some(let value)): return set.contains(value) != negated ? .true : .false
      case .some(nil): return .unknown
      default: break
      }
    case .includes(.fact(let slot), let mask):
      switch input(slot) {
      case .some(.choices(let bits)): return bits & mask != 0 ? .true : .false
      case .some(nil): return .unknown
      default: break
      }
    default: break
    }
    return evaluate(expression).truth
  }

  /// `a and b and …`, left to right: the first false ends it.
  private func conjunction(_ operands: [CompiledExpression]) -> Truth {
    var result = Truth.true
    for operand in operands {
      result = result && truth(operand)
      if result == .false { break }
    }
    return result
  }

  /// `a or b or …`, left to right: the first true ends it.
  private func disjunction(_ operands: [CompiledExpression]) -> Truth {
    var result = Truth.false
    for operand in operands {
      result = result || truth(operand)
      if result == .true { break }
    }
    return result
  }

  /// One step of an arithmetic chain: errors first, then unknown, then the number.
  private func arithmetic(_ op: ArithmeticOperator, _ a: EvaluationResult, _ b: EvaluationResult)
    -> EvaluationResult
  {
    switch (a, b) {
    case (.error(let message), _), (_, .error(let message)): return .error(message)
    case (.unknown, _), (_, .unknown): return .unknown
    case (.value(.number(let x)), .value(.number(let y))):
      let result: ExactDecimal? =
        switch op {
        case .plus: x.adding(y)
        case .minus: x.subtracting(y)
        case .times: x.multiplying(by: y)
        case .divide: x.dividing(by: y)
        }
      if op == .divide, y.significand == 0 { return .error("\(x) / \(y): division by zero") }
      return result.map { .value(.number($0)) } ?? .error("the result of \(x) \(op.rawValue) \(y) is too large")
    default: return .error("arithmetic on a value that is not a number")
    }
  }

  /// Whether `op` holds between two values whose order is `order` (-1, 0, 1).
  static func holds(_ op: ComparisonOperator, order: Int) -> Bool {
    switch op {
    case .equal: order == 0
    case .notEqual: order != 0
    case .less: order < 0
    case .lessEqual: order <= 0
    case .greater: order > 0
    case .greaterEqual: order >= 0
    }
  }

  private func compare(_ op: ComparisonOperator, _ x: Value, _ y: Value) -> EvaluationResult {
    let order: Int
    switch (x, y) {
    case (.number(let a), .number(let b)): order = ExactDecimal.order(a, b)
    case (.date(let a), .date(let b)): order = a < b ? -1 : (a == b ? 0 : 1)
    default:
      let equal = x == y
      switch op {
      case .equal: return .value(.bool(equal))
      case .notEqual: return .value(.bool(!equal))
      default: return .error("cannot order \(x) and \(y)")
      }
    }
    return .value(.bool(Self.holds(op, order: order)))
  }
}

extension ExpressionEvaluator {
  /// The truth of a flat test (`FlatTests`) over the application's input facts, or nil
  /// when a fact holds a value of another kind than the test reads: the tree walk then
  /// decides, and words the error.
  func truth(_ tests: FlatTests, _ test: Range<Int>) -> Trit? {
    tests.truth(test, inputs: inputs.span, today: date.dayNumber)
  }
}

extension ExpressionEvaluator {
  /// Whether the application signs the 告知承诺 of a condition or a material: always known
  /// (a commitment not listed is not signed).
  func committed(_ item: CommitmentItem) -> Bool {
    switch item {
    case .condition(let id):
      return service.conditionSlots[id].map { $0 < committedConditions.count && committedConditions[$0] } ?? false
    case .material(let id):
      return service.materialSlots[id].map { $0 < materials.count && materials[$0].contains(.committed) } ?? false
    }
  }
}
