// The official national holidays and make-up working days 2024–2026, typed from
// shared/calendar/README.md (State Council notices). Test data only: in the product, the
// calendar lives in a rule file under rules/.

import YiciCalendar

/// The README table, row by row, and the calendar built from it.
public enum NationalCalendarFixture {
  /// One row: year, holiday name, first and last day off (MM-DD), make-up working days (MM-DD).
  public struct Row: Sendable {
    /// The year.
    public let year: Int
    /// The holiday's name.
    public let name: String
    /// The first day off (MM-DD).
    public let first: String
    /// The last day off (MM-DD).
    public let last: String
    /// The make-up working days (MM-DD).
    public let makeUpWorkdays: [String]
  }

  /// The table, in the README's order.
  public static let rows: [Row] = [
    Row(year: 2024, name: "元旦", first: "01-01", last: "01-01", makeUpWorkdays: []),
    Row(year: 2024, name: "春节", first: "02-10", last: "02-17", makeUpWorkdays: ["02-04", "02-18"]),
    Row(year: 2024, name: "清明节", first: "04-04", last: "04-06", makeUpWorkdays: ["04-07"]),
    Row(
      year: 2024, name: "劳动节", first: "05-01", last: "05-05", makeUpWorkdays: ["04-28", "05-11"]),
    Row(year: 2024, name: "端午节", first: "06-10", last: "06-10", makeUpWorkdays: []),
    Row(year: 2024, name: "中秋节", first: "09-15", last: "09-17", makeUpWorkdays: ["09-14"]),
    Row(
      year: 2024, name: "国庆节", first: "10-01", last: "10-07", makeUpWorkdays: ["09-29", "10-12"]),
    Row(year: 2025, name: "元旦", first: "01-01", last: "01-01", makeUpWorkdays: []),
    Row(year: 2025, name: "春节", first: "01-28", last: "02-04", makeUpWorkdays: ["01-26", "02-08"]),
    Row(year: 2025, name: "清明节", first: "04-04", last: "04-06", makeUpWorkdays: []),
    Row(year: 2025, name: "劳动节", first: "05-01", last: "05-05", makeUpWorkdays: ["04-27"]),
    Row(year: 2025, name: "端午节", first: "05-31", last: "06-02", makeUpWorkdays: []),
    Row(
      year: 2025, name: "国庆节、中秋节", first: "10-01", last: "10-08",
      makeUpWorkdays: ["09-28", "10-11"]),
    Row(year: 2026, name: "元旦", first: "01-01", last: "01-03", makeUpWorkdays: ["01-04"]),
    Row(year: 2026, name: "春节", first: "02-15", last: "02-23", makeUpWorkdays: ["02-14", "02-28"]),
    Row(year: 2026, name: "清明节", first: "04-04", last: "04-06", makeUpWorkdays: []),
    Row(year: 2026, name: "劳动节", first: "05-01", last: "05-05", makeUpWorkdays: ["05-09"]),
    Row(year: 2026, name: "端午节", first: "06-19", last: "06-21", makeUpWorkdays: []),
    Row(year: 2026, name: "中秋节", first: "09-25", last: "09-27", makeUpWorkdays: []),
    Row(
      year: 2026, name: "国庆节", first: "10-01", last: "10-07", makeUpWorkdays: ["09-20", "10-10"]),
  ]

  /// The rows grouped into calendar years.
  public static let years: [CalendarYear] = [2024, 2025, 2026].map { year in
    let yearRows = rows.filter { $0.year == year }
    return CalendarYear(
      year: year,
      holidays: yearRows.map {
        Holiday(name: $0.name, first: day(year, $0.first), last: day(year, $0.last))
      },
      makeUpWorkdays: yearRows.flatMap { row in
        row.makeUpWorkdays.map { MakeUpWorkday(date: day(year, $0), holidayName: row.name) }
      }
    )
  }

  /// The national calendar 2024–2026.
  public static let calendar: WorkingCalendar = {
    do {
      return try WorkingCalendar(name: "national", years: years)
    } catch {
      fatalError("the fixture calendar does not build: \(error)")
    }
  }()

  /// Every day off, with its holiday's name.
  public static let daysOff: [CivilDate: String] = {
    var days: [CivilDate: String] = [:]
    for holiday in years.flatMap(\.holidays) {
      for dayNumber in holiday.first.dayNumber...holiday.last.dayNumber {
        days[CivilDate(dayNumber: dayNumber)] = holiday.name
      }
    }
    return days
  }()

  /// Every make-up working day.
  public static let makeUpDays: Set<CivilDate> = Set(years.flatMap(\.makeUpWorkdays).map(\.date))

  /// Day numbers of 2024-01-01 and 2026-12-31.
  public static let coveredDayNumbers: ClosedRange<Int> =
    date("2024-01-01").dayNumber...date("2026-12-31").dayNumber

  private static func day(_ year: Int, _ monthDay: String) -> CivilDate {
    date("\(year)-\(monthDay)")
  }
}

/// The date of an ISO string written in a test; stops the test run if it is not a date.
public func date(_ iso: String) -> CivilDate {
  guard let date = CivilDate(iso: iso) else { fatalError("not a date in a test: \(iso)") }
  return date
}

/// The README's rule, walked day by day over the raw table (the oracle of the property tests).
public func naiveIsWorkingDay(_ day: CivilDate) -> Bool {
  if NationalCalendarFixture.makeUpDays.contains(day) { return true }
  if NationalCalendarFixture.daysOff[day] != nil { return false }
  return !day.weekday.isWeekend
}

/// `n` working days after `start` by walking one day at a time; nil past 2026.
public func naiveAddingWorkingDays(_ n: Int, to start: CivilDate) -> CivilDate? {
  var day = start
  var remaining = n
  while remaining > 0 {
    day = day.adding(days: 1)
    guard day.year <= 2026 else { return nil }
    if naiveIsWorkingDay(day) { remaining -= 1 }
  }
  return day
}
