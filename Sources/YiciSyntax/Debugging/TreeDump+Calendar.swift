// Working-day calendars and time limits, as tree-dump nodes.

extension TreeDump {
  mutating func calendar(_ calendar: CalendarSyntax) {
    let fields = [calendar.id.name, Self.field("name", calendar.name), Self.field("extends", calendar.base?.name)]
    node("Calendar", fields, range: calendar.range) { dump in
      for year in calendar.years {
        dump.node("Year", ["\(year.year)"], range: year.range) { dump in
          for holiday in year.holidays {
            dump.node(
              "Holiday", [Self.quoted(holiday.name.value), holiday.first.iso, holiday.last.iso],
              range: holiday.range)
          }
          for workday in year.workdays {
            dump.node(
              "Workday", [workday.date.iso, Self.field("for", workday.holidayName.map(Self.quoted))],
              range: workday.date.range)
          }
        }
      }
    }
  }

  mutating func timeLimits(_ limits: TimeLimitsSyntax) {
    let fields = [Self.field("calendar", limits.calendar?.name), Self.field(limits.period)]
    node("TimeLimits", fields, range: limits.range) { dump in
      for (name, limit) in [("statutory", limits.statutory), ("promised", limits.promised)] {
        guard let limit else { continue }
        dump.node("Limit", [name, Self.describe(limit.duration), Self.field("basis", limit.basis)], range: limit.range)
      }
      if let immediate = limits.immediate {
        dump.node("Immediate", range: immediate.range) { dump in
          if let condition = immediate.condition { dump.expression(condition, label: "when:") }
        }
      }
      if let warning = limits.warning {
        let point: String =
          switch warning.point {
          case .before(let duration): "before=\(Self.describe(duration))"
          case .percent(let percent): "at=\(percent)%"
          }
        dump.node("Warning", [point], range: warning.range)
      }
      for supplement in limits.supplements {
        let materials = supplement.materials.isEmpty ? nil : supplement.materials.map(\.name).joined(separator: ",")
        dump.node(
          "Supplement", [Self.describe(supplement.duration), Self.field("materials", materials)],
          range: supplement.range)
      }
      for pause in limits.notCounted {
        let maximum = pause.maximum.map { "atMost=\(Self.describe($0))" }
        let fields: [String?] = [pause.id.name, Self.field("label", pause.label), maximum]
        dump.node("NotCounted", fields, range: pause.range)
      }
      for setting in limits.settings {
        dump.node("Setting", [setting.keyword.rawValue, "\(setting.value)"], range: setting.range)
      }
    }
  }

  /// `20 workingDays`, `30 naturalDays`.
  static func describe(_ duration: DurationSyntax) -> String {
    "\(duration.value) \(duration.unit.rawValue)"
  }
}
