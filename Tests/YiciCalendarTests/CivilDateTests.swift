import Foundation
import PropertyBased
import Testing
import YiciCalendar
import YiciTestSupport

@Suite struct CivilDateTests {
  @Test func roundTripsEveryDayFrom1900To2100() throws {
    var expectedDayNumber = try #require(CivilDate(year: 1900, month: 1, day: 1)).dayNumber
    var expectedWeekday = Weekday.monday  // 1900-01-01 was a Monday
    for year in 1900...2100 {
      for month in 1...12 {
        for day in 1...CivilDate.daysInMonth(year: year, month: month) {
          let civil = try #require(CivilDate(year: year, month: month, day: day))
          #expect(civil.dayNumber == expectedDayNumber)
          let back = CivilDate(dayNumber: expectedDayNumber)
          #expect(back.year == year && back.month == month && back.day == day)
          #expect(back.weekday == expectedWeekday)
          expectedDayNumber += 1
          expectedWeekday = Weekday(rawValue: expectedWeekday.rawValue % 7 + 1) ?? .monday
        }
      }
    }
    #expect(expectedDayNumber == (try #require(CivilDate(year: 2101, month: 1, day: 1))).dayNumber)
  }

  @Test(arguments: [
    ("1970-01-01", 0), ("1969-12-31", -1), ("2000-03-01", 11_017), ("1900-01-01", -25_567),
    ("2024-01-01", 19_723), ("2026-12-31", 20_818), ("0000-01-01", -719_528),
    ("9999-12-31", 2_932_896),
  ])
  func knownDayNumbers(iso: String, dayNumber: Int) {
    #expect(date(iso).dayNumber == dayNumber)
    #expect(CivilDate(dayNumber: dayNumber).description == iso)
  }

  @Test(arguments: [
    ("1970-01-01", Weekday.thursday), ("2000-01-01", .saturday), ("2025-10-13", .monday),
    ("2024-02-04", .sunday), ("2025-10-11", .saturday), ("2026-01-04", .sunday),
  ])
  func knownWeekdays(iso: String, weekday: Weekday) {
    #expect(date(iso).weekday == weekday)
    #expect(date(iso).weekday.isWeekend == (weekday == .saturday || weekday == .sunday))
  }

  @Test func leapYears() {
    #expect(CivilDate(year: 2024, month: 2, day: 29) != nil)
    #expect(CivilDate(year: 2000, month: 2, day: 29) != nil)
    #expect(CivilDate(year: 2025, month: 2, day: 29) == nil)
    #expect(CivilDate(year: 1900, month: 2, day: 29) == nil)
    #expect(CivilDate(year: 2025, month: 13, day: 1) == nil)
    #expect(CivilDate(year: 2025, month: 4, day: 31) == nil)
    #expect(CivilDate(year: 10_000, month: 1, day: 1) == nil)
    #expect(CivilDate(year: -1, month: 12, day: 31) == nil)
  }

  @Test(arguments: [
    "2025-02-30", "2025-1-01", "20250101", "2025-13-01", "2025-00-10", "2025-01-00", " 2025-01-01",
    "2025-01-01 ", "２０２５-01-01", "2025/01/01", "", "+2025-01-01", "2025-01-011", "2025-01-1",
    "-025-01-01",
  ])
  func isoParsingRejects(text: String) {
    #expect(CivilDate(iso: text) == nil)
  }

  @Test func isoParsingAcceptsSubstrings() {
    let text = "due 2025-10-13!"
    let slice = text.dropFirst(4).dropLast()
    #expect(CivilDate(iso: slice) == CivilDate(year: 2025, month: 10, day: 13))
  }

  @Test func formats() {
    let day = date("2025-10-13")
    #expect(day.description == "2025-10-13")
    #expect(day.chinese == "2025年10月13日")
    #expect(day.english == "13 October 2025")
    #expect(date("0005-03-09").description == "0005-03-09")
    #expect(date("2024-01-02").chinese == "2024年1月2日")
    #expect(date("2024-01-02").english == "2 January 2024")
  }

  @Test func ordersAndAddsDays() {
    #expect(date("2024-12-31") < date("2025-01-01"))
    #expect(date("2024-12-31").adding(days: 1) == date("2025-01-01"))
    #expect(date("2024-03-01").adding(days: -1) == date("2024-02-29"))
    #expect(
      Set([date("2025-01-01"), CivilDate(dayNumber: date("2025-01-01").dayNumber)]).count == 1)
  }

  @Test func codableAsIsoString() throws {
    let encoded = try JSONEncoder().encode([date("2025-09-28")])
    #expect(String(decoding: encoded, as: UTF8.self) == #"["2025-09-28"]"#)
    #expect(try JSONDecoder().decode([CivilDate].self, from: encoded) == [date("2025-09-28")])
  }

  @Test func decodingAnInvalidDateThrowsAClearMessage() {
    let json = Data(#"["2025-02-30"]"#.utf8)
    do {
      _ = try JSONDecoder().decode([CivilDate].self, from: json)
      Issue.record("decoding 2025-02-30 should fail")
    } catch DecodingError.dataCorrupted(let context) {
      #expect(context.debugDescription.contains("invalid date \"2025-02-30\""))
      #expect(context.debugDescription.contains("YYYY-MM-DD"))
    } catch {
      Issue.record("unexpected error \(error)")
    }
  }

  @Test func isoRoundTripOverAllSupportedYears() async {
    await propertyCheck(count: 500, input: Gen.int(in: CivilDate.supportedDayNumbers)) {
      dayNumber throws in
      let day = CivilDate(dayNumber: dayNumber)
      #expect(CivilDate(iso: day.description) == day)
      #expect(CivilDate(year: day.year, month: day.month, day: day.day) == day)
    }
  }
}
