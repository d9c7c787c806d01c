import Yici
import YiciCalendar

/// The month grids of `yici calendar`.
extension CalendarYearView {
  var text: String {
    var lines = [
      "\(calendar) \(year): \(workingDays) working days, \(daysOff) days off"
        + " (the calendar covers \(Self.describe(coveredYears)))",
      "legend: 1* holiday day off   1+ make-up working day (调休上班)   1. weekend   other days are working days",
    ]
    for month in months {
      lines.append("")
      lines += grid(month)
    }
    lines.append("")
    lines.append("holidays:")
    for run in holidays {
      var line = "  \(run.name)  \(run.first)"
      if run.last != run.first { line += " … \(run.last)" }
      line += ", \(run.daysOff) day\(run.daysOff == 1 ? "" : "s") off"
      if !run.makeUpWorkdays.isEmpty {
        line += "; make-up working days " + run.makeUpWorkdays.map { "\($0) (\($0.weekday))" }.joined(separator: ", ")
      }
      lines.append(line)
    }
    if !otherMakeUpWorkdays.isEmpty {
      lines.append("  other make-up working days: " + otherMakeUpWorkdays.map(\.description).joined(separator: ", "))
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
  private func grid(_ month: Month) -> [String] {
    let title = "\(year)-\(month.month < 10 ? "0" : "")\(month.month)"
    var lines = [title.padding(29) + "\(month.workingDays) working days", " Mo  Tu  We  Th  Fr  Sa  Su"]
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
