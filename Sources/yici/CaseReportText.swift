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

  /// The state first, then the dates and the counts, in `language`.
  func text(in language: Language) -> String {
    language == .en ? english : chinese
  }

  private var chinese: String {
    let unit = report.limit.unit == .workingDays ? "工作日" : "自然日"
    let watched = ["promised": "承诺时限", "statutory": "法定时限", "immediate": "即办"][report.watched] ?? report.watched
    var lines: [String] = []
    let name = serviceName.map { "\($0)（\(report.service)）" } ?? report.service
    lines.append((report.id.map { "案件 \($0)：" } ?? "") + name)
    lines.append("\(report.today) 状态：\(Self.chinese(report.state))（\(report.state.rawValue)）")
    lines.append(
      "受理 \(report.accepted)；\(watched) \(report.limit.chinese)；到期 \(report.due)"
        + (report.due == report.unpausedDue ? "" : "（不计暂停为 \(report.unpausedDue)）"))
    var counts = "已用 \(report.daysUsed)，剩余 \(report.daysLeft)"
    if report.daysOverdue > 0 { counts += "，超期 \(report.daysOverdue)" }
    counts += "，暂停 \(report.daysPaused)（\(unit)）"
    lines.append(counts)
    if let warning = report.warning { lines.append("自 \(warning) 起预警") }
    if let statutory = report.statutoryDue { lines.append("法定到期日：\(statutory)") }
    for overrun in report.overlongPauses {
      let end = overrun.end.map(\.description) ?? "今日"
      lines.append(
        "暂停超时：\(overrun.kind) \(overrun.start) … \(end) 共 \(DayCount(overrun.length, overrun.maximum.unit).chinese)，"
          + "上限 \(overrun.maximum.chinese)，超出 \(DayCount(overrun.excess, overrun.maximum.unit).chinese)")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private var english: String {
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
