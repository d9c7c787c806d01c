import YiciCalendar

/// The wording of deadlines: acceptance, promised and statutory completion dates.
extension Phrases {
  /// 受理日期：2025年9月24日。
  func acceptedOn(_ date: CivilDate) -> String {
    pick("受理日期：\(date.chinese)。", "Accepted on \(date.english).")
  }

  /// For an application received on a day off that counts from the next working day.
  func receivedOnDayOff(_ received: CivilDate, accepted: CivilDate) -> String {
    pick(
      "申请于\(received.chinese)（非工作日）收到，按下一个工作日受理，受理日期：\(accepted.chinese)。",
      "Received on \(received.english), a day off: it counts as accepted on the next working day, \(accepted.english).")
  }

  /// 即办件: settled on the day of acceptance.
  func immediateOn(_ date: CivilDate) -> String {
    pick(
      "本事项为即办件，受理当日（\(date.chinese)）即时办结。",
      "The application is settled immediately, on the day of acceptance (\(date.english)).")
  }

  /// 承诺办结时限 and the date it ends.
  func promisedBy(_ date: CivilDate, limit: DayCount) -> String {
    pick(
      "承诺办结时限：\(limit.chinese)，将于\(date.chinese)前办结。",
      "Promised time limit: \(limit); the application will be completed by \(date.english).")
  }

  /// 法定办结时限 and the date it ends.
  func statutoryBy(_ date: CivilDate, limit: DayCount) -> String {
    pick(
      "法定办结时限：\(limit.chinese)，至\(date.chinese)止。",
      "Statutory time limit: \(limit), ending on \(date.english).")
  }

  /// The periods not counted in the limit, for the notice.
  func notCounted(_ periods: [String]) -> String {
    pick(
      "以下环节所需时间不计入办结时限：\(periods.joined(separator: "、"))。",
      "Time taken by these steps is not counted in the limit: \(periods.joined(separator: ", ")).")
  }

  /// A period not counted, with its maximum: 听证（最多20日）.
  func periodWithMaximum(_ name: String, _ maximum: DayCount?) -> String {
    guard let maximum else { return name }
    return pick("\(name)（最多\(maximum.chinese)）", "\(name) (at most \(maximum))")
  }
}
