// Durations: a number and a day unit, as a guide writes them.
//
// English: `20 working days`, `1 working day`, `30 days`, `30 natural days`.
// Chinese: `20 个工作日`, `20个工作日`, `20 工作日`, `30 日`, `30 天`, `30 个自然日`.
// A Chinese input method glues the measure word 个 to the unit (`个工作日` is one name), so
// the unit is read from the words themselves, not from the keyword table alone.

extension Parser {
  /// `number unit`, or reports what was expected.
  mutating func parseDuration(_ what: String) throws(Recovery) -> DurationSyntax {
    let number = try expect(.number, what)
    guard let unit = parseDayUnit() else {
      throw fail(
        "expected a unit after \(number.text): working days or days (工作日 / 自然日 / 日), found \(describe(current))",
        help: "write e.g. 20 working days, 30 days / 20 个工作日, 30 日")
    }
    return DurationSyntax(value: number.text, unit: unit.unit, range: number.range.union(unit.range))
  }

  /// Reads a day unit if one is next, noting its keyword language.
  private mutating func parseDayUnit() -> (unit: DurationSyntax.Unit, range: SourceRange)? {
    let token = current
    guard token.kind == .identifier else { return nil }
    if let english = englishDayUnit(token) { return english }
    var word = token.text
    var range = token.range
    var length = 1
    if word == "个", peek().kind == .identifier {
      word = peek().text
      range = range.union(peek().range)
      length = 2
    } else if word.hasPrefix("个") {
      word.removeFirst()
    }
    let unit: DurationSyntax.Unit
    switch word {
    case "工作日": unit = .workingDays
    case "自然日", "日", "天": unit = .naturalDays
    default: return nil
    }
    for _ in 0..<length { advance() }
    let keyword: Keyword = unit == .workingDays ? .workingDays : .naturalDays
    noteLanguage(
      of: Token(kind: .identifier, range: range, text: keyword.chineseSpelling), keyword: keyword)
    return (unit, range)
  }

  /// `working days`, `working day`, `natural days`, `natural day`, `days`, `day`.
  private mutating func englishDayUnit(_ token: Token) -> (unit: DurationSyntax.Unit, range: SourceRange)? {
    let isDays = { (text: String) in text == "days" || text == "day" }
    if token.text == "working" || token.text == "natural" {
      let next = peek()
      guard next.kind == .identifier, isDays(next.text) else { return nil }
      advance()
      advance()
      let unit: DurationSyntax.Unit = token.text == "working" ? .workingDays : .naturalDays
      noteLanguage(of: token, keyword: unit == .workingDays ? .workingDays : .naturalDays)
      return (unit, token.range.union(next.range))
    }
    guard isDays(token.text) else { return nil }
    advance()
    noteLanguage(
      of: Token(kind: .identifier, range: token.range, text: Keyword.naturalDays.englishSpelling),
      keyword: .naturalDays)
    return (.naturalDays, token.range)
  }
}
