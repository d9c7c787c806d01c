import YiciCalendar
import YiciSyntax

// Dates in expressions: the application's date, a date shifted by periods, the whole
// periods between two dates. A date and a bare number never add: the E0218 says which unit
// to write.

extension ServiceCompiler {
  /// The most years, months or days a period may have (ten thousand years of days): beyond
  /// it no date of 0000...9999 is left.
  static let largestPeriod = 3_652_425

  /// `date ± period ± period …`: the head must be a date and every term a period literal.
  mutating func typeCheckDateShift(_ head: Typed?, _ first: Expression, _ links: [Operation], in file: SourceFile)
    -> Typed?
  {
    var periods: [DatePeriod] = []
    var failed = head == nil
    if let head, head.type != .date {
      report(
        .dateArithmetic, "a period is added to a date, but \(file.text(in: first.range)) is \(head.type)", in: file,
        at: first.range, help: "write the date first, e.g. birth_date + 1 month")
      failed = true
    }
    for link in links {
      guard case .period(let value, let unit) = link.operand.kind else {
        failed = true
        reportNotAPeriod(link, after: first, in: file)
        continue
      }
      guard link.op != .times, link.op != .divide, let count = Int(value), count <= Self.largestPeriod else {
        report(
          .dateArithmetic,
          link.op == .times || link.op == .divide
            ? "a date cannot be multiplied or divided"
            : "a period is a whole number of \(unit.rawValue) up to \(Self.largestPeriod)",
          in: file, at: link.operand.range, help: "write e.g. birth_date + 18 years")
        failed = true
        continue
      }
      let periodUnit = DatePeriod.Unit(rawValue: unit.rawValue) ?? .days
      periods.append(DatePeriod(periodUnit, link.op == .minus ? -count : count))
    }
    guard !failed, let head else { return nil }
    return Typed(expression: .shift(head.expression, periods), type: .date)
  }

  /// The E0218 (or E0203) for a term after a date that is not a period.
  private mutating func reportNotAPeriod(_ link: Operation, after first: Expression, in file: SourceFile) {
    let operand = typeCheck(link.operand, in: file)
    let text = file.text(in: link.operand.range)
    switch operand?.type {
    case .number?:
      report(
        .dateArithmetic,
        "a date \(link.op == .minus ? "minus" : "plus") a number needs a unit: is \(text) days, months or years?",
        in: file, at: link.operand.range,
        help: "write \(file.text(in: first.range)) + \(text) days (or months, years; 日, 个月, 年)")
    case .date? where link.op == .minus:
      report(
        .dateArithmetic, "one date minus another is no date", in: file, at: link.operand.range,
        help:
          "the days from \(text) to \(file.text(in: first.range)) are days(\(text), \(file.text(in: first.range))); "
          + "whole months and years: months(…), years(…)")
    case let type?:
      report(
        .dateArithmetic, "a date \(link.op == .minus ? "minus" : "plus") \(type) is no date", in: file,
        at: link.operand.range, help: "add a period to a date, e.g. birth_date + 1 month")
    case nil: break
    }
  }

  /// `years(a, b)`, `months(a, b)`, `days(a, b)`: two dates, a whole number.
  mutating func typeCheckBetween(
    _ unit: PeriodUnit, _ start: Expression, _ end: Expression, range: SourceRange, in file: SourceFile
  ) -> Typed? {
    let from = typeCheck(start, in: file)
    let to = typeCheck(end, in: file)
    var failed = from == nil || to == nil
    for (side, typed) in [(start, from), (end, to)] {
      guard let typed, typed.type != .date else { continue }
      report(
        .typeMismatch,
        "\(unit.rawValue)(…) counts between two dates, but \(file.text(in: side.range)) is \(typed.type)",
        in: file, at: side.range, help: "write e.g. \(unit.rawValue)(birth_date, today)")
      failed = true
    }
    guard !failed, let from, let to else { return nil }
    let periodUnit = DatePeriod.Unit(rawValue: unit.rawValue) ?? .days
    return Typed(expression: .between(periodUnit, from.expression, to.expression), type: .number(unit: nil))
  }
}
