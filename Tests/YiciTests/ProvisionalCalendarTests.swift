import Testing
import Yici
import YiciCalendar
import YiciTestSupport

/// The provisional year 2027 of `rules/calendar/china.yici`, cross-checked: its lunar and
/// solar-term dates against a table from independent sources, the table against the official
/// 2026 notice, and its days off against the law they are derived from.
@Suite struct ProvisionalCalendarTests {
  static let rules = try! RuleSet.load(paths: ["rules/calendar"], relativeTo: Repository.root.path)
  static var calendar: WorkingCalendar { rules.compiled.calendars.entry("national")!.calendar }

  /// 除夕 (the eve of 春节), 清明, 端午 (五月初五), 中秋 (八月十五), as three independent programs
  /// compute them (lunardate 0.3.0, lunar-python 1.4.8, borax 4.1.3 agree on every date).
  static let lunar: [Int: (eve: String, qingming: String, duanwu: String, zhongqiu: String)] = [
    2026: ("2026-02-16", "2026-04-05", "2026-06-19", "2026-09-25"),
    2027: ("2027-02-05", "2027-04-05", "2027-06-09", "2027-09-15"),
  ]

  static func date(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

  static func holidayName(_ date: CivilDate) -> String? {
    if case .holiday(let name)? = try? calendar.dayKind(date) { return name }
    return nil
  }

  @Test func theLunarTableAgreesWithTheOfficial2026Notice() throws {
    let dates = try #require(Self.lunar[2026])
    // 春节 starts on or before 初一 (the day after 除夕); each festival is a day off under its name.
    let newYear = CivilDate(dayNumber: Self.date(dates.eve).dayNumber + 1)
    #expect(Self.holidayName(newYear) == "春节")
    #expect(Self.holidayName(Self.date(dates.qingming)) == "清明节")
    #expect(Self.holidayName(Self.date(dates.duanwu)) == "端午节")
    #expect(Self.holidayName(Self.date(dates.zhongqiu)) == "中秋节")
    #expect(!Self.calendar.provisionalYears.contains(2026))
  }

  @Test func twentyTwentySevenIsProvisionalAndFollowsTheLaw() throws {
    #expect(Self.calendar.provisionalYears == [2027])
    let dates = try #require(Self.lunar[2027])
    let eve = Self.date(dates.eve)
    // 第二条: the statutory days off; 第六条: one that falls on a Saturday or Sunday is made
    // up on the next working day after the holiday. No swaps (调休) are known.
    let statutory: [(String, [CivilDate])] = [
      ("元旦", [Self.date("2027-01-01")]),
      ("春节", (0..<4).map { CivilDate(dayNumber: eve.dayNumber + $0) }),
      ("清明节", [Self.date(dates.qingming)]),
      ("劳动节", [Self.date("2027-05-01"), Self.date("2027-05-02")]),
      ("端午节", [Self.date(dates.duanwu)]),
      ("中秋节", [Self.date(dates.zhongqiu)]),
      ("国庆节", (1...3).map { Self.date("2027-10-0\($0)") }),
    ]
    var expected: [Int: String] = [:]
    for (name, days) in statutory {
      for day in days { expected[day.dayNumber] = name }
      var next = days.last!.dayNumber + 1
      for day in days where day.weekday == .saturday || day.weekday == .sunday {
        while [Weekday.saturday, .sunday].contains(CivilDate(dayNumber: next).weekday) { next += 1 }
        expected[next] = name
        next += 1
      }
    }
    var actual: [Int: String] = [:]
    var day = Self.date("2027-01-01").dayNumber
    while day <= Self.date("2027-12-31").dayNumber {
      let date = CivilDate(dayNumber: day)
      switch try Self.calendar.dayKind(date) {
      case .holiday(let name):
        // Weekends inside a holiday's run are days off under its name too.
        if date.weekday != .saturday && date.weekday != .sunday || expected[day] != nil { actual[day] = name }
      case .makeUpWorkday: Issue.record("a provisional year has no make-up working days: \(date)")
      default: break
      }
      day += 1
    }
    #expect(actual == expected)
  }

  @Test func aDateCountedAcrossTheProvisionalYearSaysSo() throws {
    let start = Self.date("2026-12-21")
    let end = try Self.calendar.addingWorkingDays(10, to: start)
    #expect(end == Self.date("2027-01-05"))
    #expect(Self.calendar.provisionalYear(between: start, and: end) == 2027)
    #expect(Self.calendar.provisionalYear(between: start, and: Self.date("2026-12-31")) == nil)
  }
}
