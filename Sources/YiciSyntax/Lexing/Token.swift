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
  public var kind: TokenKind
  /// Where the token is.
  public var range: SourceRange
  /// The token's text (a string literal's decoded value).
  public var text: String

  /// Creates a token.
  public init(kind: TokenKind, range: SourceRange, text: String) {
    self.kind = kind
    self.range = range
    self.text = text
  }

  /// The keyword this token spells, if it is an identifier that is one.
  public var keyword: Keyword? {
    kind == .identifier ? Keyword.lookup(text) : nil
  }

  /// Whether the token spells the given keyword (its first word) in either language.
  ///
  /// Compares spellings rather than looking the word up, so a spelling two keywords share
  /// (`promised`, 至) is each of them where the parser expects it.
  public func `is`(_ keyword: Keyword) -> Bool {
    guard kind == .identifier else { return false }
    let (english, chinese) = keyword.spellings
    return text == english || text == chinese || Keyword.words(after: text, in: english) != nil
  }
}
