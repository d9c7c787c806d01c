// Questions about single days and O(1) counting over the precomputed index.

extension WorkingCalendar {
  /// Whether `date` is a working day (a Monday–Friday not off, or a make-up working day).
  ///
  /// - Throws: `CalendarError.yearNotCovered` if the calendar has no data for the date's year.
  public func isWorkingDay(_ date: CivilDate) throws(CalendarError) -> Bool {
    _ = try coveredRun(of: date)
    return index.isWorkingDay(date.dayNumber)
  }

  /// What kind of day `date` is: working day, weekend, holiday (with its name) or make-up
  /// working day.
  ///
  /// - Throws: `CalendarError.yearNotCovered` if the calendar has no data for the date's year.
  public func dayKind(_ date: CivilDate) throws(CalendarError) -> DayKind {
    _ = try coveredRun(of: date)
    return knownDayKind(date)
  }

  /// The date `n` working days after `start`: the start day itself is not counted, counting
  /// begins the next day. `n == 0` returns `start` (even if it is not a working day).
  ///
  /// O(1): two table look-ups.
  ///
  /// - Throws: `CalendarError.negativeDayCount` if `n < 0`; `CalendarError.yearNotCovered` if
  ///   `start` is in an uncovered year, or if the result would lie past the covered years (the
  ///   error then names the first year that would be needed).
  public func addingWorkingDays(_ n: Int, to start: CivilDate) throws(CalendarError) -> CivilDate {
    guard n >= 0 else { throw .negativeDayCount(n) }
    let run = try coveredRun(of: start)
    guard n > 0 else { return start }
    return try addingWorkingDays(n, to: start, within: run)
  }

  /// The date `n` calendar days after `start` (before it if `n` is negative).
  ///
  /// - Throws: `CalendarError.yearNotCovered` if `start` or the result is in an uncovered year.
  public func addingNaturalDays(_ n: Int, to start: CivilDate) throws(CalendarError) -> CivilDate {
    _ = try coveredRun(of: start)
    let (result, overflow) = start.dayNumber.addingReportingOverflow(n)
    guard !overflow, index.run(containing: result) != nil else {
      throw notCovered(CivilDate.year(ofDayNumber: overflow ? (n > 0 ? Int.max : Int.min) : result))
    }
    return CivilDate(dayNumber: result)
  }

  /// The number of working days `d` with `start < d <= end`; 0 if `end <= start`.
  ///
  /// O(1): a difference of two prefix counts. `addingWorkingDays(n, to: s) == e` implies
  /// `workingDays(after: s, through: e) == n` for n ≥ 1.
  ///
  /// - Throws: `CalendarError.yearNotCovered` if either date is in an uncovered year, or an
  ///   uncovered year lies between them.
  public func workingDays(after start: CivilDate, through end: CivilDate) throws(CalendarError)
    -> Int
  {
    let run = try coveredRun(of: start)
    _ = try coveredRun(of: end)
    guard end > start else { return 0 }
    guard run.days.contains(end.dayNumber) else { throw notCovered(run.years.upperBound + 1) }
    return index.workingDays(through: end.dayNumber) - index.workingDays(through: start.dayNumber)
  }

  /// `date` if it is a working day, else the first working day after it.
  ///
  /// - Throws: `CalendarError.yearNotCovered` if `date` is in an uncovered year or no working
  ///   day follows it within the covered years.
  public func nextWorkingDay(onOrAfter date: CivilDate) throws(CalendarError) -> CivilDate {
    let run = try coveredRun(of: date)
    if index.isWorkingDay(date.dayNumber) { return date }
    return try addingWorkingDays(1, to: date, within: run)
  }

  /// The run of covered years containing `date`, or `yearNotCovered` naming its year.
  @inline(__always)
  func coveredRun(of date: CivilDate) throws(CalendarError) -> CoveredRun {
    guard let run = index.run(containing: date.dayNumber) else { throw notCovered(date.year) }
    return run
  }

  /// `addingWorkingDays` for `n >= 1` and a start already known to lie in `run`.
  @inline(__always)
  private func addingWorkingDays(_ n: Int, to start: CivilDate, within run: CoveredRun)
    throws(CalendarError) -> CivilDate
  {
    let workingDaysSoFar = index.workingDays(through: start.dayNumber)
    // Compared as a difference so that a huge n cannot overflow.
    guard n <= index.workingDays(through: run.days.upperBound) - workingDaysSoFar else {
      throw notCovered(run.years.upperBound + 1)
    }
    return CivilDate(dayNumber: index.workingDay(ordinal: workingDaysSoFar + n))
  }

  /// The kind of a day already known to be covered.
  func knownDayKind(_ date: CivilDate) -> DayKind {
    specialDays[date.dayNumber] ?? (date.weekday.isWeekend ? .weekend : .workday)
  }

  /// The error for a year this calendar does not cover.
  func notCovered(_ year: Int) -> CalendarError {
    .yearNotCovered(year, covered: coveredYears)
  }
}

extension WorkingCalendar {
  /// The number of days of `unit` in `start < d <= end`; 0 if `end <= start`.
  ///
  /// - Throws: `CalendarError.yearNotCovered` if either date is in an uncovered year (or, for
  ///   working days, an uncovered year lies between them).
  func count(_ unit: DayUnit, after start: CivilDate, through end: CivilDate) throws(CalendarError)
    -> Int
  {
    switch unit {
    case .workingDays:
      return try workingDays(after: start, through: end)
    case .naturalDays:
      _ = try coveredRun(of: start)
      _ = try coveredRun(of: end)
      return max(0, end.dayNumber - start.dayNumber)
    }
  }

  /// The number of days of `unit` in `days`, both ends included.
  func count(_ unit: DayUnit, in days: ClosedRange<CivilDate>) throws(CalendarError) -> Int {
    let firstCounts = unit == .naturalDays ? true : try isWorkingDay(days.lowerBound)
    return try count(unit, after: days.lowerBound, through: days.upperBound) + (firstCounts ? 1 : 0)
  }

  /// The date `n` (≥ 0) days of `unit` after `start`, the start not counted.
  func adding(_ n: Int, _ unit: DayUnit, to start: CivilDate) throws(CalendarError) -> CivilDate {
    switch unit {
    case .workingDays: return try addingWorkingDays(n, to: start)
    case .naturalDays: return try addingNaturalDays(n, to: start)
    }
  }
}
