// The precomputed index that makes working-day arithmetic O(1).

/// A maximal run of consecutive covered years, as days and as years.
struct CoveredRun: Sendable, Hashable {
  /// The years of the run, e.g. 2024...2026.
  let years: ClosedRange<Int>
  /// The day numbers of the run: January 1 of its first year to December 31 of its last.
  let days: ClosedRange<Int>

  /// The run of `years`, which must lie in `CivilDate.supportedYears`.
  init(years: ClosedRange<Int>) {
    self.years = years
    let first = CivilDate.daysFromCivil(year: years.lowerBound, month: 1, day: 1)
    let last = CivilDate.daysFromCivil(year: years.upperBound, month: 12, day: 31)
    days = first...last
  }
}

/// Working-day tables over the span from the first covered year to the last.
///
/// With `k = workingDaysThrough[d - firstDay]`, the working days up to and including day `d`,
/// "n working days after d" is the (k + n)-th working day, `workingDayOffsets[k + n - 1]`,
/// and "working days in (a, b]" is a difference of two prefix counts: both O(1).
struct WorkingDayIndex: Sendable {
  /// The day number of January 1 of the first covered year; offsets count from it.
  let firstDay: Int
  // INVARIANT: non-decreasing, steps of 0 or 1; days of uncovered years (gaps) step by 0.
  /// `workingDaysThrough[i]` is the number of working days from `firstDay` through
  /// `firstDay + i`, inclusive.
  let workingDaysThrough: [Int32]
  // INVARIANT: strictly ascending; count == workingDaysThrough.last; an offset o is listed
  // exactly when workingDaysThrough steps by 1 at o.
  /// `workingDayOffsets[k]` is the offset from `firstDay` of the (k + 1)-th working day.
  let workingDayOffsets: [Int32]
  // INVARIANT: non-empty, ascending, separated by at least one uncovered year.
  /// The covered years grouped into runs without gaps, ascending.
  let runs: [CoveredRun]

  /// Builds the tables; `coveredYears` is non-empty and ascending, `specialDays` checked.
  init(coveredYears: [Int], specialDays: [Int: DayKind]) {
    let runs = Self.runs(of: coveredYears)
    let firstYear = coveredYears.first ?? 1970
    firstDay = CivilDate.daysFromCivil(year: firstYear, month: 1, day: 1)
    let lastDay = CivilDate.daysFromCivil(year: coveredYears.last ?? firstYear, month: 12, day: 31)
    var through: [Int32] = []
    var offsets: [Int32] = []
    through.reserveCapacity(lastDay - firstDay + 1)
    offsets.reserveCapacity((lastDay - firstDay + 1) * 5 / 7 + 16)
    var count: Int32 = 0
    for dayNumber in firstDay...lastDay {
      if Self.isCoveredWorkingDay(dayNumber, runs: runs, specialDays: specialDays) {
        count += 1
        offsets.append(Int32(dayNumber - firstDay))
      }
      through.append(count)
    }
    self.runs = runs
    workingDaysThrough = through
    workingDayOffsets = offsets
  }

  /// Whether a day lies in a covered year and is a working day there.
  private static func isCoveredWorkingDay(
    _ dayNumber: Int, runs: [CoveredRun], specialDays: [Int: DayKind]
  ) -> Bool {
    guard runs.contains(where: { $0.days.contains(dayNumber) }) else { return false }
    if let special = specialDays[dayNumber] { return special.isWorkingDay }
    return !CivilDate(dayNumber: dayNumber).weekday.isWeekend
  }

  /// Groups ascending years into runs of consecutive years.
  private static func runs(of years: [Int]) -> [CoveredRun] {
    var runs: [CoveredRun] = []
    var runStart = 0
    while runStart < years.count {
      var runEnd = runStart
      while runEnd + 1 < years.count, years[runEnd + 1] == years[runEnd] + 1 {
        runEnd += 1
      }
      runs.append(CoveredRun(years: years[runStart]...years[runEnd]))
      runStart = runEnd + 1
    }
    return runs
  }

  /// The run containing a day, or nil if the day's year is not covered.
  @inline(__always)
  func run(containing dayNumber: Int) -> CoveredRun? {
    for run in runs where run.days.contains(dayNumber) {
      return run
    }
    return nil
  }

  /// Working days from `firstDay` through `dayNumber`; the day must be in a run.
  @inline(__always)
  func workingDays(through dayNumber: Int) -> Int {
    Int(workingDaysThrough[dayNumber - firstDay])
  }

  /// Whether a day is a working day; the day must be in a run.
  @inline(__always)
  func isWorkingDay(_ dayNumber: Int) -> Bool {
    let offset = dayNumber - firstDay
    let before = offset == 0 ? 0 : workingDaysThrough[offset - 1]
    return workingDaysThrough[offset] != before
  }

  /// The day number of the `ordinal`-th working day (1-based) of the whole span.
  @inline(__always)
  func workingDay(ordinal: Int) -> Int {
    firstDay + Int(workingDayOffsets[ordinal - 1])
  }
}
