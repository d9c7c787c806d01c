/// A recursive-descent parser from tokens to a `RuleFile`.
///
/// The parser always makes progress and recovers at item boundaries: when an item is
/// malformed it records one diagnostic, skips to the start of the next item (or the
/// closing brace), and goes on, so one run reports every error in a file. Item parsers
/// signal "already reported, please resynchronize" by throwing `Recovery`.
public struct Parser {
  let file: SourceFile
  var tokens: [Token]
  var index = 0
  /// Everything found wrong so far, lexing included.
  public private(set) var diagnostics: [Diagnostic]
  var language: KeywordLanguage?
  /// Every keyword written so far, with its language (`reportMixedLanguages`).
  var keywordUses: [KeywordUse] = []
  /// How deeply the expression being parsed nests so far (`SourceLimits.nestingDepth`).
  var expressionDepth = 0
  /// How many operands the expression being parsed has so far.
  var expressionOperands = 0
  /// What the end of the input is called in a message ("found the end of the file").
  var endOfInput = TokenKind.endOfFile.spelling

  /// Thrown by item parsers after they have reported a problem.
  struct Recovery: Error {}

  /// Parses a whole file.
  public static func parse(_ file: SourceFile) -> (file: RuleFile, diagnostics: [Diagnostic]) {
    guard file.size <= SourceLimits.fileBytes else {
      let limit = Diagnostic(
        .limitExceeded,
        "this file is \(file.size) bytes; a rule file may be at most \(SourceLimits.fileBytes >> 20) MiB",
        at: SourceSpan(file: file, range: SourceRange(start: 0, end: 0)),
        help: "split it into several files: one per service, vocabularies in their own")
      return (RuleFile(source: file, declarations: [], language: nil), [limit])
    }
    var parser = Parser(lexing: file)
    let parsed = parser.parseFile()
    return (parsed, parser.diagnostics)
  }

  /// A parser over the tokens of a file.
  init(lexing file: SourceFile) {
    var lexer = Lexer(file: file)
    let tokens = lexer.tokenize()
    self.init(file: file, tokens: tokens, diagnostics: lexer.diagnostics)
  }

  /// Parses the whole file (`parse`).
  mutating func parseFile() -> RuleFile {
    let declarations = parseDeclarations()
    reportMixedLanguages()
    var parsed = RuleFile(source: file, declarations: declarations, language: language)
    parsed.errorOffsets = diagnostics.filter { $0.severity == .error }.map(\.span.range.start)
    return parsed
  }

  init(file: SourceFile, tokens: [Token], diagnostics: [Diagnostic]) {
    self.file = file
    // Invalid tokens are reported by the lexer; the parser never sees them.
    self.tokens = tokens.contains { $0.kind == .invalid } ? tokens.filter { $0.kind != .invalid } : tokens
    self.diagnostics = diagnostics
  }

  // MARK: - Tokens

  var current: Token { tokens[index] }

  func peek(_ ahead: Int = 1) -> Token {
    tokens[min(index + ahead, tokens.count - 1)]
  }

  var atEnd: Bool { current.kind == .endOfFile }

  @discardableResult
  mutating func advance() -> Token {
    let token = current
    if index < tokens.count - 1 { index += 1 }
    return token
  }

  /// Whether the current token spells the keyword (every word of a multi-word one).
  func check(_ keyword: Keyword) -> Bool {
    followingWords(keyword) != nil
  }

  /// How many English words after the current token, with it, spell the keyword (0 for a
  /// one-word spelling); nil when they do not. Reads the tokens' kinds and word numbers in
  /// place, without copying a token.
  private func followingWords(_ keyword: Keyword) -> Int? {
    let words = KeywordWords.shared
    guard tokens[index].kind == .identifier, let following = words.following(tokens[index].word, keyword) else {
      return nil
    }
    for (offset, place) in following.enumerated() {
      let next = min(index + offset + 1, tokens.count - 1)
      guard tokens[next].kind == .identifier, tokens[next].word == words.followingWord(place) else { return nil }
    }
    return following.count
  }

  /// Consumes the keyword if it is next, noting the language it is written in.
  mutating func accept(_ keyword: Keyword) -> SourceRange? {
    guard let following = followingWords(keyword) else { return nil }
    let first = advance()
    var range = first.range
    for _ in 0..<following { range = range.union(advance().range) }
    noteLanguage(of: first, keyword: keyword)
    return range
  }

  /// Consumes a token of the given kind or reports what was expected.
  mutating func expect(_ kind: TokenKind, _ what: String) throws(Recovery) -> Token {
    guard current.kind == kind else { throw fail("expected \(what), found \(describe(current))") }
    return advance()
  }

  mutating func expectIdentifier(_ what: String) throws(Recovery) -> Identifier {
    let token = try expect(.identifier, what)
    return Identifier(token.text, range: token.range)
  }

  /// Records an unexpected-token error at the current token and returns `Recovery`.
  mutating func fail(_ message: String, help: String? = nil) -> Recovery {
    report(.unexpectedToken, message, at: current.range, help: help ?? missingSpaceHint(current))
    return Recovery()
  }

  /// "put a space after '当'" when a name starts with a Chinese keyword (`当面积`): Chinese
  /// has no spaces between words, so the two were read as one name.
  func missingSpaceHint(_ token: Token) -> String? {
    if token.kind == .identifier, token.keyword == nil,
      let keyword = Keyword.chinesePrefixes.first(where: { token.text.hasPrefix($0) && token.text.count > $0.count })
    {
      return "put a space after '\(keyword)': '\(keyword) \(token.text.dropFirst(keyword.count))'"
    }
    // The name before ends with a keyword (`药学人员属于 (…)`): the expression ended early.
    let previous = tokens[max(0, index - 1)]
    if index > 0, previous.kind == .identifier, previous.keyword == nil,
      let keyword = Keyword.chinesePrefixes.first(where: {
        previous.text.hasSuffix($0) && previous.text.count > $0.count
      })
    {
      return "put a space before '\(keyword)': '\(previous.text.dropLast(keyword.count)) \(keyword)'"
    }
    return nil
  }

  mutating func report(
    _ code: DiagnosticCode, _ message: String, at range: SourceRange, label: String? = nil,
    help: String? = nil, notes: [Diagnostic.Note] = []
  ) {
    // One past the cap, so `Diagnostic.capped` knows there were more.
    guard diagnostics.count <= SourceLimits.diagnosticsPerFile else { return }
    diagnostics.append(
      Diagnostic(code, message, at: SourceSpan(file: file, range: range), label: label, help: help, notes: notes))
  }

  func describe(_ token: Token) -> String {
    switch token.kind {
    case .identifier: token.keyword != nil ? "keyword '\(token.text)'" : "'\(token.text)'"
    case .string: "string \"\(token.text)\""
    case .number, .date: "'\(token.text)'"
    case .endOfFile: endOfInput
    default: token.kind.spelling
    }
  }

  mutating func noteLanguage(of token: Token, keyword: Keyword) {
    guard token.kind == .identifier, let spelled = KeywordWords.shared.language[Int(token.word)] else { return }
    keywordUses.append(KeywordUse(range: token.range, text: token.text, keyword: keyword, language: spelled))
  }

  /// W0303 for the keywords not in the file's language, which is the language most of its
  /// keywords are written in (the first keyword's on a tie): one warning each for a few, one
  /// summary for many, so a file is never told to rewrite itself keyword by keyword.
  mutating func reportMixedLanguages() {
    guard let first = keywordUses.first else { return }
    let english = keywordUses.filter { $0.language == .english }.count
    let chinese = keywordUses.count - english
    let majority: KeywordLanguage = english == chinese ? first.language : (english > chinese ? .english : .chinese)
    language = majority
    let others = keywordUses.filter { $0.language != majority }
    func name(_ language: KeywordLanguage) -> String { language == .english ? "English" : "Chinese" }
    guard others.count > Self.mixedKeywordsListed else {
      for use in others {
        report(
          .mixedKeywordLanguages,
          "keyword '\(use.text)' is \(name(use.language)) in a file written with \(name(majority)) keywords",
          at: use.range, help: "write '\(use.keyword.spelling(in: majority))'")
      }
      return
    }
    let lines = others.map { file.lineAndColumn(of: $0.range.start).line }
    let shown = lines.prefix(12).map(String.init).joined(separator: ", ") + (lines.count > 12 ? ", …" : "")
    report(
      .mixedKeywordLanguages,
      "\(others.count) keywords are \(name(others[0].language)) in a file written with \(name(majority)) keywords",
      at: others[0].range,
      help: "write '\(others[0].keyword.spelling(in: majority))' and the others in \(name(majority))",
      notes: [Diagnostic.Note("they are on lines \(shown)")])
  }

  /// How many keywords of the other language get a warning each; more get one summary.
  static let mixedKeywordsListed = 3

  /// A keyword as written: where, which, and in which language.
  package struct KeywordUse: Sendable {
    /// Its first word (a day unit: every word of it).
    package var range: SourceRange
    /// The first word as written (a day unit: its keyword's spelling).
    package var text: String
    /// The keyword the parser read there.
    package var keyword: Keyword
    /// The language it is spelled in.
    package var language: KeywordLanguage
  }

  // MARK: - Recovery

  /// Parses `{ item* }`, recovering inside the braces: after a failed item, tokens are
  /// skipped until `isItemStart` holds or the block's closing brace.
  mutating func parseBlock(
    _ what: String, isItemStart: (Parser) -> Bool, item: (inout Parser) throws(Recovery) -> Void
  ) throws(Recovery) -> SourceRange {
    let open = try expect(.leftBrace, "'{' to open \(what)")
    while true {
      if current.kind == .rightBrace { return open.range.union(advance().range) }
      if atEnd {
        report(
          .unclosedBlock, "\(what) is not closed", at: open.range, label: "this '{' has no matching '}'",
          help: "add '}' at the end of \(what)")
        return open.range.union(current.range)
      }
      if current.kind == .semicolon || current.kind == .comma {
        advance()
        continue
      }
      let before = index
      do {
        try item(&self)
      } catch {
        if index == before { advance() }
        synchronize(isItemStart)
      }
    }
  }

  /// Skips tokens until an item starts at this nesting level, or the enclosing `}`.
  mutating func synchronize(_ isItemStart: (Parser) -> Bool) {
    var depth = 0
    while !atEnd {
      switch current.kind {
      case .leftBrace: depth += 1
      case .rightBrace:
        if depth == 0 { return }
        depth -= 1
      default:
        if depth == 0 && isItemStart(self) { return }
      }
      advance()
    }
  }

  /// Whether an `id:` entry starts here.
  var atEntry: Bool { current.kind == .identifier && peek().kind == .colon }
}
