// Dates outside the covered years and bad calendar data are explicit errors.

import Testing
import YiciCalendar
import YiciTestSupport

@Suite struct WorkingCalendarErrorTests {
  let calendar = NationalCalendarFixture.calendar
  let covered = [2024, 2025, 2026]

  @Test func datesOutsideTheYearsAreErrorsNamingTheYear() {
    #expect(throws: CalendarError.yearNotCovered(2023, covered: covered)) {
      try calendar.isWorkingDay(date("2023-12-31"))
    }
    #expect(throws: CalendarError.yearNotCovered(2027, covered: covered)) {
      try calendar.dayKind(date("2027-01-01"))
    }
    #expect(throws: CalendarError.yearNotCovered(2027, covered: covered)) {
      try calendar.addingWorkingDays(0, to: date("2027-06-01"))
    }
    #expect(throws: CalendarError.yearNotCovered(2023, covered: covered)) {
      try calendar.workingDays(after: date("2023-12-29"), through: date("2024-01-05"))
    }
    #expect(throws: CalendarError.yearNotCovered(2027, covered: covered)) {
      try calendar.skippedDays(after: date("2026-12-29"), through: date("2027-01-05"))
    }
  }

  @Test func theMessageNamesTheYearAndTheCoveredYears() {
    let error = CalendarError.yearNotCovered(2027, covered: covered)
    #expect(
      error.description == "the working-day calendar does not cover 2027 (it covers 2024–2026)")
    #expect(
      CalendarError.yearNotCovered(2025, covered: [2020, 2022, 2023, 2026]).description
        == "the working-day calendar does not cover 2025 (it covers 2020, 2022–2023, 2026)")
    #expect(
      CalendarError.negativeDayCount(-3).description == "a day count cannot be negative (got -3)")
  }

  @Test func countingPastTheLastYearNamesTheYearNeeded() {
    // Only 9 working days are left after 2026-12-20.
    #expect(throws: Never.self) { try calendar.addingWorkingDays(9, to: date("2026-12-20")) }
    #expect(throws: CalendarError.yearNotCovered(2027, covered: covered)) {
      try calendar.addingWorkingDays(10, to: date("2026-12-20"))
    }
    #expect(throws: CalendarError.yearNotCovered(2027, covered: covered)) {
      try calendar.addingWorkingDays(Int.max, to: date("2024-01-01"))
    }
    #expect(throws: CalendarError.yearNotCovered(2027, covered: covered)) {
      try calendar.addingNaturalDays(1, to: date("2026-12-31"))
    }
    #expect(throws: CalendarError.yearNotCovered(2023, covered: covered)) {
      try calendar.addingNaturalDays(-1, to: date("2024-01-01"))
    }
    #expect(throws: CalendarError.self) {
      try calendar.addingNaturalDays(Int.max, to: date("2025-01-01"))
    }
    #expect(throws: CalendarError.self) {
      try calendar.addingNaturalDays(Int.min, to: date("2025-01-01"))
    }
    #expect(throws: CalendarError.negativeDayCount(-1)) {
      try calendar.addingWorkingDays(-1, to: date("2025-01-01"))
    }
  }

  @Test func aCalendarWithAGapRefusesToCountAcrossIt() throws {
    let gapped = try WorkingCalendar(
      name: "gapped", years: NationalCalendarFixture.years.filter { $0.year != 2025 })
    #expect(gapped.coveredYears == [2024, 2026])
    #expect(gapped.coveredYearRange == nil)
    #expect(throws: CalendarError.yearNotCovered(2025, covered: [2024, 2026])) {
      try gapped.isWorkingDay(date("2025-06-03"))
    }
    #expect(throws: CalendarError.yearNotCovered(2025, covered: [2024, 2026])) {
      try gapped.addingWorkingDays(5, to: date("2024-12-30"))
    }
    #expect(throws: CalendarError.yearNotCovered(2025, covered: [2024, 2026])) {
      try gapped.workingDays(after: date("2024-12-30"), through: date("2026-01-05"))
    }
    #expect(try gapped.addingWorkingDays(1, to: date("2026-01-01")) == date("2026-01-04"))
    #expect(try gapped.addingWorkingDays(1, to: date("2024-12-30")) == date("2024-12-31"))
  }

  @Test func makeUpDayOnAWednesdayIsRejected() {
    let year = CalendarYear(year: 2025, makeUpWorkdays: [MakeUpWorkday(date: date("2025-10-08"))])
    #expect(
      throws: CalendarDataError.makeUpWorkdayNotOnWeekend(
        date: date("2025-10-08"), weekday: .wednesday)
    ) {
      try WorkingCalendar(name: "bad", years: [year])
    }
    #expect(
      CalendarDataError.makeUpWorkdayNotOnWeekend(date: date("2025-10-08"), weekday: .wednesday)
        .description
        == "make-up working day 2025-10-08 is a Wednesday, not a Saturday or Sunday")
  }

  @Test func aYearGivenTwiceIsRejected() {
    #expect(throws: CalendarDataError.duplicateYear(2025)) {
      try WorkingCalendar(
        name: "bad",
        years: [CalendarYear(year: 2025), CalendarYear(year: 2024), CalendarYear(year: 2025)])
    }
  }

  @Test func aDayBothOffAndWorkedIsRejected() {
    let year = CalendarYear(
      year: 2025,
      holidays: [Holiday(name: "国庆节", first: date("2025-10-01"), last: date("2025-10-08"))],
      makeUpWorkdays: [MakeUpWorkday(date: date("2025-10-04"), holidayName: "国庆节")])
    #expect(
      throws: CalendarDataError.bothHolidayAndMakeUpWorkday(
        date: date("2025-10-04"), holidayName: "国庆节")
    ) {
      try WorkingCalendar(name: "bad", years: [year])
    }
  }

  @Test(arguments: [
    (
      CalendarYear(
        year: 2025,
        holidays: [Holiday(name: "x", first: date("2025-02-04"), last: date("2025-01-28"))]),
      CalendarDataError.holidayEndsBeforeItBegins(
        name: "x", first: date("2025-02-04"), last: date("2025-01-28"))
    ),
    (
      CalendarYear(
        year: 2024,
        holidays: [Holiday(name: "元旦", first: date("2023-12-30"), last: date("2024-01-01"))]),
      .holidayOutsideYear(
        name: "元旦", year: 2024, first: date("2023-12-30"), last: date("2024-01-01"))
    ),
    (
      CalendarYear(
        year: 2025,
        holidays: [
          Holiday(name: "a", first: date("2025-05-01"), last: date("2025-05-05")),
          Holiday(name: "b", on: date("2025-05-05")),
        ]),
      .overlappingHolidays(date: date("2025-05-05"), first: "a", second: "b")
    ),
    (
      CalendarYear(year: 2025, makeUpWorkdays: [MakeUpWorkday(date: date("2026-01-04"))]),
      .makeUpWorkdayOutsideYear(date: date("2026-01-04"), year: 2025)
    ),
    (
      CalendarYear(
        year: 2025,
        makeUpWorkdays: [
          MakeUpWorkday(date: date("2025-10-11")), MakeUpWorkday(date: date("2025-10-11")),
        ]),
      .duplicateMakeUpWorkday(date("2025-10-11"))
    ),
    (CalendarYear(year: 10_000), .unsupportedYear(10_000)),
  ])
  func otherBadDataIsRejected(year: CalendarYear, expected: CalendarDataError) {
    #expect(throws: expected) { try WorkingCalendar(name: "bad", years: [year]) }
    #expect(!expected.description.isEmpty && expected.description.first?.isLowercase == true)
    #expect(!expected.description.hasSuffix("."))
  }

  @Test func aCalendarWithoutYearsIsRejected() {
    #expect(throws: CalendarDataError.noYears) { try WorkingCalendar(name: "empty", years: []) }
  }
}
