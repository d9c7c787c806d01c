/// The language a keyword is spelled in.
public enum KeywordLanguage: String, Sendable, Codable {
  case english
  case chinese
}

/// Every keyword of the language, each with an English and a Chinese spelling.
///
/// Keywords are contextual: the lexer produces identifiers, and the parser asks a
/// token whether it spells the keyword it expects. So a fact may be named `name`.
/// `atMost` and `onlyIf` are two words in English (`at most`, `only if`), some time-limit
/// keywords more (`acceptance day counted`); the parser checks the words after the first.
/// Both spellings of every keyword are in `spellings` (Keyword+Spellings.swift).
public enum Keyword: String, CaseIterable, Sendable {
  case service, vocabulary, uses
  case name, code, department, kind, basis, immediate, promised, visits
  case from, until
  case facts, `let`, ask
  // A personal fact (个人信息) and how the decision log keeps it: masked, or hashed.
  case personal, hashed
  case bool, number, text, date, options
  case conditions, otherwise, commitment
  case materials, original, copy, electronic, copies, copiesSuffix
  case when, any, shared, waivable, source, library
  case waiver, atMost, onlyIf, letter
  case or, and, not, `in`, `true`, `false`, known, committed
  case english
  // Working-day calendars (rules/calendar/) and time limits (时限).
  case calendar, extends, year, holiday, workday, to, provisional
  case timeLimits, statutory, promisedLimit, immediateWhen, workingDays, naturalDays
  case notCounted, warning, before, supplement
  case acceptanceDayCounted, dayOffReceiptMoves, naturalDayDeadlineMoves
  // Bundles (一件事): several services decided as one.
  case bundle, members, situation, results, provides, settles
  // The service guide (办事指南) and the guide notes of a material.
  case guide, aliases, searchWords, audience, scope, onlineDepth, fee, free, step, by, takes
  case place, window, hours, phone, result, delivery, intermediary, notApplicable, consult, complaints
  case sealed, signed, sample, blankForm, note
  // Expressions on dates, counts and the counter. Last, so that the spellings they share
  // with earlier keywords (`days`) keep their earlier meaning in `Keyword.lookup`.
  case today, yearsUnit, monthsUnit, yearsBetween, monthsBetween, daysBetween
  case atLeast, countOf, provided, validIDNumber, validCreditCode
  // Multi-select facts (`choices(…)`) and what expressions ask of them.
  case choices, contains, includesAnyOf, countChosen
  // Copies per person (`copies 1 per shareholders`, `1 份 每 股东人数`).
  case copiesPer
  // Text patterns (`id matches "[0-9]{17}[0-9X]"`) and a text's length (`length(id)`).
  case matches, length

  /// The English spelling (the first word, for multi-word keywords such as `at most`).
  public var englishSpelling: String {
    let english = spellings.english
    guard let space = english.utf8.firstIndex(of: UInt8(ascii: " ")) else { return english }
    return String(english[..<space])
  }

  /// The words after the first of a multi-word English keyword, separated by spaces.
  public var englishSecondWord: String? {
    let english = spellings.english
    guard let space = english.utf8.firstIndex(of: UInt8(ascii: " ")) else { return nil }
    return String(english[english.utf8.index(after: space)...])
  }

  /// The Chinese spelling.
  public var chineseSpelling: String { spellings.chinese }

  /// Whether `word` (one token, no spaces) is the English spelling's first word; the same as
  /// `word == englishSpelling`, without making a string.
  func isFirstEnglishWord(_ word: String) -> Bool {
    let english = spellings.english
    return word == english || Self.words(after: word, in: english) != nil
  }

  /// The words after `word` when `word` is the first word of this multi-word English keyword
  /// (`most` after `at`); nil when it is not, or the keyword is one word.
  func englishWords(after word: String) -> Substring? {
    Self.words(after: word, in: spellings.english)
  }

  /// The words after `word` when `english` starts with `word` and a space. The parser asks
  /// it for nearly every token and keyword it expects, so it rejects with a comparison of
  /// lengths and of one byte.
  static func words(after word: String, in english: String) -> Substring? {
    let utf8 = english.utf8
    let length = word.utf8.count
    guard utf8.count > length + 1, utf8[utf8.index(utf8.startIndex, offsetBy: length)] == UInt8(ascii: " "),
      english.hasPrefix(word)
    else { return nil }
    return english[utf8.index(utf8.startIndex, offsetBy: length + 1)...]
  }

  /// How the keyword is written in the given language.
  public func spelling(in language: KeywordLanguage) -> String {
    switch language {
    case .english: spellings.english
    case .chinese: spellings.chinese
    }
  }

  /// The language of a spelling, or nil when both languages share it (`en`, `份`).
  public static func language(of spelling: String) -> KeywordLanguage? {
    guard let keyword = lookup(spelling) else { return nil }
    let (english, chinese) = keyword.spellings
    guard english != chinese else { return nil }
    return spelling == chinese ? .chinese : .english
  }

  private static let table: [String: Keyword] = {
    var table: [String: Keyword] = [:]
    // The first keyword with a spelling keeps it: a few later keywords share a spelling
    // with an earlier one (`promised`, `immediate`, 至) and are told apart by context.
    for keyword in allCases {
      if table[keyword.englishSpelling] == nil { table[keyword.englishSpelling] = keyword }
      if table[keyword.chineseSpelling] == nil { table[keyword.chineseSpelling] = keyword }
    }
    return table
  }()

  /// The keyword a word spells, in either language.
  public static func lookup(_ word: String) -> Keyword? { table[word] }

  /// Keywords a Chinese name may accidentally start with when the space is forgotten
  /// (`当经营面积`), longest first so the hint names the right one. The one-character units
  /// 年, 项 and 每 start too many words (年龄, 项目, 每月) to be a hint.
  public static let chinesePrefixes: [String] = allCases.map(\.chineseSpelling)
    .filter { !["份", "en", "无", "年", "项", "每"].contains($0) }
    .sorted { $0.count > $1.count }
}
