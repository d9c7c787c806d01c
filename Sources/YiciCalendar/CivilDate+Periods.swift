// Calendar periods on civil dates: months and years added by the month-end rule of
// 《中华人民共和国民法典》第二百零二条, and the whole periods between two dates.
//
// The rule: a date plus n months is the same day of the month n months later; when that
// month is shorter (2025-01-31 + 1 month), it is the month's last day (2025-02-28). A year
// is twelve months, so 2024-02-29 + 1 year is 2025-02-28. The whole months from a to b are
// the most n with a + n months <= b, so a period is complete on its corresponding day
// (对应日): from 2025-01-31, one month is complete on 2025-02-28.

extension CivilDate {
  /// The date `months` months later (earlier if negative), on the same day of the month or,
  /// when the target month is shorter, on its last day; nil outside years 0000...9999.
  public func adding(months: Int) -> CivilDate? {
    let (quotient, remainder) = (month - 1 + months).quotientAndRemainder(dividingBy: 12)
    let carry = remainder < 0 ? quotient - 1 : quotient
    let targetMonth = (remainder + 12) % 12 + 1
    let (targetYear, overflow) = year.addingReportingOverflow(carry)
    guard !overflow, Self.supportedYears.contains(targetYear) else { return nil }
    return CivilDate(
      year: targetYear, month: targetMonth, day: min(day, Self.daysInMonth(year: targetYear, month: targetMonth)))
  }

  /// The date `years` years later (earlier if negative): twelve months a year, so a 29
  /// February lands on 28 February in a common year; nil outside years 0000...9999.
  public func adding(years: Int) -> CivilDate? {
    let (months, overflow) = years.multipliedReportingOverflow(by: 12)
    return overflow ? nil : adding(months: months)
  }

  /// The date `days` days later (earlier if negative), or nil outside years 0000...9999.
  public func addingChecked(days: Int) -> CivilDate? {
    let (target, overflow) = dayNumber.addingReportingOverflow(days)
    guard !overflow, Self.supportedDayNumbers.contains(target) else { return nil }
    return CivilDate(dayNumber: target)
  }

  /// The whole months from `start` to `end`: the most n with `start + n months <= end`, and
  /// minus the whole months from `end` to `start` when `end` is earlier.
  public static func wholeMonths(from start: CivilDate, to end: CivilDate) -> Int {
    if end < start { return -wholeMonths(from: end, to: start) }
    var months = (end.year - start.year) * 12 + (end.month - start.month)
    // `start + months` is in end's month; one fewer when it falls after `end`.
    if let shifted = start.adding(months: months), end < shifted { months -= 1 }
    return months
  }

  /// The whole years from `start` to `end` (周岁 from a birth date): the whole months
  /// divided by twelve, toward zero.
  public static func wholeYears(from start: CivilDate, to end: CivilDate) -> Int {
    wholeMonths(from: start, to: end) / 12
  }

  /// The days from `start` to `end` (negative when `end` is earlier).
  public static func days(from start: CivilDate, to end: CivilDate) -> Int {
    end.dayNumber - start.dayNumber
  }
}
