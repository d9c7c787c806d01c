/// The kinds of token the lexer produces.
public enum TokenKind: Equatable, Sendable {
  case identifier
  case string
  case number
  case date
  case leftBrace, rightBrace, leftParen, rightParen
  case comma, semicolon, colon
  case assign
  case equal, notEqual, less, lessEqual, greater, greaterEqual
  case plus, minus, star
  /// `/`, division (a single slash: `//` starts a comment).
  case slash
  /// `%` (or the full-width `％`), after a number: a share of a time limit.
  case percent
  case invalid
  case endOfFile

  /// How the token kind is named in a diagnostic.
  public var spelling: String {
    switch self {
    case .identifier: "a name"
    case .string: "a string"
    case .number: "a number"
    case .date: "a date"
    case .leftBrace: "'{'"
    case .rightBrace: "'}'"
    case .leftParen: "'('"
    case .rightParen: "')'"
    case .comma: "','"
    case .semicolon: "';'"
    case .colon: "':'"
    case .assign: "'='"
    case .equal: "'=='"
    case .notEqual: "'!='"
    case .less: "'<'"
    case .lessEqual: "'<='"
    case .greater: "'>'"
    case .greaterEqual: "'>='"
    case .plus: "'+'"
    case .minus: "'-'"
    case .star: "'*'"
    case .slash: "'/'"
    case .percent: "'%'"
    case .invalid: "an invalid character"
    case .endOfFile: "the end of the file"
    }
  }
}

/// One token: its kind, where it is, and its text.
///
/// For a string literal `text` is the decoded value (escapes resolved, quotes removed);
/// for every other kind it is the source text.
public struct Token: Sendable {
  /// What kind of token this is.
  public let kind: TokenKind
  /// Where the token is.
  public let range: SourceRange
  /// The token's text (a string literal's decoded value).
  public let text: String
  /// The number of the keyword word a name spells (`KeywordWords`), 0 when it spells none.
  let word: KeywordWordNumber

  /// Creates a token.
  public init(kind: TokenKind, range: SourceRange, text: String) {
    self.init(
      kind: kind, range: range, text: text, word: kind == .identifier ? KeywordWords.shared.number(of: text) : 0)
  }

  /// Creates a token whose keyword word the lexer has already looked up.
  init(kind: TokenKind, range: SourceRange, text: String, word: KeywordWordNumber) {
    self.kind = kind
    self.range = range
    self.text = text
    self.word = word
  }

  /// The keyword this token spells, if it is an identifier that is one.
  public var keyword: Keyword? {
    kind == .identifier ? KeywordWords.shared.primary[Int(word)] : nil
  }

  /// Whether the token spells the given keyword (its first word) in either language.
  ///
  /// Asks for the keyword by the token's word number rather than looking the word up, so a
  /// spelling two keywords share (`promised`, 至) is each of them where the parser expects it.
  public func `is`(_ keyword: Keyword) -> Bool {
    kind == .identifier && KeywordWords.shared.following(word, keyword) != nil
  }
}
