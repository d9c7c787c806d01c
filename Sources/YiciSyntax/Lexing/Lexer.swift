/// Turns a `SourceFile` into tokens.
///
/// The lexer never fails: a character it does not understand becomes an `.invalid`
/// token with a diagnostic, and lexing goes on. Full-width punctuation typed with a
/// Chinese input method (（），：；｛｝＝＜＞！．) and full-width digits (０–９) are read as
/// their ASCII twins, and “…” as a string, so authors need not switch input modes.
public struct Lexer {
  private let file: SourceFile
  private let scalars: [Unicode.Scalar]
  private var position = 0
  /// Problems found while lexing.
  public private(set) var diagnostics: [Diagnostic] = []

  /// Creates a lexer over a file.
  public init(file: SourceFile) {
    self.file = file
    self.scalars = file.scalars
  }

  /// Lexes the whole file; the last token is always `.endOfFile`.
  public mutating func tokenize() -> [Token] {
    var tokens: [Token] = []
    while true {
      let token = next()
      tokens.append(token)
      if token.kind == .endOfFile { return tokens }
    }
  }

  private func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
    let index = position + ahead
    return index < scalars.count ? Lexer.normalized(scalars[index]) : nil
  }

  /// Maps full-width punctuation to its ASCII twin.
  static func normalized(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    switch scalar {
    case "（": "("
    case "）": ")"
    case "，": ","
    case "：": ":"
    case "；": ";"
    case "｛": "{"
    case "｝": "}"
    case "＝": "="
    case "＜": "<"
    case "＞": ">"
    case "！": "!"
    case "％": "%"
    case "．": "."
    case "０"..."９": Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!
    default: scalar
    }
  }

  private mutating func skipTrivia() {
    while let scalar = peek() {
      if scalar == "#" || (scalar == "/" && peek(1) == "/") {
        while let c = peek(), c != "\n" { position += 1 }
      } else if Lexer.isWhitespace(scalar) || scalar == "\u{FEFF}" {
        position += 1
      } else {
        return
      }
    }
  }

  private mutating func next() -> Token {
    skipTrivia()
    let start = position
    guard let scalar = peek() else {
      return Token(kind: .endOfFile, range: SourceRange(start: start, end: start), text: "")
    }
    if Lexer.isIdentifierStart(scalar) { return identifier(from: start) }
    if Lexer.isDigit(scalar) { return numberOrDate(from: start) }
    if scalar == "\"" || scalar == "“" { return string(from: start, closing: scalar == "“" ? "”" : "\"") }
    position += 1
    func make(_ kind: TokenKind) -> Token {
      Token(
        kind: kind, range: SourceRange(start: start, end: position),
        text: file.text(in: SourceRange(start: start, end: position)))
    }
    switch scalar {
    case "{": return make(.leftBrace)
    case "}": return make(.rightBrace)
    case "(": return make(.leftParen)
    case ")": return make(.rightParen)
    case ",", "、": return make(.comma)
    case ";": return make(.semicolon)
    case ":": return make(.colon)
    case "+": return make(.plus)
    case "-": return make(.minus)
    case "*": return make(.star)
    case "%": return make(.percent)
    case "=":
      if peek() == "=" {
        position += 1
        return make(.equal)
      }
      return make(.assign)
    case "!":
      if peek() == "=" {
        position += 1
        return make(.notEqual)
      }
    case "<":
      if peek() == "=" {
        position += 1
        return make(.lessEqual)
      }
      return make(.less)
    case ">":
      if peek() == "=" {
        position += 1
        return make(.greaterEqual)
      }
      return make(.greater)
    case "≠": return make(.notEqual)
    case "≤": return make(.lessEqual)
    case "≥": return make(.greaterEqual)
    default: break
    }
    // A run of characters that start no token is one diagnostic, not one per character.
    while let next = peek(), !Lexer.startsToken(next) { position += 1 }
    let token = make(.invalid)
    let characters = token.range.end - token.range.start
    report(
      Diagnostic(
        .unexpectedCharacter,
        characters == 1
          ? "unexpected character '\(token.text)'" : "\(characters) unexpected characters '\(token.text)'",
        at: SourceSpan(file: file, range: token.range)))
    return token
  }

  /// The text of a range with full-width digits and punctuation read as ASCII (numbers and
  /// dates typed with a Chinese input method: `４０`).
  private func normalizedText(in range: SourceRange) -> String {
    String(String.UnicodeScalarView(scalars[range.start..<range.end].map(Lexer.normalized)))
  }

  /// Records a diagnostic, up to one past `SourceLimits.diagnosticsPerFile`.
  private mutating func report(_ diagnostic: Diagnostic) {
    guard diagnostics.count <= SourceLimits.diagnosticsPerFile else { return }
    diagnostics.append(diagnostic)
  }

  /// Whether a token (or trivia) may start at this character: anything else is unexpected.
  static func startsToken(_ scalar: Unicode.Scalar) -> Bool {
    isIdentifierStart(scalar) || isDigit(scalar) || isWhitespace(scalar)
      || "{}(),、;:+-*%=!<>≠≤≥#/\"“\u{FEFF}".unicodeScalars.contains(scalar)
  }

  /// Reports a name or string longer than its limit.
  private mutating func checkLength(_ range: SourceRange, limit: Int, what: String) {
    guard range.end - range.start > limit else { return }
    report(
      Diagnostic(
        .limitExceeded, "this \(what) is \(range.end - range.start) characters long; the limit is \(limit)",
        at: SourceSpan(file: file, range: SourceRange(start: range.start, end: range.start + 1))))
  }

  private mutating func identifier(from start: Int) -> Token {
    while let scalar = peek(), Lexer.isIdentifierContinue(scalar) { position += 1 }
    let range = SourceRange(start: start, end: position)
    checkLength(range, limit: SourceLimits.identifierLength, what: "name")
    return Token(kind: .identifier, range: range, text: file.text(in: range))
  }

  private mutating func digits() -> Int {
    var count = 0
    while let scalar = peek(), Lexer.isDigit(scalar) {
      position += 1
      count += 1
    }
    return count
  }

  private mutating func numberOrDate(from start: Int) -> Token {
    let integerDigits = digits()
    // A date: four digits, '-', two digits, '-', two digits.
    if integerDigits == 4, peek() == "-", let d = peek(1), Lexer.isDigit(d) {
      position += 1
      let monthDigits = digits()
      var valid = monthDigits == 2
      if peek() == "-" {
        position += 1
        valid = digits() == 2 && valid
      } else {
        valid = false
      }
      let range = SourceRange(start: start, end: position)
      let text = normalizedText(in: range)
      if !valid || !Lexer.isValidDate(text) {
        report(
          Diagnostic(
            .invalidDate, "invalid date '\(text)'", at: SourceSpan(file: file, range: range),
            help: "write dates as YYYY-MM-DD, e.g. 2025-10-01"))
      }
      return Token(kind: .date, range: range, text: text)
    }
    if peek() == ".", let d = peek(1), Lexer.isDigit(d) {
      position += 1
      _ = digits()
    }
    let range = SourceRange(start: start, end: position)
    return Token(kind: .number, range: range, text: normalizedText(in: range))
  }

  private mutating func string(from start: Int, closing: Unicode.Scalar) -> Token {
    position += 1
    // Most strings have no escape: their text is the source's, taken whole.
    let contentStart = position
    while let scalar = peek(), scalar != closing, scalar != "\n", scalar != "\\" { position += 1 }
    if peek() == closing {
      position += 1
      checkLength(SourceRange(start: start + 1, end: position - 1), limit: SourceLimits.stringLength, what: "string")
      return Token(
        kind: .string, range: SourceRange(start: start, end: position),
        text: file.text(in: SourceRange(start: contentStart, end: position - 1)))
    }
    var value = String.UnicodeScalarView(scalars[contentStart..<position])
    while let scalar = peek() {
      if scalar == closing {
        position += 1
        checkLength(SourceRange(start: start + 1, end: position - 1), limit: SourceLimits.stringLength, what: "string")
        return Token(kind: .string, range: SourceRange(start: start, end: position), text: String(value))
      }
      if scalar == "\n" { break }
      position += 1
      if scalar == "\\", let escaped = peek() {
        position += 1
        switch escaped {
        case "n": value.append("\n")
        case "t": value.append("\t")
        default: value.append(escaped)
        }
      } else {
        value.append(scalars[position - 1])
      }
    }
    let range = SourceRange(start: start, end: position)
    report(
      Diagnostic(
        .unterminatedString, "unterminated string",
        at: SourceSpan(file: file, range: SourceRange(start: start, end: start + 1)),
        help: "close the string with \(closing == "”" ? "”" : "\"") on the same line"))
    return Token(kind: .string, range: range, text: String(value))
  }

  /// Unicode white space, with ASCII (the common case) decided without a table lookup.
  static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII ? scalar == " " || (9...13).contains(scalar.value) : scalar.properties.isWhitespace
  }

  static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 48 && scalar.value <= 57 }

  static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII { return (scalar.value | 0x20) >= 97 && (scalar.value | 0x20) <= 122 || scalar == "_" }
    return scalar.properties.isAlphabetic
  }

  static func isIdentifierContinue(_ scalar: Unicode.Scalar) -> Bool {
    isIdentifierStart(scalar) || isDigit(scalar)
  }

  /// Whether `YYYY-MM-DD` names a real day of the Gregorian calendar.
  static func isValidDate(_ text: String) -> Bool {
    let parts = text.split(separator: "-").compactMap { Int($0) }
    guard parts.count == 3, (1...12).contains(parts[1]), parts[2] >= 1 else { return false }
    let (year, month, day) = (parts[0], parts[1], parts[2])
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return day <= lengths[month - 1]
  }
}
