import YiciCalendar
import YiciSemantics

extension FlatTests {
  /// The truth of the flat test `test` over an application's input facts, or nil when a
  /// fact holds a value of another kind than the test reads: the tree walk then decides,
  /// and words the error. The connectives are `Trit`'s, the tree walk's own, and a number
  /// step holds for the orders the evaluator's comparison says.
  func truth(_ test: Range<Int>, inputs: Span<Value?>, today: Int) -> Trit? {
    // Three values in two bits (a `Trit`'s raw value; a leaf is never an error), on a
    // stack held in one word: a flat test has at most `FlatTests.maxSteps` steps, so it
    // never overflows.
    var stack: UInt64 = 0
    for index in test {
      let step = steps[index]
      switch step.kind {
      case .not:
        stack = stack & ~3 | UInt64(Trit(bits: stack).negated.rawValue)
      case .and, .or:
        let b = Trit(bits: stack)
        stack >>= 2
        let a = Trit(bits: stack)
        let result = step.kind == .and ? Trit.and(a, b) : Trit.or(a, b)
        stack = stack & ~3 | UInt64(result.rawValue)
      case .number, .option, .bool:
        guard let value = Self.leaf(step, inputs) else { return nil }
        stack = stack << 2 | UInt64(value.rawValue)
      case .date, .between, .atLeast:
        guard let next = Self.dateOrCount(step, stack: stack, inputs, today: today) else { return nil }
        stack = next
      }
    }
    return Trit(bits: stack)
  }

  /// A fact test's three-valued result; nil when the fact's value is of another kind. Flat
  /// tests read input slots only, so the input values are read directly.
  @inline(__always)
  private static func leaf(_ step: Step, _ inputs: Span<Value?>) -> Trit? {
    let slot = Int(step.slot)
    guard slot < inputs.count else { return nil }
    switch step.kind {
    case .number:
      guard case .number(let x)? = inputs[slot] else { return inputs[slot] == nil ? .unknown : nil }
      // The same scale (the common case) compares the significands; else `order` aligns them.
      let constant = Int64(bitPattern: step.operand)
      let order =
        x.scale == step.scale
        ? (x.significand < constant ? 0 : x.significand == constant ? 1 : 2)
        : ExactDecimal.order(x, ExactDecimal(significand: constant, scale: step.scale)) + 1
      return Trit(step.orders & 1 << UInt8(order) != 0)
    case .option:
      guard case .option(let index)? = inputs[slot] else { return inputs[slot] == nil ? .unknown : nil }
      return Trit(index < 64 && step.operand & (1 << UInt64(index)) != 0)
    case .bool:
      guard case .bool(let value)? = inputs[slot] else { return inputs[slot] == nil ? .unknown : nil }
      return Trit(value == (step.operand != 0))
    case .not, .and, .or, .date, .between, .atLeast:
      return nil
    }
  }

  /// The stack after a date or a counting step (`at least n of`); nil when a date fact
  /// holds another kind of value or a shifted date leaves years 0000...9999 (the tree walk
  /// words the error). Out of the loop's line, so the steps most rules are made of keep
  /// their tight path.
  @inline(never)
  private static func dateOrCount(_ step: Step, stack: UInt64, _ inputs: Span<Value?>, today: Int) -> UInt64? {
    guard step.kind != .atLeast else {
      // The items' results are the top `operand` entries; none is an error (leaves never
      // are, and the connectives keep it so).
      var stack = stack
      var holding = 0
      var possible = Int(step.operand)
      for _ in 0..<step.operand {
        let item = Trit(bits: stack)
        stack >>= 2
        if item == .true { holding += 1 } else if item == .false { possible -= 1 }
      }
      let count = Int(step.slot)
      let result: Trit = holding >= count ? .true : possible < count ? .false : .unknown
      return stack << 2 | UInt64(result.rawValue)
    }
    let slot = Int(step.slot)
    guard slot < inputs.count else { return nil }
    guard case .date(let date)? = inputs[slot] else {
      return inputs[slot] == nil ? stack << 2 | UInt64(Trit.unknown.rawValue) : nil
    }
    let unit: DatePeriod.Unit =
      switch step.scale & 3 {
      case 0: .years
      case 1: .months
      default: .days
      }
    let high = Int(Int32(truncatingIfNeeded: step.operand >> 32))
    let order: Int
    if step.kind == .between {
      let whole = DatePeriod.whole(unit, from: date, to: CivilDate(dayNumber: today))
      order = whole < high ? 0 : whole == high ? 1 : 2
    } else {
      guard let shifted = DatePeriod(unit, high).applied(to: date) else { return nil }
      let target = step.scale & 16 != 0 ? Int(Int32(truncatingIfNeeded: step.operand)) : today
      order = shifted.dayNumber < target ? 0 : shifted.dayNumber == target ? 1 : 2
    }
    return stack << 2 | UInt64(Trit(step.orders & 1 << UInt8(order) != 0).rawValue)
  }
}
