// Counting the days of a case clock: days of the limit's unit after acceptance, minus the
// days inside pauses. Each operation costs O(pauses), using the calendar's O(1) counts.

/// The counted days of one case clock on one day (the rule is documented on `CaseClock`).
struct CountedDays {
  let calendar: WorkingCalendar
  let acceptance: CivilDate
  let unit: DayUnit
  // INVARIANT: sorted, and no two intervals overlap or touch.
  /// Suspended day numbers.
  let suspended: [ClosedRange<Int>]
  /// Whether the acceptance day itself is counted (1) or not (0).
  let acceptanceCredit: Int

  init(
    calendar: WorkingCalendar, acceptance: CivilDate, unit: DayUnit, suspended: [ClosedRange<Int>],
    countsAcceptanceDay: Bool
  ) throws(CalendarError) {
    self.calendar = calendar
    self.acceptance = acceptance
    self.unit = unit
    self.suspended = suspended
    let acceptanceIsUnitDay = unit == .naturalDays ? true : try calendar.isWorkingDay(acceptance)
    let acceptanceIsSuspended = suspended.contains { $0.contains(acceptance.dayNumber) }
    acceptanceCredit = countsAcceptanceDay && acceptanceIsUnitDay && !acceptanceIsSuspended ? 1 : 0
  }

  /// Days of the unit after acceptance through `date`, paused or not, plus the credit.
  func elapsedDays(through date: CivilDate) throws(CalendarError) -> Int {
    guard date >= acceptance else { return 0 }
    return try calendar.count(unit, after: acceptance, through: date) + acceptanceCredit
  }

  /// Days counted through `date`: elapsed days minus those inside pauses.
  func countedDays(through date: CivilDate) throws(CalendarError) -> Int {
    guard date >= acceptance else { return 0 }
    var paused = 0
    for interval in suspended {
      let first = max(interval.lowerBound, acceptance.dayNumber + 1)
      let last = min(interval.upperBound, date.dayNumber)
      if first <= last {
        paused += try calendar.count(
          unit, in: CivilDate(dayNumber: first)...CivilDate(dayNumber: last))
      }
    }
    return try elapsedDays(through: date) - paused
  }

  /// The day on which `target` days have been counted; the acceptance date if `target` ≤ the
  /// acceptance credit.
  func dateOfCountedDay(_ target: Int) throws(CalendarError) -> CivilDate {
    var remaining = target - acceptanceCredit
    guard remaining > 0 else { return acceptance }
    var cursor = acceptance
    for interval in suspended where interval.upperBound > cursor.dayNumber {
      let pauseStart = max(interval.lowerBound, cursor.dayNumber + 1)
      let beforePause = try calendar.count(
        unit, after: cursor, through: CivilDate(dayNumber: pauseStart - 1))
      if beforePause >= remaining {
        return try calendar.adding(remaining, unit, to: cursor)
      }
      remaining -= beforePause
      cursor = CivilDate(dayNumber: interval.upperBound)
    }
    return try calendar.adding(remaining, unit, to: cursor)
  }
}
