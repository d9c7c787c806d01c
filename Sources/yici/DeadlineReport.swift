import Yici
import YiciCalendar

/// The result of `yici deadline`: the date, and the days that explain it.
struct DeadlineReport: Encodable {
  /// One day that was skipped, or counted although a Saturday or Sunday.
  struct Day: Encodable {
    var date: CivilDate
    var weekday: String
    /// `weekend`, `holiday` or `make_up_workday`.
    var kind: String
    var holiday: String?
    /// Whether the day counted as a working day.
    var counted: Bool
  }

  var from: CivilDate
  var count: Int
  var unit: DayUnit
  var calendar: String
  var countsStartDay: Bool
  /// The result.
  var date: CivilDate
  /// For natural days: the last day of the period before it moved off a day off.
  var periodEnd: CivilDate?
  /// The provisional year of the calendar the count ran across, if any: the date may move
  /// when that year's holiday notice is known.
  var provisionalYear: Int?
  var days: [Day]

  enum CodingKeys: String, CodingKey {
    case from, count, unit, calendar
    case countsStartDay = "counts_start_day"
    case date
    case periodEnd = "period_end"
    case provisionalYear = "provisional_year"
    case days
  }

  init(start: CivilDate, count: DayCount, rules: CountingRules, calendar: WorkingCalendar) throws(CalendarError) {
    from = start
    self.count = count.value
    unit = count.unit
    self.calendar = calendar.name
    countsStartDay = rules.countAcceptanceDay
    date = try count.deadline(from: start, in: calendar, rules: rules)
    provisionalYear = calendar.provisionalYear(between: start, and: date)
    switch count.unit {
    case .workingDays:
      periodEnd = nil
      days = try calendar.skippedDays(after: start, through: date).map(Self.day)
    case .naturalDays:
      var exact = rules
      exact.naturalDayDeadlineMovesToNextWorkingDay = false
      let end = try count.deadline(from: start, in: calendar, rules: exact)
      periodEnd = end == date ? nil : end
      days = try calendar.skippedDays(after: end.adding(days: -1), through: date.adding(days: -1)).map(Self.day)
    }
  }

  private static func day(_ explanation: DayExplanation) -> Day {
    let (kind, holiday): (String, String?) =
      switch explanation.kind {
      case .holiday(let name): ("holiday", name)
      case .makeUpWorkday(let name): ("make_up_workday", name)
      case .weekend: ("weekend", nil)
      case .workday: ("workday", nil)
      }
    return Day(
      date: explanation.date, weekday: explanation.date.weekday.englishName, kind: kind, holiday: holiday,
      counted: explanation.isWorkingDay)
  }

  /// The date first, then how it was reached, in `language`.
  func text(in language: Language) -> String {
    let en = language == .en
    func day(_ date: CivilDate) -> String { "\(date) \(en ? date.weekday.englishName : date.weekday.chineseName)" }
    var lines = [day(date)]
    if en {
      let noun = unit == .workingDays ? "working day" : "day"
      lines.append(
        "  = \(day(from)) + \(count) \(noun)\(count == 1 ? "" : "s") on calendar \(calendar),"
          + (countsStartDay ? " the start day counted" : " the start day not counted"))
    } else {
      let noun = unit == .workingDays ? "个工作日" : "日"
      lines.append("  = \(day(from)) 起 \(count)\(noun)（日历 \(calendar)），" + (countsStartDay ? "起算日计入" : "起算日不计入"))
    }
    if let periodEnd {
      lines.append(
        en
          ? "  the period ends on \(day(periodEnd)), a day off: it moves to the next working day"
          : "  期间届满日 \(day(periodEnd)) 为休息日，顺延至下一个工作日")
    }
    if let provisionalYear {
      lines.append(
        en
          ? "  provisional: counted on the provisional \(provisionalYear) calendar (statutory holidays only); "
            + "it may move when the \(provisionalYear) holiday notice is published"
          : "  暂定：按 \(provisionalYear) 年暂定日历（仅法定节假日）计算，该年放假安排公布后日期可能变动")
    }
    let skipped = days.filter { !$0.counted }
    let counted = days.filter(\.counted)
    let width = en ? 9 : 3
    if !skipped.isEmpty {
      lines.append(en ? "skipped (not working days):" : "跳过（非工作日）：")
      lines += skipped.map { "  \($0.date) \(Self.weekday($0, en).padding(width))  \(Self.describe($0, en))" }
    }
    if !counted.isEmpty {
      lines.append(en ? "counted although a Saturday or Sunday:" : "虽为周六、周日但计入：")
      lines += counted.map { "  \($0.date) \(Self.weekday($0, en).padding(width))  \(Self.describe($0, en))" }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func weekday(_ day: Day, _ english: Bool) -> String {
    english ? day.weekday : day.date.weekday.chineseName
  }

  private static func describe(_ day: Day, _ english: Bool) -> String {
    switch (day.kind, english) {
    case ("holiday", true): "holiday \(day.holiday ?? "")"
    case ("holiday", false): "节假日 \(day.holiday ?? "")"
    case ("make_up_workday", true): "make-up working day (调休上班)" + (day.holiday.map { " for \($0)" } ?? "")
    case ("make_up_workday", false): "调休上班" + (day.holiday.map { "（\($0)）" } ?? "")
    case (_, true): "weekend"
    default: "周末"
    }
  }
}

extension String {
  /// The string padded with spaces to `width` characters.
  func padding(_ width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
