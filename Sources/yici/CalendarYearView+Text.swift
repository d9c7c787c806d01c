import Yici
import YiciCalendar

/// The month grids of `yici calendar`.
extension CalendarYearView {
  /// The year's summary, its month grids and its holidays, in `language`.
  func text(in language: Language) -> String {
    let en = language == .en
    var lines =
      en
      ? [
        "\(calendar) \(year): \(workingDays) working days, \(daysOff) days off"
          + " (the calendar covers \(Self.describe(coveredYears)))",
        "legend: 1* holiday day off   1+ make-up working day (调休上班)   1. weekend   other days are working days",
      ]
      : [
        "\(calendar) \(year) 年：工作日 \(workingDays) 天，休息日 \(daysOff) 天（日历覆盖 \(Self.describe(coveredYears)) 年）",
        "图例：1* 节假日休息   1+ 调休上班   1. 周末   其余为工作日",
      ]
    for month in months {
      lines.append("")
      lines += grid(month, english: en)
    }
    lines.append("")
    lines.append(en ? "holidays:" : "节假日：")
    for run in holidays {
      var line = "  \(run.name)  \(run.first)"
      if run.last != run.first { line += " … \(run.last)" }
      line += en ? ", \(run.daysOff) day\(run.daysOff == 1 ? "" : "s") off" : "，休息 \(run.daysOff) 天"
      if !run.makeUpWorkdays.isEmpty {
        let days = run.makeUpWorkdays.map { en ? "\($0) (\($0.weekday))" : "\($0)（\($0.weekday.chineseName)）" }
        line += en ? "; make-up working days " + days.joined(separator: ", ") : "；调休上班 " + days.joined(separator: "、")
      }
      lines.append(line)
    }
    if !otherMakeUpWorkdays.isEmpty {
      let days = otherMakeUpWorkdays.map(\.description)
      lines.append(
        en
          ? "  other make-up working days: " + days.joined(separator: ", ") : "  其他调休上班日：" + days.joined(separator: "、")
      )
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Ascending years as runs: "2024–2026", "2020, 2022–2023".
  static func describe(_ years: [Int]) -> String {
    var runs: [(Int, Int)] = []
    for year in years {
      if let last = runs.last, last.1 + 1 == year { runs[runs.count - 1].1 = year } else { runs.append((year, year)) }
    }
    return runs.map { $0 == $1 ? "\($0)" : "\($0)–\($1)" }.joined(separator: ", ")
  }

  /// One month: a title with its working days, a weekday header, the weeks (Monday first).
  private func grid(_ month: Month, english: Bool) -> [String] {
    let title = "\(year)-\(month.month < 10 ? "0" : "")\(month.month)"
    var lines =
      english
      ? [title.padding(29) + "\(month.workingDays) working days", " Mo  Tu  We  Th  Fr  Sa  Su"]
      : [title.padding(29) + "\(month.workingDays) 个工作日", " 一  二  三  四  五  六  日"]
    let days = dayKinds(in: month.month)
    guard let first = days.first else { return lines }
    var week = String(repeating: "    ", count: first.0.weekday.rawValue - 1)
    for (date, kind) in days {
      let number = String(date.day)
      week += String(repeating: " ", count: 3 - number.count) + number + Self.marker(kind)
      if date.weekday == .sunday {
        lines.append(week.trimmingTrailingSpaces)
        week = ""
      }
    }
    if !week.isEmpty { lines.append(week.trimmingTrailingSpaces) }
    return lines
  }

  private static func marker(_ kind: DayKind) -> String {
    switch kind {
    case .workday: " "
    case .weekend: "."
    case .holiday: "*"
    case .makeUpWorkday: "+"
    }
  }
}

extension String {
  /// The string without spaces at its end.
  var trimmingTrailingSpaces: String {
    var copy = self
    while copy.last == " " { copy.removeLast() }
    return copy
  }
}
