import Yici

/// The session's settings: `:date` and `:lang`.
extension Session {
  /// `:date [YYYY-MM-DD|today]`: shows or sets the date decisions are made on.
  mutating func setDate(_ text: String) -> Output {
    if text.isEmpty { return .line("decisions are made on \(date)" + (date == today ? " (today)" : "")) }
    let typed = FactInput.halfWidth(text)
    guard let newDate = ["today", "今天"].contains(typed.lowercased()) ? today : CivilDate(iso: typed) else {
      return .failure("'\(text)' is not a date; write YYYY-MM-DD or today")
    }
    date = newDate
    application.date = newDate
    return .line("decisions are made on \(date)").then(decideAndSummarize())
  }

  /// `:lang [zh|en]`: shows or sets the language of decisions and notices.
  mutating func setLanguage(_ text: String) -> Output {
    if text.isEmpty { return .line("language: \(language.rawValue)") }
    let chosen: Language
    switch text.lowercased() {
    case "zh", "中文", "chinese", "cn": chosen = .zh
    case "en", "english", "英文": chosen = .en
    default:
      return .failure("no language '\(text)'; the languages are zh and en")
    }
    language = chosen
    return .line("language: \(language.rawValue)").then(decideAndSummarize())
  }
}

/// `:deadlines`: when the materials waived at acceptance are due.
///
/// The seam for time limits: decisions carry a due date on each waived material once the
/// calendar (YiciCalendar) sets them. When services declare time limits (the handling
/// period of a 承诺件, the days to supply waived materials), show them here from
/// `Decision` and the service's declarations.
extension Session {
  func showDeadlines() -> Output {
    guard let service else { return Self.noService }
    guard let decision else { return summary() }
    let names = MaterialNames(service: service, english: english)
    let due = decision.materials.waived.compactMap { waived in waived.due.map { (waived.id, $0) } }
    guard !due.isEmpty else {
      if decision.materials.waived.isEmpty { return .line("this service declares no time limits") }
      return .line("this service declares no time limits, so the waived materials have no due date")
    }
    var table = TextTable()
    for (id, date) in due { table.add(date.description, id, names.name(id)) }
    return .lines(["waived materials are due:"] + table.lines())
  }
}
