import PropertyBased
import Testing
import Yici
import YiciCalendar

/// The properties of working-day arithmetic, on the calendar read from the rule file, over
/// random starts in 2024–2026 and counts up to 80.
@Suite struct RuleCalendarPropertyTests {
  let calendar = RuleCalendarTests.calendar
  static let first = CivilDate(iso: "2024-01-01")!.dayNumber
  static let last = CivilDate(iso: "2026-12-31")!.dayNumber
  let starts = Gen.int(in: first...last)
  let counts = Gen.int(in: 0...80)

  @Test func addingNWorkingDaysGivesAWorkingDay() async {
    await propertyCheck(count: 500, input: starts, counts) { dayNumber, n throws in
      let start = CivilDate(dayNumber: dayNumber)
      guard n > 0, let result = try? calendar.addingWorkingDays(n, to: start) else { return }
      #expect(try calendar.isWorkingDay(result))
    }
  }

  @Test func exactlyNWorkingDaysLieAfterTheStartUpToTheResult() async {
    await propertyCheck(count: 500, input: starts, counts) { dayNumber, n throws in
      let start = CivilDate(dayNumber: dayNumber)
      guard let result = try? calendar.addingWorkingDays(n, to: start) else { return }
      // Counted one day at a time, independently of the index.
      var counted = 0
      var day = start
      while day < result {
        day = day.adding(days: 1)
        if try calendar.isWorkingDay(day) { counted += 1 }
      }
      #expect(counted == n)
    }
  }

  @Test func theResultGrowsWithN() async {
    await propertyCheck(count: 500, input: starts, counts) { dayNumber, n throws in
      let start = CivilDate(dayNumber: dayNumber)
      guard let longer = try? calendar.addingWorkingDays(n + 1, to: start) else { return }
      #expect(try calendar.addingWorkingDays(n, to: start) < longer)
    }
  }

  @Test func theResultGrowsWithTheStartDate() async {
    await propertyCheck(count: 500, input: starts, Gen.int(in: 1...60), counts) { dayNumber, gap, n throws in
      guard dayNumber + gap <= Self.last else { return }
      let earlier = CivilDate(dayNumber: dayNumber)
      guard let later = try? calendar.addingWorkingDays(n, to: earlier.adding(days: gap)) else { return }
      #expect(try calendar.addingWorkingDays(n, to: earlier) <= later)
    }
  }

  @Test func pastTheLastYearIsAnErrorNamingIt() async {
    await propertyCheck(count: 200, input: starts, Gen.int(in: 1_050...2_000)) { dayNumber, n throws in
      #expect(throws: CalendarError.yearNotCovered(2028, covered: [2024, 2025, 2026, 2027])) {
        try calendar.addingWorkingDays(n, to: CivilDate(dayNumber: dayNumber))
      }
    }
  }
}
