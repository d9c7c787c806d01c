// Properties of working-day arithmetic over random dates in 2024–2026, checked against a naive
// day-by-day walk over the raw README table.

import PropertyBased
import Testing
import YiciCalendar
import YiciTestSupport

@Suite struct WorkingCalendarPropertyTests {
  let calendar = NationalCalendarFixture.calendar
  let startDays = Gen.int(in: NationalCalendarFixture.coveredDayNumbers)
  let counts = Gen.int(in: 0...60)

  @Test func agreesWithTheNaiveWalk() async {
    await propertyCheck(count: 300, input: startDays, counts) { dayNumber, n throws in
      let start = CivilDate(dayNumber: dayNumber)
      let expected = naiveAddingWorkingDays(n, to: start)
      do throws(CalendarError) {
        #expect(try calendar.addingWorkingDays(n, to: start) == expected)
      } catch {
        #expect(expected == nil, "\(error)")
        #expect(error == .yearNotCovered(2027, covered: [2024, 2025, 2026]))
      }
    }
  }

  @Test func isWorkingDayAgreesWithTheTableEveryDay() throws {
    for dayNumber in NationalCalendarFixture.coveredDayNumbers {
      let day = CivilDate(dayNumber: dayNumber)
      #expect(try calendar.isWorkingDay(day) == naiveIsWorkingDay(day), "\(day)")
      #expect(try calendar.dayKind(day).isWorkingDay == naiveIsWorkingDay(day), "\(day)")
    }
  }

  @Test func resultIsAWorkingDayWithExactlyNWorkingDaysAfterTheStart() async {
    await propertyCheck(count: 300, input: startDays, counts) { dayNumber, n throws in
      let start = CivilDate(dayNumber: dayNumber)
      guard let result = try? calendar.addingWorkingDays(n, to: start) else { return }
      if n >= 1 {
        #expect(try calendar.isWorkingDay(result))
        #expect(result > start)
      } else {
        #expect(result == start)
      }
      #expect(try calendar.workingDays(after: start, through: result) == n)
      #expect(try calendar.workingDays(after: result, through: start) == 0)
    }
  }

  @Test func monotoneInTheCount() async {
    await propertyCheck(count: 300, input: startDays, counts) { dayNumber, n throws in
      let start = CivilDate(dayNumber: dayNumber)
      guard let longer = try? calendar.addingWorkingDays(n + 1, to: start) else { return }
      #expect(try calendar.addingWorkingDays(n, to: start) < longer)
    }
  }

  @Test func monotoneInTheStartDate() async {
    await propertyCheck(count: 300, input: startDays, Gen.int(in: 0...40), counts) {
      dayNumber, gap, n throws in
      let earlier = CivilDate(dayNumber: dayNumber)
      guard NationalCalendarFixture.coveredDayNumbers.contains(dayNumber + gap),
        let later = try? calendar.addingWorkingDays(n, to: earlier.adding(days: gap))
      else { return }
      #expect(try calendar.addingWorkingDays(n, to: earlier) <= later)
    }
  }

  @Test func countsAddUpAcrossIntervals() async {
    await propertyCheck(count: 300, input: startDays, Gen.int(in: 0...200), Gen.int(in: 0...200)) {
      a, x, y throws in
      let days = NationalCalendarFixture.coveredDayNumbers
      guard days.contains(a + x + y) else { return }
      let (first, middle, last) = (
        CivilDate(dayNumber: a), CivilDate(dayNumber: a + x), CivilDate(dayNumber: a + x + y)
      )
      let whole = try calendar.workingDays(after: first, through: last)
      #expect(
        try calendar.workingDays(after: first, through: middle)
          + calendar.workingDays(after: middle, through: last) == whole)
      let skipped = try calendar.skippedDays(after: first, through: last)
      let nonWorking = skipped.filter { !$0.isWorkingDay }.count
      let makeUp = skipped.count - nonWorking
      let ordinaryWorkdays = (x + y) - nonWorking - makeUp
      #expect(ordinaryWorkdays + makeUp == whole)
    }
  }

  @Test func nextWorkingDayIsTheFirstWorkingDayOnOrAfter() async {
    await propertyCheck(count: 300, input: startDays) { dayNumber throws in
      let day = CivilDate(dayNumber: dayNumber)
      guard let next = try? calendar.nextWorkingDay(onOrAfter: day) else { return }
      #expect(try calendar.isWorkingDay(next))
      #expect(next >= day)
      // No working day lies in day ..< next.
      #expect(try calendar.workingDays(after: day, through: next) == (next == day ? 0 : 1))
    }
  }

  @Test func workingDayDeadlineIsAddingWorkingDays() async {
    await propertyCheck(count: 200, input: startDays, counts) { dayNumber, n throws in
      let start = CivilDate(dayNumber: dayNumber)
      guard let expected = naiveAddingWorkingDays(n, to: start) else { return }
      #expect(try DayCount.workingDays(n).deadline(from: start, in: calendar) == expected)
    }
  }
}
