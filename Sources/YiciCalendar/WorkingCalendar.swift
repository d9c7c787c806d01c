// A working-day calendar: which dates are working days, for the years it has data for.
//
// Design: the calendar is built once from plain data (holidays and make-up working days per
// year) and is immutable afterwards. At build time it precomputes a `WorkingDayIndex` (a
// prefix count of working days and the list of working days in order) so that every count
// and every "n working days later" is O(1), never a walk over days. Only
// `skippedDays(after:through:)`, whose output is one entry per day, walks.
//
// Years not given are unknown, not guessed: any question about a date in such a year, or a
// count that would have to cross one, throws `CalendarError.yearNotCovered`.

/// A calendar of working days (工作日) built from holidays and make-up working days (调休).
///
/// Rules: a Monday–Friday is a working day unless a holiday covers it; a Saturday or Sunday is
/// not, unless it is a make-up working day. Only the years given are known.
///
/// The calendar is a value: cheap to copy (its tables are shared arrays) and `Sendable`.
public struct WorkingCalendar: Sendable {
  /// A name for messages, e.g. "national 2024–2026" or "national + Shanghai".
  public let name: String
  // INVARIANT: non-empty, strictly ascending, each year in CivilDate.supportedYears.
  /// The years the calendar has data for, ascending, without duplicates.
  public let coveredYears: [Int]
  // INVARIANT: the values are only `.holiday` and `.makeUpWorkday`; every key lies in a
  // covered year; every `.makeUpWorkday` key is a Saturday or Sunday.
  let specialDays: [Int: DayKind]
  // INVARIANT: built from `coveredYears` and `specialDays` and never changed afterwards.
  let index: WorkingDayIndex
  /// The covered years that are provisional (`CalendarYear.provisional`), ascending.
  public let provisionalYears: [Int]

  /// Builds a calendar from one entry per year, checking the data.
  ///
  /// - Throws: `CalendarDataError` when no year is given, a year is given twice, a holiday
  ///   ends before it begins or leaves its year, two holidays overlap, a make-up working day
  ///   is not a Saturday or Sunday or not in its year, or a date is both a day off and a
  ///   make-up working day.
  public init(name: String, years: [CalendarYear]) throws(CalendarDataError) {
    guard !years.isEmpty else { throw .noYears }
    let specialDays = try Self.specialDays(of: years)
    self.init(
      name: name, coveredYears: years.map(\.year).sorted(), specialDays: specialDays,
      provisionalYears: years.filter(\.provisional).map(\.year).sorted())
  }

  /// Builds the index; the data must already be checked.
  init(name: String, coveredYears: [Int], specialDays: [Int: DayKind], provisionalYears: [Int] = []) {
    self.name = name
    self.coveredYears = coveredYears
    self.specialDays = specialDays
    self.index = WorkingDayIndex(coveredYears: coveredYears, specialDays: specialDays)
    self.provisionalYears = provisionalYears
  }

  /// The first provisional year from `start` through `end` (either order), if any: a date
  /// counted across it may move when the year's notice is known.
  public func provisionalYear(between start: CivilDate, and end: CivilDate) -> Int? {
    let years = min(start.year, end.year)...max(start.year, end.year)
    return provisionalYears.first { years.contains($0) }
  }

  /// The covered years as one range, or nil if they have gaps.
  public var coveredYearRange: ClosedRange<Int>? {
    guard let first = coveredYears.first, let last = coveredYears.last,
      last - first + 1 == coveredYears.count
    else { return nil }
    return first...last
  }

  /// Whether the calendar has data for `year`.
  public func covers(year: Int) -> Bool {
    index.runs.contains { $0.years.contains(year) }
  }

  /// This calendar with a local calendar laid over it: a region's extra days off and extra
  /// make-up working days.
  ///
  /// Rules: the local entries are checked as `init(name:years:)` checks its data; every local
  /// year must be covered by this calendar, and the covered years stay this calendar's. A local
  /// holiday makes its days days off under the local name, also where this calendar had a
  /// make-up working day there (a region may extend a break). A local make-up working day may not fall on a day off of
  /// this calendar: a region cannot cancel a national holiday.
  ///
  /// - Parameter name: the name of the result; defaults to this calendar's name.
  public func extended(by local: [CalendarYear], name: String? = nil) throws(CalendarDataError)
    -> WorkingCalendar
  {
    let localDays = try Self.specialDays(of: local)
    for year in local.map(\.year) where !covers(year: year) {
      throw .localYearNotCovered(year, covered: coveredYears)
    }
    var merged = specialDays
    for (dayNumber, kind) in localDays.sorted(by: { $0.key < $1.key }) {
      if case .makeUpWorkday = kind, case .holiday(let holidayName)? = specialDays[dayNumber] {
        throw .bothHolidayAndMakeUpWorkday(
          date: CivilDate(dayNumber: dayNumber), holidayName: holidayName)
      }
      merged[dayNumber] = kind
    }
    return WorkingCalendar(
      name: name ?? self.name, coveredYears: coveredYears, specialDays: merged,
      provisionalYears: Set(provisionalYears + local.filter(\.provisional).map(\.year)).sorted())
  }
}
