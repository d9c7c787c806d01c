import Yici

/// `yici track`'s text: the state first, then the dates and the counts.
struct CaseReportText {
  let report: CaseReport
  let serviceName: String?

  init(_ report: CaseReport, serviceName: String?) {
    self.report = report
    self.serviceName = serviceName
  }

  /// 正常 / 暂停计时 / 预警 / 今日到期 / 超时.
  static func chinese(_ state: CaseStatus.State) -> String {
    switch state {
    case .running: "正常"
    case .paused: "暂停计时"
    case .warning: "预警"
    case .dueToday: "今日到期"
    case .overdue: "超时"
    }
  }

  var text: String {
    let unit = report.limit.unit == .workingDays ? "working" : "natural"
    var lines: [String] = []
    let name = serviceName.map { "\($0) (\(report.service))" } ?? report.service
    lines.append((report.id.map { "case \($0): " } ?? "") + name)
    lines.append("state on \(report.today): \(report.state.rawValue) (\(Self.chinese(report.state)))")
    lines.append(
      "accepted \(report.accepted); \(report.watched) limit \(report.limit); due \(report.due)"
        + (report.due == report.unpausedDue ? "" : " (\(report.unpausedDue) without the pauses)"))
    var counts = "used \(report.daysUsed), left \(report.daysLeft)"
    if report.daysOverdue > 0 { counts += ", overdue by \(report.daysOverdue)" }
    counts += ", paused \(report.daysPaused) (\(unit) days)"
    lines.append(counts)
    if let warning = report.warning { lines.append("warning (预警) from \(warning)") }
    if let statutory = report.statutoryDue { lines.append("statutory due date: \(statutory)") }
    for overrun in report.overlongPauses {
      let end = overrun.end.map(\.description) ?? "today"
      lines.append(
        "pause too long: \(overrun.kind) \(overrun.start) … \(end) lasted \(DayCount(overrun.length, overrun.maximum.unit)),"
          + " \(overrun.excess) more than its maximum of \(overrun.maximum)")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
