// The settings the law leaves open, natural-day limits, and local calendars.

import Foundation
import Testing
import YiciCalendar
import YiciTestSupport

@Suite struct CountingRulesTests {
  let calendar = NationalCalendarFixture.calendar

  @Test func defaults() {
    let rules = CountingRules()
    #expect(!rules.countAcceptanceDay)
    #expect(rules.nonWorkingDayReceiptMovesToNextWorkingDay)
    #expect(rules.naturalDayDeadlineMovesToNextWorkingDay)
  }

  @Test func applicationReceivedOnAHolidayIsAcceptedOnTheNextWorkingDay() throws {
    let moving = CountingRules()
    let staying = CountingRules(nonWorkingDayReceiptMovesToNextWorkingDay: false)
    #expect(
      try calendar.acceptanceDate(received: date("2025-10-05"), rules: moving) == date("2025-10-09")
    )
    #expect(
      try calendar.acceptanceDate(received: date("2025-10-05"), rules: staying)
        == date("2025-10-05"))
    // A make-up Sunday is a working day: accepted that day.
    #expect(
      try calendar.acceptanceDate(received: date("2025-09-28"), rules: moving) == date("2025-09-28")
    )
    #expect(throws: CalendarError.yearNotCovered(2027, covered: [2024, 2025, 2026])) {
      try calendar.acceptanceDate(received: date("2027-01-04"), rules: staying)
    }
  }

  @Test func countingTheAcceptanceDay() throws {
    let rules = CountingRules(countAcceptanceDay: true)
    // 01-27 is day 1, then 02-05, 02-06, 02-07 and Saturday 02-08.
    #expect(
      try DayCount.workingDays(5).deadline(from: date("2025-01-27"), in: calendar, rules: rules)
        == date("2025-02-08"))
    // Accepted on a day off: nothing to count that day, same as not counting it.
    #expect(
      try DayCount.workingDays(5).deadline(from: date("2025-10-04"), in: calendar, rules: rules)
        == date("2025-10-14"))
    #expect(
      try DayCount.workingDays(5).deadline(from: date("2025-10-04"), in: calendar)
        == date("2025-10-14"))
    #expect(
      try DayCount.naturalDays(5).deadline(from: date("2025-03-03"), in: calendar, rules: rules)
        == date("2025-03-07"))
  }

  @Test func naturalDayDeadlines() throws {
    #expect(
      try DayCount.naturalDays(5).deadline(from: date("2025-09-25"), in: calendar)
        == date("2025-09-30"))
    // Ends on 10-01, a holiday: moves to 10-09 unless the rule set says otherwise.
    #expect(
      try DayCount.naturalDays(5).deadline(from: date("2025-09-26"), in: calendar)
        == date("2025-10-09"))
    let literal = CountingRules(naturalDayDeadlineMovesToNextWorkingDay: false)
    #expect(
      try DayCount.naturalDays(5).deadline(from: date("2025-09-26"), in: calendar, rules: literal)
        == date("2025-10-01"))
    #expect(
      try DayCount.naturalDays(0).deadline(from: date("2025-10-01"), in: calendar)
        == date("2025-10-01"))
    #expect(
      try DayCount.workingDays(0).deadline(from: date("2025-10-01"), in: calendar)
        == date("2025-10-01"))
    #expect(throws: CalendarError.negativeDayCount(-2)) {
      try DayCount.workingDays(-2).deadline(from: date("2025-10-01"), in: calendar)
    }
  }

  @Test func dayCountText() {
    #expect(DayCount.workingDays(20).description == "20 working days")
    #expect(DayCount.naturalDays(1).description == "1 natural day")
    #expect(DayCount.workingDays(20).chinese == "20个工作日")
    #expect(DayUnit(rawValue: "natural_days") == .naturalDays)
  }

  @Test func codingUsesSnakeCaseAndDefaultsMissingKeys() throws {
    let decoded = try JSONDecoder().decode(
      CountingRules.self, from: Data(#"{"count_acceptance_day": true}"#.utf8))
    #expect(decoded == CountingRules(countAcceptanceDay: true))
    let roundTrip = try JSONDecoder().decode(
      CountingRules.self, from: JSONEncoder().encode(decoded))
    #expect(roundTrip == decoded)
    let limit = try JSONDecoder().decode(
      DayCount.self, from: Data(#"{"value": 20, "unit": "working_days"}"#.utf8))
    #expect(limit == .workingDays(20))
  }

  @Test func aLocalCalendarAddsDaysOffAndWorkingDays() throws {
    let local = CalendarYear(
      year: 2024,
      holidays: [Holiday(name: "春节(本市延长)", first: date("2024-02-18"), last: date("2024-02-19"))],
      makeUpWorkdays: [MakeUpWorkday(date: date("2024-03-02"), holidayName: "春节(本市延长)")])
    let extended = try calendar.extended(by: [local], name: "national + city")
    #expect(extended.name == "national + city")
    #expect(extended.coveredYears == calendar.coveredYears)
    // The national make-up Sunday 02-18 becomes a day off; Saturday 03-02 a working day.
    #expect(try !extended.isWorkingDay(date("2024-02-18")))
    #expect(try !extended.isWorkingDay(date("2024-02-19")))
    #expect(try extended.isWorkingDay(date("2024-03-02")))
    #expect(try extended.addingWorkingDays(1, to: date("2024-02-09")) == date("2024-02-20"))
    // The base is unchanged.
    #expect(try calendar.isWorkingDay(date("2024-02-18")))
    #expect(try !calendar.isWorkingDay(date("2024-03-02")))
  }

  @Test func aLocalCalendarCannotLeaveTheBaseYearsOrCancelAHoliday() {
    #expect(throws: CalendarDataError.localYearNotCovered(2027, covered: [2024, 2025, 2026])) {
      try calendar.extended(by: [CalendarYear(year: 2027)])
    }
    let cancelling = CalendarYear(
      year: 2025, makeUpWorkdays: [MakeUpWorkday(date: date("2025-10-04"))])
    #expect(
      throws: CalendarDataError.bothHolidayAndMakeUpWorkday(
        date: date("2025-10-04"), holidayName: "国庆节、中秋节")
    ) {
      try calendar.extended(by: [cancelling])
    }
    #expect(throws: CalendarDataError.duplicateYear(2025)) {
      try calendar.extended(by: [CalendarYear(year: 2025), CalendarYear(year: 2025)])
    }
  }
}
