import YiciSyntax

/// The keywords of a file token by token, as the parser read them, and the text each token
/// is printed with when every keyword is spelled in one language.
///
/// A keyword is translated only where the parser read a keyword, so a fact named `name` or
/// `日期` stays a name. Multi-word English keywords (`at most`, `time limits`) become one
/// Chinese word and back; day units take the spellings a guide writes (`个工作日`, `日`;
/// `working days`, `days`); a counting setting's 是 / 否 is `yes` / `no` in English; the `at`
/// of `warning at 80%` has no Chinese word and is left out.
struct KeywordTokens {
  /// The keyword read at each token (at its first word).
  private(set) var keyword: [Keyword?]
  /// For each later word of a keyword (`most` of `at most`, `工作日` after `个`): that
  /// keyword.
  private(set) var partOf: [Keyword?]
  /// What each token is printed as; nil for a word left out.
  private(set) var pieces: [String?]

  /// The keywords of `tokens` (the end of the file excluded), spelled in `target`.
  init(_ parsed: LayoutParse, tokens: [Token], target: KeywordLanguage) {
    let count = tokens.count
    keyword = Array(repeating: nil, count: count)
    partOf = Array(repeating: nil, count: count)
    pieces = tokens.map { Optional(TokenText.of($0)) }
    var language = [KeywordLanguage?](repeating: nil, count: count)
    var tokenAt: [Int: Int] = [:]
    for (index, token) in tokens.enumerated() { tokenAt[token.range.start] = index }
    for use in parsed.keywords {
      guard let first = tokenAt[use.range.start] else { continue }
      let words = Self.words(of: use, first: tokens[first], tokens: tokens[first...])
      keyword[first] = use.keyword
      language[first] = use.language
      for later in (first + 1)..<min(first + words, count) { partOf[later] = use.keyword }
      guard use.language != target else { continue }
      let number = first > 0 ? tokens[first - 1].text : ""
      pieces[first] = Self.spelling(of: use.keyword, in: target, after: number)
      for later in (first + 1)..<min(first + words, count) { pieces[later] = nil }
    }
    for index in tokens.indices where index > 0 {
      let before = keyword[index - 1] ?? partOf[index - 1]
      if let before, Self.settings.contains(before) {
        if target == .english, language[index] == .chinese, let value = keyword[index],
          value == .true || value == .false
        {
          pieces[index] = value == .true ? "yes" : "no"
        } else if target == .chinese, keyword[index] == nil, tokens[index].text == "yes" || tokens[index].text == "no" {
          pieces[index] = tokens[index].text == "yes" ? Keyword.true.chineseSpelling : Keyword.false.chineseSpelling
        }
      }
      if target == .chinese, tokens[index].kind == .identifier, tokens[index].text == "at", keyword[index] == nil,
        before == .warning || before == .before, index + 2 < count, tokens[index + 1].kind == .number,
        tokens[index + 2].kind == .percent
      {
        pieces[index] = nil
      }
    }
  }

  /// The keyword a token starts or continues.
  func keyword(at index: Int) -> Keyword? { keyword[index] ?? partOf[index] }

  /// The three counting settings, whose value is `yes` / `no` in English.
  private static let settings: Set<Keyword> = [.acceptanceDayCounted, .dayOffReceiptMoves, .naturalDayDeadlineMoves]

  /// How many tokens a keyword as written takes.
  private static func words(of use: Parser.KeywordUse, first: Token, tokens: ArraySlice<Token>) -> Int {
    var words = 1
    if use.language == .english {
      if use.keyword == .workingDays || use.keyword == .naturalDays {
        words = first.text == "working" || first.text == "natural" ? 2 : 1
      } else {
        words = use.keyword.spellings.english.split(separator: " ").count
      }
    }
    // A Chinese unit may be two tokens (`个 工作日`): the parser's range covers both.
    while tokens.startIndex + words < tokens.endIndex, tokens[tokens.startIndex + words].range.start < use.range.end {
      words += 1
    }
    return words
  }

  /// A keyword's spelling in a language; a day unit as guides write it, singular after 1.
  static func spelling(of keyword: Keyword, in language: KeywordLanguage, after number: String) -> String {
    switch (keyword, language) {
    case (.workingDays, .chinese): "个工作日"
    case (.naturalDays, .chinese): "日"
    case (.workingDays, .english): number == "1" ? "working day" : "working days"
    case (.naturalDays, .english): number == "1" ? "day" : "days"
    case (.yearsUnit, .english): number == "1" ? "year" : "years"
    case (.monthsUnit, .english): number == "1" ? "month" : "months"
    default: keyword.spelling(in: language)
    }
  }
}
