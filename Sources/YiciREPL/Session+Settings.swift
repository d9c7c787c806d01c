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

/// `:deadlines`: the dates an accepted application is told, and when waived materials are due.
extension Session {
  func showDeadlines() -> Output {
    guard let service else { return Self.noService }
    guard let decision else { return summary() }
    let names = MaterialNames(service: service, english: english)
    var table = TextTable()
    if let deadlines = decision.deadlines {
      table.add("accepted on", deadlines.accepted.description)
      if deadlines.immediate { table.add("settled", "on the spot (即办件)") }
      if let promised = deadlines.promised, !deadlines.immediate { table.add("promised by", promised.description) }
      if let statutory = deadlines.statutory { table.add("statutory limit", statutory.description) }
      if let warning = deadlines.warning { table.add("warning from", warning.description) }
    }
    for waived in decision.materials.waived {
      if let due = waived.due { table.add("\(waived.id) due", "\(due) (\(names.name(waived.id)))") }
    }
    let lines = table.lines(indent: 0)
    if !lines.isEmpty { return .lines(lines) }
    switch decision.outcome {
    case .accepted, .acceptedWithWaiver:
      return .line("this service declares no time limits")
    default:
      return .line("no deadlines yet: they run from acceptance, and the application is not accepted")
    }
  }
}
