// The case clock for electronic supervision: pauses, warnings, overdue.

import PropertyBased
import Testing
import YiciCalendar
import YiciTestSupport

@Suite struct CaseClockTests {
  let calendar = NationalCalendarFixture.calendar

  /// Accepted Monday 2025-03-03, 20 working days: due Monday 2025-03-31.
  func clock(pauses: [CasePause] = [], warning: WarningPoint? = .percentElapsed(80)) -> CaseClock {
    CaseClock(
      calendar: calendar, acceptance: date("2025-03-03"), limit: .workingDays(20), warning: warning,
      pauses: pauses)
  }

  @Test func runningWithoutPauses() throws {
    let status = try clock().status(on: date("2025-03-17"))
    #expect(status.state == .running)
    #expect(status.dueDate == date("2025-03-31"))
    #expect(status.unpausedDueDate == date("2025-03-31"))
    #expect(
      status.daysUsed == 10 && status.daysLeft == 10 && status.daysOverdue == 0
        && status.daysPaused == 0)
    #expect(status.warningDate == date("2025-03-25"))  // the 16th working day: 80% of 20
  }

  @Test func warningThenDueTodayThenOverdue() throws {
    let warned = try clock().status(on: date("2025-03-25"))
    #expect(warned.state == .warning && warned.daysUsed == 16 && warned.daysLeft == 4)
    #expect(try clock().status(on: date("2025-03-24")).state == .running)
    #expect(
      try clock(warning: .daysBeforeDeadline(3)).status(on: date("2025-03-26")).state == .warning)
    #expect(
      try clock(warning: .daysBeforeDeadline(3)).status(on: date("2025-03-25")).state == .running)
    let due = try clock().status(on: date("2025-03-31"))
    #expect(due.state == .dueToday && due.daysLeft == 0 && due.daysUsed == 20)
    let late = try clock().status(on: date("2025-04-02"))
    #expect(
      late.state == .overdue && late.daysOverdue == 2 && late.daysLeft == 0 && late.daysUsed == 22)
  }

  @Test func aClosedPauseMovesTheDueDateOutByItsWorkingDays() throws {
    // 现场勘验 Monday 03-10 … Friday 03-14: 5 working days not counted. 03-31 + 5 working days
    // crosses 清明节 (04-04 … 04-06): due 04-08.
    let inspection = CasePause(
      kind: "现场勘验", start: date("2025-03-10"), end: date("2025-03-14"), maximum: .workingDays(10))
    let during = try clock(pauses: [inspection]).status(on: date("2025-03-12"))
    #expect(during.state == .paused)
    #expect(during.daysUsed == 4 && during.daysPaused == 3 && during.daysLeft == 16)
    #expect(during.dueDate == date("2025-04-08"))
    #expect(during.unpausedDueDate == date("2025-03-31"))
    #expect(during.overlongPauses.isEmpty)
    let after = try clock(pauses: [inspection]).status(on: date("2025-03-31"))
    #expect(after.state == .running && after.daysUsed == 15 && after.daysPaused == 5)
  }

  @Test func anOpenOverlongPauseIsReportedAndKeepsMovingTheDueDate() throws {
    // 补正 from Wednesday 03-05, at most 5 working days, still open on 03-17: 9 working days.
    let correction = CasePause(kind: "补正", start: date("2025-03-05"), maximum: .workingDays(5))
    let status = try clock(pauses: [correction]).status(on: date("2025-03-17"))
    #expect(status.state == .paused)
    #expect(status.daysUsed == 1 && status.daysPaused == 9)
    #expect(status.dueDate == date("2025-04-14"))  // 19 working days after 03-17, over 清明节
    #expect(status.overlongPauses.count == 1)
    let overrun = try #require(status.overlongPauses.first)
    #expect(overrun.length == 9 && overrun.excess == 4 && overrun.pause == correction)
    #expect(
      overrun.description
        == "补正 pause from 2025-03-05 lasted 9 working days, 4 more than its maximum of 5")
    let nextDay = try clock(pauses: [correction]).status(on: date("2025-03-18"))
    #expect(nextDay.dueDate == date("2025-04-15"))
  }

  @Test func overlappingPausesSuspendADayOnce() throws {
    let a = CasePause(kind: "检验检测", start: date("2025-03-10"), end: date("2025-03-12"))
    let b = CasePause(kind: "专家评审", start: date("2025-03-11"), end: date("2025-03-14"))
    let status = try clock(pauses: [b, a]).status(on: date("2025-03-31"))
    #expect(status.daysPaused == 5 && status.dueDate == date("2025-04-08"))
  }

  @Test func countingTheAcceptanceDayBringsTheDueDateInByOne() throws {
    let rules = CountingRules(countAcceptanceDay: true)
    let counting = CaseClock(
      calendar: calendar, acceptance: date("2025-03-03"), limit: .workingDays(20), rules: rules)
    let status = try counting.status(on: date("2025-03-03"))
    #expect(status.dueDate == date("2025-03-28") && status.unpausedDueDate == date("2025-03-28"))
    #expect(status.daysUsed == 1 && status.daysLeft == 19)
  }

  @Test func aHugeLimitIsAnErrorNotACrash() {
    let huge = CaseClock(
      calendar: calendar, acceptance: date("2025-03-03"), limit: .workingDays(Int.max),
      warning: .percentElapsed(99))
    #expect(throws: CaseClockError.calendar(.yearNotCovered(2027, covered: [2024, 2025, 2026]))) {
      try huge.status(on: date("2025-03-04"))
    }
  }

  @Test func immediateHandlingIsDueOnTheAcceptanceDay() throws {
    let immediate = CaseClock(
      calendar: calendar, acceptance: date("2025-03-03"), limit: .workingDays(0))
    #expect(try immediate.status(on: date("2025-03-03")).state == .dueToday)
    #expect(try immediate.status(on: date("2025-03-04")).state == .overdue)
  }

  @Test func aNaturalDayLimitEndingOnAHolidayIsDueOnTheNextWorkingDay() throws {
    let natural = CaseClock(
      calendar: calendar, acceptance: date("2025-09-26"), limit: .naturalDays(5))
    let status = try natural.status(on: date("2025-10-03"))
    #expect(status.dueDate == date("2025-10-09") && status.unpausedDueDate == date("2025-10-09"))
    #expect(status.state == .running && status.daysUsed == 7)
  }

  @Test func badInputsAreErrors() {
    let reversed = CasePause(kind: "听证", start: date("2025-03-10"), end: date("2025-03-07"))
    #expect(
      throws: CaseClockError.pauseEndsBeforeItStarts(
        kind: "听证", start: date("2025-03-10"), end: date("2025-03-07"))
    ) {
      try clock(pauses: [reversed]).status(on: date("2025-03-17"))
    }
    #expect(throws: CaseClockError.warningPercentOutOfRange(120)) {
      try clock(warning: .percentElapsed(120)).status(on: date("2025-03-17"))
    }
    #expect(throws: CaseClockError.negativeWarningDays(-1)) {
      try clock(warning: .daysBeforeDeadline(-1)).status(on: date("2025-03-17"))
    }
    #expect(throws: CaseClockError.calendar(.yearNotCovered(2027, covered: [2024, 2025, 2026]))) {
      try clock().status(on: date("2027-01-04"))
    }
  }

  @Test func withoutPausesTheDueDateIsTheDeadline() async {
    await propertyCheck(
      count: 200, input: Gen.int(in: NationalCalendarFixture.coveredDayNumbers), Gen.int(in: 0...40)
    ) { dayNumber, n throws in
      let acceptance = CivilDate(dayNumber: dayNumber)
      guard let deadline = try? DayCount.workingDays(n).deadline(from: acceptance, in: calendar)
      else { return }
      let status = try CaseClock(calendar: calendar, acceptance: acceptance, limit: .workingDays(n))
        .status(on: acceptance)
      #expect(status.dueDate == deadline && status.daysUsed == 0 && status.daysLeft == n)
    }
  }

  @Test func aPauseBeforeTheDueDateMovesItByItsWorkingDays() async {
    await propertyCheck(
      count: 200, input: Gen.int(in: NationalCalendarFixture.coveredDayNumbers),
      Gen.int(in: 1...40), Gen.int(in: 1...30), Gen.int(in: 0...20)
    ) { dayNumber, n, offset, length throws in
      let acceptance = CivilDate(dayNumber: dayNumber)
      guard let deadline = try? calendar.addingWorkingDays(n, to: acceptance) else { return }
      let start = acceptance.adding(days: offset)
      let end = start.adding(days: length)
      guard end <= deadline else { return }
      let pausedWorkingDays = try calendar.workingDays(after: start.adding(days: -1), through: end)
      guard let expected = try? calendar.addingWorkingDays(n + pausedWorkingDays, to: acceptance)
      else { return }
      let pause = CasePause(kind: "检验检测", start: start, end: end)
      let status = try CaseClock(
        calendar: calendar, acceptance: acceptance, limit: .workingDays(n), pauses: [pause]
      ).status(on: end)
      #expect(status.dueDate == expected)
      #expect(status.daysUsed + status.daysLeft == n)
      #expect(status.daysPaused == pausedWorkingDays)
    }
  }
}
