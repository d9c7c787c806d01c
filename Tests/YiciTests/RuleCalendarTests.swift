import Testing
import Yici
import YiciCalendar
import YiciTestSupport

/// The national calendar as the rule file `rules/calendar/china.yici` gives it, checked
/// against the State Council notices (shared/calendar/README.md), typed here a second time.
@Suite struct RuleCalendarTests {
  static let rules = try! RuleSet.load(paths: ["rules/calendar"], relativeTo: Repository.root.path)
  static var calendar: WorkingCalendar { rules.compiled.calendars.calendar(nil)! }

  /// Each holiday: year, name, first and last day off, make-up working days.
  static let notices: [(Int, String, String, String, [String])] = [
    (2024, "元旦", "01-01", "01-01", []), (2024, "春节", "02-10", "02-17", ["02-04", "02-18"]),
    (2024, "清明节", "04-04", "04-06", ["04-07"]), (2024, "劳动节", "05-01", "05-05", ["04-28", "05-11"]),
    (2024, "端午节", "06-10", "06-10", []), (2024, "中秋节", "09-15", "09-17", ["09-14"]),
    (2024, "国庆节", "10-01", "10-07", ["09-29", "10-12"]),
    (2025, "元旦", "01-01", "01-01", []), (2025, "春节", "01-28", "02-04", ["01-26", "02-08"]),
    (2025, "清明节", "04-04", "04-06", []), (2025, "劳动节", "05-01", "05-05", ["04-27"]),
    (2025, "端午节", "05-31", "06-02", []), (2025, "国庆节、中秋节", "10-01", "10-08", ["09-28", "10-11"]),
    (2026, "元旦", "01-01", "01-03", ["01-04"]), (2026, "春节", "02-15", "02-23", ["02-14", "02-28"]),
    (2026, "清明节", "04-04", "04-06", []), (2026, "劳动节", "05-01", "05-05", ["05-09"]),
    (2026, "端午节", "06-19", "06-21", []), (2026, "中秋节", "09-25", "09-27", []),
    (2026, "国庆节", "10-01", "10-07", ["09-20", "10-10"]),
  ]

  static func day(_ year: Int, _ monthDay: String) -> CivilDate { CivilDate(iso: "\(year)-\(monthDay)")! }

  /// What each special day of the notices is; every other day follows the weekday.
  static let specialDays: [CivilDate: DayKind] = {
    var days: [CivilDate: DayKind] = [:]
    for (year, name, first, last, makeUp) in notices {
      for number in day(year, first).dayNumber...day(year, last).dayNumber {
        days[CivilDate(dayNumber: number)] = .holiday(name: name)
      }
      for date in makeUp { days[day(year, date)] = .makeUpWorkday(holidayName: name) }
    }
    return days
  }()

  @Test func theRuleFileChecksCleanly() {
    #expect(Self.rules.diagnostics.isEmpty, "\(Self.rules.diagnostics.map(\.message))")
    #expect(Self.calendar.coveredYears == [2024, 2025, 2026, 2027])
    #expect(Self.calendar.provisionalYears == [2027])
    #expect(Self.rules.compiled.calendars.defaultEntry?.id == "national")
  }

  @Test func everyDayMatchesTheNotices() throws {
    var day = try #require(CivilDate(iso: "2024-01-01"))
    while day.year <= 2026 {
      let expected = Self.specialDays[day] ?? (day.weekday.isWeekend ? .weekend : .workday)
      #expect(try Self.calendar.dayKind(day) == expected, "\(day)")
      day = day.adding(days: 1)
    }
  }

  @Test(arguments: [(2024, 251), (2025, 248), (2026, 248)])
  func workingDaysPerYear(_ year: Int, _ count: Int) throws {
    let first = try #require(CivilDate(year: year, month: 1, day: 1))
    let last = try #require(CivilDate(year: year, month: 12, day: 31))
    let firstCounts = try Self.calendar.isWorkingDay(first) ? 1 : 0
    #expect(try Self.calendar.workingDays(after: first, through: last) + firstCounts == count)
  }

  @Test func yearsOutsideTheCalendarAreErrorsNamingTheYear() {
    #expect(throws: CalendarError.yearNotCovered(2028, covered: [2024, 2025, 2026, 2027])) {
      try Self.calendar.addingWorkingDays(1, to: Self.day(2027, "12-31"))
    }
    #expect(throws: CalendarError.yearNotCovered(2023, covered: [2024, 2025, 2026, 2027])) {
      try Self.calendar.addingWorkingDays(1, to: Self.day(2023, "12-29"))
    }
  }
}
