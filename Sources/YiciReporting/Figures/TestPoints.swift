import YiciCalendar
import YiciSemantics

/// The values worth trying for each input fact when a report asks what the rules can
/// require: every value of a yes/no or options fact (of a multi-select one: none, each
/// option alone, and all), and for numbers, dates and texts each
/// constant the expressions compare the fact with, with a value just below and just above
/// it (a number ± 1, a date ± 1 day), so every side of every comparison is tried.
///
/// A fact compared only inside arithmetic (`a + b > 10`) takes the constants of its kind
/// from all the expressions; one compared with nothing takes no value and stays unknown.
struct TestPoints {
  /// Constants each fact slot is compared with directly (`fact op constant`, `fact in (…)`).
  private var direct: [Int: Set<Value>] = [:]
  /// Every constant of the expressions, by kind, for facts compared only indirectly.
  private var numbers = Set<ExactDecimal>()
  private var dates = Set<CivilDate>()
  private var texts = Set<String>()

  /// The report's date, what `today` reads.
  private let today: CivilDate

  /// Collects the constants of the expressions; `today` is the date they are read on.
  init(_ expressions: [CompiledExpression], today: CivilDate) {
    self.today = today
    for expression in expressions { collect(expression) }
  }

  /// The values to try for a fact; empty when it is compared with no constant.
  func values(of fact: FactDefinition, slot: Int) -> [Value] {
    switch fact.type {
    case .bool: return [.bool(false), .bool(true)]
    case .options(let set): return set.options.indices.map { .option($0) }
    case .choices(let set):
      // None, each option alone, and all of them.
      let all: UInt64 = set.options.count >= 64 ? ~0 : (1 << UInt64(set.options.count)) - 1
      return [.choices(0)] + set.options.indices.map { .choices(1 << UInt64($0)) } + [.choices(all)]
    case .number:
      let constants = direct[slot].map { Set($0.compactMap(\.number)) } ?? numbers
      return Self.around(constants.sorted()) {
        $0.subtracting(ExactDecimal(1))
      } up: {
        $0.adding(ExactDecimal(1))
      }
      .map { .number($0) }
    case .date:
      let constants = direct[slot].map { Set($0.compactMap(\.date)) } ?? dates
      return Self.around(constants.sorted()) {
        $0.nextDay(-1)
      } up: {
        $0.nextDay(1)
      }.map { .date($0) }
    case .text:
      let constants = direct[slot].map { Set($0.compactMap(\.text)) } ?? texts
      guard !constants.isEmpty else { return [] }
      // One text none of the constants is, so `!=` and `not in` are tried too.
      let other = String(repeating: "_", count: (constants.map(\.count).max() ?? 0) + 1)
      return (constants.sorted() + [other]).map { .text($0) }
    }
  }

  /// Each constant, with its neighbours below and above (those that can be computed).
  private static func around<T: Hashable & Comparable>(
    _ constants: [T], down: (T) -> T?, up: (T) -> T?
  ) -> [T] {
    var seen = Set<T>()
    var values: [T] = []
    for constant in constants {
      for value in [down(constant), constant, up(constant)] {
        if let value, seen.insert(value).inserted { values.append(value) }
      }
    }
    return values.sorted()
  }

  private mutating func collect(_ expression: CompiledExpression) {
    switch expression {
    case .constant(let value): note(value)
    case .compare(_, .fact(let slot), .constant(let value)), .compare(_, .constant(let value), .fact(let slot)):
      direct[slot, default: []].insert(value)
      note(value)
    case .member(.fact(let slot), let set, _):
      direct[slot, default: []].formUnion(set)
      for value in set { note(value) }
    case .member(let element, let set, _):
      for value in set { note(value) }
      collect(element)
    case .compare(_, let a, let b) where dateBound(a, b) != nil || dateBound(b, a) != nil:
      // `birth + 1 month <= today`: the birth dates around today − 1 month.
      if let (slot, date) = dateBound(a, b) ?? dateBound(b, a) {
        direct[slot, default: []].insert(.date(date))
        note(.date(date))
      }
    case .today: note(.date(today))
    default:
      for operand in expression.operands { collect(operand) }
    }
  }

  /// The date a date fact is compared with when `fact [± periods]` or `years|months|
  /// days(fact, today)` is compared with `other` (`today`, a date, or a number of periods):
  /// the periods taken back off it.
  private func dateBound(_ side: CompiledExpression, _ other: CompiledExpression) -> (slot: Int, date: CivilDate)? {
    switch (side, other) {
    case (.between(let unit, .fact(let slot), .today), .constant(.number(let number))):
      guard number.scale == 0, let count = Int(exactly: number.significand) else { return nil }
      return DatePeriod(unit, -count).applied(to: today).map { (slot, $0) }
    case (.fact(let slot), _), (.shift(.fact(let slot), _), _):
      var periods: [DatePeriod] = []
      if case .shift(_, let shift) = side { periods = shift }
      var date: CivilDate
      switch other {
      case .today: date = today
      case .constant(.date(let constant)): date = constant
      default: return nil
      }
      for period in periods.reversed() {
        guard let back = DatePeriod(period.unit, -period.count).applied(to: date) else { return nil }
        date = back
      }
      return (slot, date)
    default: return nil
    }
  }

  private mutating func note(_ value: Value) {
    switch value {
    case .number(let number): numbers.insert(number)
    case .date(let date): dates.insert(date)
    case .text(let text): texts.insert(text)
    case .bool, .option, .choices: break
    }
  }
}

extension Value {
  fileprivate var number: ExactDecimal? { if case .number(let x) = self { x } else { nil } }
  fileprivate var date: CivilDate? { if case .date(let x) = self { x } else { nil } }
  fileprivate var text: String? { if case .text(let x) = self { x } else { nil } }
}

extension CivilDate {
  /// The day `step` days away, if the calendar's range has it.
  fileprivate func nextDay(_ step: Int) -> CivilDate? {
    CivilDate.supportedDayNumbers.contains(dayNumber + step) ? adding(days: step) : nil
  }
}
