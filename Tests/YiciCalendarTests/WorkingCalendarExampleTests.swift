// Worked examples over every holiday and make-up working day of the 2024–2026 table.

import Testing
import YiciCalendar
import YiciTestSupport

@Suite struct WorkingCalendarExampleTests {
  let calendar = NationalCalendarFixture.calendar

  @Test func readmeExampleSpringFestival2025() throws {
    // Accepted Monday 2025-01-27, 5 working days: 01-28 … 02-04 off, Saturday 02-08 worked.
    #expect(try calendar.addingWorkingDays(5, to: date("2025-01-27")) == date("2025-02-10"))
    #expect(
      try DayCount.workingDays(5).deadline(from: date("2025-01-27"), in: calendar)
        == date("2025-02-10"))
  }

  @Test func acceptedOnMakeUpSundayBeforeNationalDay2025() throws {
    // 09-28 (Sunday, worked) accepted; 09-29 (1), 09-30 (2), 10-01 … 10-08 off, 10-09 (3),
    // 10-10 (4), Saturday 10-11 worked (5).
    #expect(try calendar.isWorkingDay(date("2025-09-28")))
    #expect(try calendar.addingWorkingDays(5, to: date("2025-09-28")) == date("2025-10-11"))
    #expect(try calendar.addingWorkingDays(20, to: date("2025-09-28")) == date("2025-10-31"))
    #expect(try calendar.workingDays(after: date("2025-09-30"), through: date("2025-10-09")) == 1)
    #expect(try calendar.nextWorkingDay(onOrAfter: date("2025-10-01")) == date("2025-10-09"))
  }

  @Test(arguments: ["2025-10-11", "2024-02-04", "2026-01-04", "2024-02-18", "2026-02-28"])
  func makeUpWeekendsAreWorkingDays(iso: String) throws {
    #expect(date(iso).weekday.isWeekend)
    #expect(try calendar.isWorkingDay(date(iso)))
    #expect(try calendar.nextWorkingDay(onOrAfter: date(iso)) == date(iso))
  }

  @Test(arguments: NationalCalendarFixture.years.flatMap(\.holidays))
  func everyHolidayDayIsOff(holiday: Holiday) throws {
    for dayNumber in holiday.first.dayNumber...holiday.last.dayNumber {
      let day = CivilDate(dayNumber: dayNumber)
      #expect(try !calendar.isWorkingDay(day), "\(day) of \(holiday.name)")
      #expect(try calendar.dayKind(day) == .holiday(name: holiday.name))
    }
    #expect(try !calendar.isWorkingDay(holiday.first))
    #expect(try !calendar.isWorkingDay(holiday.last))
  }

  @Test(arguments: NationalCalendarFixture.years.flatMap(\.makeUpWorkdays))
  func everyMakeUpDayIsAWorkingWeekend(makeUp: MakeUpWorkday) throws {
    #expect(makeUp.date.weekday.isWeekend)
    #expect(try calendar.isWorkingDay(makeUp.date))
    #expect(try calendar.dayKind(makeUp.date) == .makeUpWorkday(holidayName: makeUp.holidayName))
  }

  /// For each holiday: the last working day before it + 1 working day = the first after it
  /// (computed independently from the README table). 2024 元旦 starts the covered years.
  @Test(arguments: [
    ("春节", "2024-02-09", "2024-02-18"), ("清明节", "2024-04-03", "2024-04-07"),
    ("劳动节", "2024-04-30", "2024-05-06"), ("端午节", "2024-06-07", "2024-06-11"),
    ("中秋节", "2024-09-14", "2024-09-18"), ("国庆节", "2024-09-30", "2024-10-08"),
    ("元旦", "2024-12-31", "2025-01-02"), ("春节", "2025-01-27", "2025-02-05"),
    ("清明节", "2025-04-03", "2025-04-07"), ("劳动节", "2025-04-30", "2025-05-06"),
    ("端午节", "2025-05-30", "2025-06-03"), ("国庆节、中秋节", "2025-09-30", "2025-10-09"),
    ("元旦", "2025-12-31", "2026-01-04"), ("春节", "2026-02-14", "2026-02-24"),
    ("清明节", "2026-04-03", "2026-04-07"), ("劳动节", "2026-04-30", "2026-05-06"),
    ("端午节", "2026-06-18", "2026-06-22"), ("中秋节", "2026-09-24", "2026-09-28"),
    ("国庆节", "2026-09-30", "2026-10-08"),
  ])
  func oneWorkingDayJumpsEachHoliday(name: String, before: String, after: String) throws {
    #expect(try calendar.addingWorkingDays(1, to: date(before)) == date(after), "\(name)")
    #expect(try calendar.workingDays(after: date(before), through: date(after)) == 1)
    let skipped = try calendar.skippedDays(after: date(before), through: date(after))
    #expect(skipped.contains { $0.kind == .holiday(name: name) })
  }

  @Test func newYear2024IsOffAndStartsTheCalendar() throws {
    #expect(try !calendar.isWorkingDay(date("2024-01-01")))
    #expect(try calendar.nextWorkingDay(onOrAfter: date("2024-01-01")) == date("2024-01-02"))
    #expect(try calendar.addingWorkingDays(1, to: date("2024-01-01")) == date("2024-01-02"))
  }

  @Test(arguments: [(2024, 251), (2025, 248), (2026, 248)])
  func workingDaysPerYear(year: Int, count: Int) throws {
    let yearStart = try #require(CivilDate(year: year, month: 1, day: 1))
    let yearEnd = try #require(CivilDate(year: year, month: 12, day: 31))
    let first = try calendar.isWorkingDay(yearStart) ? 1 : 0
    #expect(try calendar.workingDays(after: yearStart, through: yearEnd) + first == count)
  }

  @Test func dayKinds() throws {
    #expect(try calendar.dayKind(date("2025-10-13")) == .workday)
    #expect(try calendar.dayKind(date("2025-10-12")) == .weekend)
    #expect(try calendar.dayKind(date("2025-10-04")) == .holiday(name: "国庆节、中秋节"))
    #expect(try calendar.dayKind(date("2025-10-11")) == .makeUpWorkday(holidayName: "国庆节、中秋节"))
    #expect(DayKind.makeUpWorkday(holidayName: nil).description == "make-up working day")
  }

  @Test func skippedDaysExplainTheSpringFestivalCount() throws {
    let skipped = try calendar.skippedDays(after: date("2025-01-27"), through: date("2025-02-10"))
    let expected =
      (28...31).map { DayExplanation(date: date("2025-01-\($0)"), kind: .holiday(name: "春节")) }
      + (1...4).map { DayExplanation(date: date("2025-02-0\($0)"), kind: .holiday(name: "春节")) }
      + [
        DayExplanation(date: date("2025-02-08"), kind: .makeUpWorkday(holidayName: "春节")),
        DayExplanation(date: date("2025-02-09"), kind: .weekend),
      ]
    #expect(skipped == expected)
    #expect(skipped[0].description == "2025-01-28 Tuesday: holiday 春节")
    #expect(
      try calendar.skippedDays(after: date("2025-02-10"), through: date("2025-02-10")).isEmpty)
  }

  @Test func coveredYearsAndSummary() {
    #expect(calendar.coveredYears == [2024, 2025, 2026])
    #expect(calendar.coveredYearRange == 2024...2026)
    #expect(calendar.covers(year: 2025) && !calendar.covers(year: 2027))
    #expect(
      calendar.summary == "national: 2024–2026, holiday days off: 89, make-up working days: 19")
  }
}
