/// The language a keyword is spelled in.
public enum KeywordLanguage: String, Sendable, Codable {
  case english
  case chinese
}

/// Every keyword of the language, each with an English and a Chinese spelling.
///
/// Keywords are contextual: the lexer produces identifiers, and the parser asks a
/// token whether it spells the keyword it expects. So a fact may be named `name`.
/// `atMost` and `onlyIf` are two words in English (`at most`, `only if`); the parser
/// checks the second word.
public enum Keyword: String, CaseIterable, Sendable {
  case service, vocabulary, uses
  case name, code, department, kind, basis, immediate, promised, visits
  case from, until
  case facts, `let`, ask
  case bool, number, text, date, options
  case conditions, otherwise, commitment
  case materials, original, copy, electronic, copies, copiesSuffix
  case when, any, shared, waivable, source, library
  case waiver, atMost, onlyIf, letter
  case or, and, not, `in`, `true`, `false`, known
  case english
  // Working-day calendars (rules/calendar/) and time limits (时限); see Keyword+Time.swift.
  case calendar, extends, year, holiday, workday, to
  case timeLimits, statutory, promisedLimit, immediateWhen, workingDays, naturalDays
  case notCounted, warning, before, supplement
  case acceptanceDayCounted, dayOffReceiptMoves, naturalDayDeadlineMoves

  /// The English spelling (the first word, for two-word keywords).
  public var englishSpelling: String {
    switch self {
    case .atMost: "at"
    case .onlyIf: "only"
    case .copiesSuffix: "份"
    case .english: "en"
    default: timeEnglishSpelling ?? rawValue
    }
  }

  /// The words after the first of a multi-word English keyword, separated by spaces.
  public var englishSecondWord: String? {
    switch self {
    case .atMost: "most"
    case .onlyIf: "if"
    default: timeEnglishFollowingWords
    }
  }

  /// The Chinese spelling.
  public var chineseSpelling: String {
    switch self {
    case .service: "事项"
    case .vocabulary: "词汇"
    case .uses: "引用"
    case .name: "名称"
    case .code: "实施编码"
    case .department: "部门"
    case .kind: "类型"
    case .basis: "依据"
    case .immediate: "即办件"
    case .promised: "承诺件"
    case .visits: "到现场次数"
    case .from: "自"
    case .until: "至"
    case .facts: "信息"
    case .let: "令"
    case .ask: "问"
    case .bool: "是否"
    case .number: "数值"
    case .text: "文本"
    case .date: "日期"
    case .options: "选项"
    case .conditions: "受理条件"
    case .otherwise: "否则"
    case .commitment: "告知承诺"
    case .materials: "材料"
    case .original: "原件"
    case .copy: "复印件"
    case .electronic: "电子件"
    case .copies: "份数"
    case .copiesSuffix: "份"
    case .when: "当"
    case .any: "任一"
    case .shared: "共享"
    case .waivable: "可容缺"
    case .source: "来源"
    case .library: "电子证照库"
    case .waiver: "容缺"
    case .atMost: "最多"
    case .onlyIf: "仅当"
    case .letter: "承诺书"
    case .or: "或"
    case .and: "且"
    case .not: "非"
    case .in: "属于"
    case .true: "是"
    case .false: "否"
    case .known: "已知"
    case .english: "en"
    default: timeChineseSpelling
    }
  }

  /// How the keyword is written in the given language.
  public func spelling(in language: KeywordLanguage) -> String {
    switch language {
    case .english: englishSecondWord.map { "\(englishSpelling) \($0)" } ?? englishSpelling
    case .chinese: chineseSpelling
    }
  }

  /// The language of a spelling, or nil when both languages share it (`en`, `份`).
  public static func language(of spelling: String) -> KeywordLanguage? {
    guard let keyword = lookup(spelling), keyword.englishSpelling != keyword.chineseSpelling else {
      return nil
    }
    return spelling == keyword.chineseSpelling ? .chinese : .english
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
  /// (`当经营面积`), longest first so the hint names the right one.
  public static let chinesePrefixes: [String] = allCases.map(\.chineseSpelling)
    .filter { $0 != "份" && $0 != "en" }
    .sorted { $0.count > $1.count }
}
