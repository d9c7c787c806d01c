import Testing
import Yici
import YiciCalendar

/// Worked examples across every 2024–2026 holiday and make-up working day, on the calendar
/// read from `rules/calendar/china.yici`. Expected dates were counted from the notices by an
/// independent day-by-day walk (not by this code).
@Suite struct RuleCalendarExampleTests {
  static let examples: [(String, Int, String, String)] = [
    ("2025-01-27", 5, "2025-02-10", "accepted Monday 2025-01-27, 5 working days (the law's example)"),
    ("2025-09-28", 5, "2025-10-11", "make-up Sunday 09-28, National Day 10-01…10-08, make-up Saturday 10-11"),
    ("2024-01-01", 1, "2024-01-02", "2024 元旦: the first day of the calendar"),
    ("2024-02-09", 1, "2024-02-18", "2024 春节: the working day before → the first working day after"),
    ("2024-02-09", 5, "2024-02-22", "2024 春节: 5 working days across it"),
    ("2024-02-02", 1, "2024-02-04", "2024 make-up 02-04 (春节)"),
    ("2024-02-09", 1, "2024-02-18", "2024 make-up 02-18 (春节)"),
    ("2024-04-03", 1, "2024-04-07", "2024 清明节: the working day before → the first working day after"),
    ("2024-04-03", 5, "2024-04-11", "2024 清明节: 5 working days across it"),
    ("2024-04-03", 1, "2024-04-07", "2024 make-up 04-07 (清明节)"),
    ("2024-04-30", 1, "2024-05-06", "2024 劳动节: the working day before → the first working day after"),
    ("2024-04-30", 5, "2024-05-10", "2024 劳动节: 5 working days across it"),
    ("2024-04-26", 1, "2024-04-28", "2024 make-up 04-28 (劳动节)"),
    ("2024-05-10", 1, "2024-05-11", "2024 make-up 05-11 (劳动节)"),
    ("2024-06-07", 1, "2024-06-11", "2024 端午节: the working day before → the first working day after"),
    ("2024-06-07", 5, "2024-06-17", "2024 端午节: 5 working days across it"),
    ("2024-09-14", 1, "2024-09-18", "2024 中秋节: the working day before → the first working day after"),
    ("2024-09-14", 5, "2024-09-24", "2024 中秋节: 5 working days across it"),
    ("2024-09-13", 1, "2024-09-14", "2024 make-up 09-14 (中秋节)"),
    ("2024-09-30", 1, "2024-10-08", "2024 国庆节: the working day before → the first working day after"),
    ("2024-09-30", 5, "2024-10-12", "2024 国庆节: 5 working days across it"),
    ("2024-09-27", 1, "2024-09-29", "2024 make-up 09-29 (国庆节)"),
    ("2024-10-11", 1, "2024-10-12", "2024 make-up 10-12 (国庆节)"),
    ("2024-12-31", 1, "2025-01-02", "2025 元旦: the working day before → the first working day after"),
    ("2024-12-31", 5, "2025-01-08", "2025 元旦: 5 working days across it"),
    ("2025-01-27", 1, "2025-02-05", "2025 春节: the working day before → the first working day after"),
    ("2025-01-27", 5, "2025-02-10", "2025 春节: 5 working days across it"),
    ("2025-01-24", 1, "2025-01-26", "2025 make-up 01-26 (春节)"),
    ("2025-02-07", 1, "2025-02-08", "2025 make-up 02-08 (春节)"),
    ("2025-04-03", 1, "2025-04-07", "2025 清明节: the working day before → the first working day after"),
    ("2025-04-03", 5, "2025-04-11", "2025 清明节: 5 working days across it"),
    ("2025-04-30", 1, "2025-05-06", "2025 劳动节: the working day before → the first working day after"),
    ("2025-04-30", 5, "2025-05-12", "2025 劳动节: 5 working days across it"),
    ("2025-04-25", 1, "2025-04-27", "2025 make-up 04-27 (劳动节)"),
    ("2025-05-30", 1, "2025-06-03", "2025 端午节: the working day before → the first working day after"),
    ("2025-05-30", 5, "2025-06-09", "2025 端午节: 5 working days across it"),
    ("2025-09-30", 1, "2025-10-09", "2025 国庆节、中秋节: the working day before → the first working day after"),
    ("2025-09-30", 5, "2025-10-14", "2025 国庆节、中秋节: 5 working days across it"),
    ("2025-09-26", 1, "2025-09-28", "2025 make-up 09-28 (国庆节、中秋节)"),
    ("2025-10-10", 1, "2025-10-11", "2025 make-up 10-11 (国庆节、中秋节)"),
    ("2025-12-31", 1, "2026-01-04", "2026 元旦: the working day before → the first working day after"),
    ("2025-12-31", 5, "2026-01-08", "2026 元旦: 5 working days across it"),
    ("2025-12-31", 1, "2026-01-04", "2026 make-up 01-04 (元旦)"),
    ("2026-02-14", 1, "2026-02-24", "2026 春节: the working day before → the first working day after"),
    ("2026-02-14", 5, "2026-02-28", "2026 春节: 5 working days across it"),
    ("2026-02-13", 1, "2026-02-14", "2026 make-up 02-14 (春节)"),
    ("2026-02-27", 1, "2026-02-28", "2026 make-up 02-28 (春节)"),
    ("2026-04-03", 1, "2026-04-07", "2026 清明节: the working day before → the first working day after"),
    ("2026-04-03", 5, "2026-04-13", "2026 清明节: 5 working days across it"),
    ("2026-04-30", 1, "2026-05-06", "2026 劳动节: the working day before → the first working day after"),
    ("2026-04-30", 5, "2026-05-11", "2026 劳动节: 5 working days across it"),
    ("2026-05-08", 1, "2026-05-09", "2026 make-up 05-09 (劳动节)"),
    ("2026-06-18", 1, "2026-06-22", "2026 端午节: the working day before → the first working day after"),
    ("2026-06-18", 5, "2026-06-26", "2026 端午节: 5 working days across it"),
    ("2026-09-24", 1, "2026-09-28", "2026 中秋节: the working day before → the first working day after"),
    ("2026-09-24", 5, "2026-10-09", "2026 中秋节: 5 working days across it"),
    ("2026-09-30", 1, "2026-10-08", "2026 国庆节: the working day before → the first working day after"),
    ("2026-09-30", 5, "2026-10-13", "2026 国庆节: 5 working days across it"),
    ("2026-09-18", 1, "2026-09-20", "2026 make-up 09-20 (国庆节)"),
    ("2026-10-09", 1, "2026-10-10", "2026 make-up 10-10 (国庆节)"),
  ]

  @Test(arguments: examples)
  func workingDays(_ example: (String, Int, String, String)) throws {
    let (from, n, expected, why) = example
    let start = try #require(CivilDate(iso: from))
    let result = try RuleCalendarTests.calendar.addingWorkingDays(n, to: start)
    #expect(result.description == expected, "\(why)")
    #expect(try RuleCalendarTests.calendar.isWorkingDay(result))
    #expect(try RuleCalendarTests.calendar.workingDays(after: start, through: result) == n)
  }

  @Test func theDaysSkippedSayWhy() throws {
    let skipped = try RuleCalendarTests.calendar.skippedDays(
      after: #require(CivilDate(iso: "2025-09-28")), through: #require(CivilDate(iso: "2025-10-11")))
    #expect(skipped.map(\.date.description) == (1...8).map { "2025-10-0\($0)" } + ["2025-10-11"])
    #expect(skipped.first?.kind == .holiday(name: "国庆节、中秋节"))
    #expect(skipped.last?.kind == .makeUpWorkday(holidayName: "国庆节、中秋节"))
  }

  @Test func naturalDaysEndingOnADayOffMoveToTheNextWorkingDay() throws {
    let start = try #require(CivilDate(iso: "2025-09-28"))
    let calendar = RuleCalendarTests.calendar
    #expect(try DayCount.naturalDays(5).deadline(from: start, in: calendar).description == "2025-10-09")
    let exact = CountingRules(naturalDayDeadlineMovesToNextWorkingDay: false)
    #expect(try DayCount.naturalDays(5).deadline(from: start, in: calendar, rules: exact).description == "2025-10-03")
  }
}
