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

  /// The date first, then how it was reached.
  var text: String {
    let noun = unit == .workingDays ? "working day" : "day"
    var lines = ["\(date) \(date.weekday)"]
    lines.append(
      "  = \(from) \(from.weekday) + \(count) \(noun)\(count == 1 ? "" : "s") on calendar \(calendar),"
        + (countsStartDay ? " the start day counted" : " the start day not counted"))
    if let periodEnd {
      lines.append(
        "  the period ends on \(periodEnd) \(periodEnd.weekday), a day off: it moves to the next working day")
    }
    if let provisionalYear {
      lines.append(
        "  provisional: counted on the provisional \(provisionalYear) calendar (statutory holidays only); "
          + "it may move when the \(provisionalYear) holiday notice is published")
    }
    let skipped = days.filter { !$0.counted }
    let counted = days.filter(\.counted)
    if !skipped.isEmpty {
      lines.append("skipped (not working days):")
      lines += skipped.map { "  \($0.date) \($0.weekday.padding(9))  \(Self.describe($0))" }
    }
    if !counted.isEmpty {
      lines.append("counted although a Saturday or Sunday:")
      lines += counted.map { "  \($0.date) \($0.weekday.padding(9))  \(Self.describe($0))" }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func describe(_ day: Day) -> String {
    switch day.kind {
    case "holiday": "holiday \(day.holiday ?? "")"
    case "make_up_workday": "make-up working day (调休上班)" + (day.holiday.map { " for \($0)" } ?? "")
    default: "weekend"
    }
  }
}

extension String {
  /// The string padded with spaces to `width` characters.
  func padding(_ width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
