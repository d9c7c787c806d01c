import YiciSyntax

/// What a `{ … }` block holds, which decides which of its lines start an item (indented at
/// the block's level) and which continue one (two spaces more).
enum BlockKind {
  case topLevel, service, vocabulary, facts, conditions, materials, waiver, timeLimits, notCounted
  case calendar, year
  case bundle, members, situation, results
  /// A block of a kind the formatter does not know (a declaration added to the language
  /// later): every line is laid out as an item of its own, and nothing is dropped.
  case unknown

  /// The kind of block a keyword opens.
  init(opening keyword: Keyword) {
    switch keyword {
    case .service: self = .service
    case .vocabulary: self = .vocabulary
    case .facts: self = .facts
    case .conditions: self = .conditions
    case .materials: self = .materials
    case .waiver: self = .waiver
    case .timeLimits: self = .timeLimits
    case .notCounted: self = .notCounted
    case .calendar: self = .calendar
    case .year: self = .year
    case .bundle: self = .bundle
    case .members: self = .members
    case .situation: self = .situation
    case .results: self = .results
    default: self = .unknown
    }
  }

  /// Keywords between a block's keyword and its `{` (`year 2027 provisional {`, `calendar
  /// x extends national {`, `situation x "…" ask "…" {`): not the keyword that opens it.
  static let modifiers: Set<Keyword> = [.provisional, .extends, .english, .ask]

  /// The keywords that start a line of a waiver block.
  static let waiverItemStarts: Set<Keyword> = [.atMost, .onlyIf, .letter, .basis, .from, .until]

  /// Whether a line whose first token is `keyword` (nil: no keyword) starts an item;
  /// `entry` says whether the line starts with `id:`.
  func startsItem(keyword: Keyword?, entry: Bool, name: Bool) -> Bool {
    switch self {
    case .topLevel: keyword != nil
    case .service: keyword.map(Parser.serviceItemStarts.contains) ?? false
    case .vocabulary: keyword == .facts || keyword == .materials || keyword == .name
    case .facts: entry || keyword == .let
    case .conditions, .materials: entry
    case .waiver: keyword.map(Self.waiverItemStarts.contains) ?? false
    case .timeLimits: keyword.map(Parser.timeLimitItemStarts.contains) ?? false
    case .notCounted: name
    case .calendar: keyword == .year || keyword == .name
    case .year: keyword == .holiday || keyword == .workday
    case .bundle: keyword.map(Parser.bundleItemStarts.contains) ?? false
    case .members, .situation, .results: name
    case .unknown: true
    }
  }
}
