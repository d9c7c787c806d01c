import YiciCalendar

/// The wording of deadlines: acceptance, promised and statutory completion dates.
///
/// These lines are written for every dated decision, so each is built by appending to one
/// reserved string in the language asked for (string interpolation, or `pick`, which formats
/// both languages, would cost a noticeable share of a decision).
extension Phrases {
  /// 受理日期：2025年9月24日。
  func acceptedOn(_ date: CivilDate) -> String {
    english ? line("Accepted on ", date, ".") : line("受理日期：", date, "。")
  }

  /// For an application received on a day off that counts from the next working day.
  func receivedOnDayOff(_ received: CivilDate, accepted: CivilDate) -> String {
    english
      ? line("Received on ", received, ", a day off: it counts as accepted on the next working day, ")
        + line("", accepted, ".")
      : line("申请于", received, "（非工作日）收到，按下一个工作日受理，受理日期：") + line("", accepted, "。")
  }

  /// 即办件: settled on the day of acceptance.
  func immediateOn(_ date: CivilDate) -> String {
    english
      ? line("The application is settled immediately, on the day of acceptance (", date, ").")
      : line("本事项为即办件，受理当日（", date, "）即时办结。")
  }

  /// 承诺办结时限 and the date it ends.
  func promisedBy(_ date: CivilDate, limit: DayCount) -> String {
    english
      ? line("Promised time limit: \(limit); the application will be completed by ", date, ".")
      : line("承诺办结时限：" + limit.chinese + "，将于", date, "前办结。")
  }

  /// 法定办结时限 and the date it ends.
  func statutoryBy(_ date: CivilDate, limit: DayCount) -> String {
    english
      ? line("Statutory time limit: \(limit), ending on ", date, ".")
      : line("法定办结时限：" + limit.chinese + "，至", date, "止。")
  }

  /// For dates counted across a provisional year of the calendar.
  func provisionalDates(_ year: Int) -> String {
    english
      ? "These dates are counted on the provisional \(year) calendar (the statutory holidays only, without the "
        + "swapped working days); they may move when the State Council publishes the \(year) holiday arrangements."
      : "上述日期按\(year)年暂定工作日历（仅含法定节假日，未含调休）推算，国务院公布\(year)年节假日安排后可能调整。"
  }

  /// `a`, `a and b`, `a, b and c`.
  static func englishList(_ items: [String]) -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " and " + items.last!
  }

  /// For dates the calendar cannot count yet: `fields` are `Deadlines.DateNote.field`s.
  func undatedDates(_ fields: [String], year: Int) -> String {
    let names = fields.map { field in
      switch field {
      case "accepted": pick("受理日期", "acceptance date")
      case "promised": pick("承诺办结日期", "promised completion date")
      case "statutory": pick("法定办结日期", "statutory completion date")
      case "warning": pick("预警日期", "warning date")
      default: pick("容缺材料补交期限", "due date of the waived materials")
      }
    }
    var unique: [String] = []
    for name in names where !unique.contains(name) { unique.append(name) }
    return english
      ? "The \(Self.englishList(unique)) cannot be given yet: the working-day calendar for \(year) is not "
        + "published; it will be counted as soon as it is."
      : "\(unique.joined(separator: "、"))尚不能确定：\(year)年的工作日历尚未公布，公布后即可计算。"
  }

  /// The periods not counted in the limit, for the notice.
  func notCounted(_ periods: [String]) -> String {
    english
      ? "Time taken by these steps is not counted in the limit: \(periods.joined(separator: ", "))."
      : "以下环节所需时间不计入办结时限：\(periods.joined(separator: "、"))。"
  }

  /// A period not counted, with its maximum: 听证（最多20日）.
  func periodWithMaximum(_ name: String, _ maximum: DayCount?) -> String {
    guard let maximum else { return name }
    return english ? "\(name) (at most \(maximum))" : "\(name)（最多\(maximum.chinese)）"
  }

  /// `before`, the date as running text (2025年9月24日 / 24 September 2025), `after`.
  private func line(_ before: String, _ date: CivilDate, _ after: String) -> String {
    var text = before
    text.reserveCapacity(before.utf8.count + after.utf8.count + 24)
    if english {
      text += String(date.day)
      text += " "
      text += Self.englishMonths[date.month - 1]
      text += " "
      text += String(date.year)
    } else {
      text += String(date.year)
      text += "年"
      text += String(date.month)
      text += "月"
      text += String(date.day)
      text += "日"
    }
    text += after
    return text
  }

  /// January…December, as `CivilDate.english` writes them.
  private static let englishMonths = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
  ]
}
