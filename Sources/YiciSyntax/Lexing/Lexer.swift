/// Turns a `SourceFile` into tokens.
///
/// The lexer never fails: a character it does not understand becomes an `.invalid`
/// token with a diagnostic, and lexing goes on. Full-width punctuation typed with a
/// Chinese input method (（），：；｛｝＝＜＞！．) and full-width digits (０–９) are read as
/// their ASCII twins, and “…” as a string, so authors need not switch input modes.
public struct Lexer {
  private let file: SourceFile
  /// The file's UTF-8 bytes: the lexer reads them, a scalar at a time.
  private let bytes: [UInt8]
  /// The byte offset of the next scalar.
  private var offset = 0
  /// The scalar offset of the next scalar (what `SourceRange` counts).
  private var position = 0
  /// Problems found while lexing.
  public private(set) var diagnostics: [Diagnostic] = []

  /// Creates a lexer over a file.
  public init(file: SourceFile) {
    self.file = file
    self.bytes = file.utf8
  }

  /// Lexes the whole file; the last token is always `.endOfFile`.
  public mutating func tokenize() -> [Token] {
    var tokens: [Token] = []
    tokens.reserveCapacity(bytes.count / 6)
    while true {
      let token = next()
      tokens.append(token)
      if token.kind == .endOfFile { return tokens }
    }
  }

  /// How many bytes the scalar whose first byte is `lead` takes.
  @inline(__always)
  private static func length(_ lead: UInt8) -> Int {
    lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
  }

  /// The scalar starting at byte `index` (the bytes are valid UTF-8), as written.
  @inline(__always)
  private func scalar(at index: Int) -> Unicode.Scalar {
    let lead = bytes[index]
    if lead < 0x80 { return Unicode.Scalar(lead) }
    var value: UInt32
    switch Self.length(lead) {
    case 2: value = UInt32(lead & 0x1F)
    case 3: value = UInt32(lead & 0x0F)
    default: value = UInt32(lead & 0x07)
    }
    for index in (index + 1)..<(index + Self.length(lead)) { value = value << 6 | UInt32(bytes[index] & 0x3F) }
    return Unicode.Scalar(value) ?? "\u{FFFD}"
  }

  private func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
    var index = offset
    for _ in 0..<ahead where index < bytes.count { index += Self.length(bytes[index]) }
    return index < bytes.count ? Lexer.normalized(scalar(at: index)) : nil
  }

  /// Moves past the next scalar.
  @inline(__always)
  private mutating func advance() {
    offset += Self.length(bytes[offset])
    position += 1
  }

  /// Maps full-width punctuation to its ASCII twin.
  static func normalized(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    guard scalar.value >= 0xFF01 && scalar.value <= 0xFF5D else { return scalar }
    switch scalar {
    case "（": return "("
    case "）": return ")"
    case "，": return ","
    case "：": return ":"
    case "；": return ";"
    case "｛": return "{"
    case "｝": return "}"
    case "＝": return "="
    case "＜": return "<"
    case "＞": return ">"
    case "！": return "!"
    case "％": return "%"
    case "．": return "."
    case "０"..."９": return Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!
    default: return scalar
    }
  }

  private mutating func skipTrivia() {
    while offset < bytes.count {
      let byte = bytes[offset]
      if byte == UInt8(ascii: "#")
        || (byte == UInt8(ascii: "/") && offset + 1 < bytes.count && bytes[offset + 1] == UInt8(ascii: "/"))
      {
        while offset < bytes.count, bytes[offset] != UInt8(ascii: "\n") { advance() }
      } else if byte < 0x80 {
        guard byte == UInt8(ascii: " ") || (9...13).contains(byte) else { return }
        offset += 1
        position += 1
      } else {
        let scalar = scalar(at: offset)
        guard Lexer.isWhitespace(scalar) || scalar == "\u{FEFF}" else { return }
        advance()
      }
    }
  }

  private mutating func next() -> Token {
    skipTrivia()
    let start = position
    let startByte = offset
    guard let scalar = peek() else {
      return Token(kind: .endOfFile, range: SourceRange(start: start, end: start), text: "", word: 0)
    }
    if Lexer.isIdentifierStart(scalar) { return identifier(from: start, byte: startByte) }
    if Lexer.isDigit(scalar) { return numberOrDate(from: start, byte: startByte) }
    if scalar == "\"" || scalar == "“" { return string(from: start, closing: scalar == "“" ? "”" : "\"") }
    advance()
    func make(_ kind: TokenKind) -> Token {
      Token(
        kind: kind, range: SourceRange(start: start, end: position), text: file.text(bytes: startByte..<offset),
        word: 0)
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
    case "/": return make(.slash)
    case "%": return make(.percent)
    case "=":
      if peek() == "=" {
        advance()
        return make(.equal)
      }
      return make(.assign)
    case "!":
      if peek() == "=" {
        advance()
        return make(.notEqual)
      }
    case "<":
      if peek() == "=" {
        advance()
        return make(.lessEqual)
      }
      return make(.less)
    case ">":
      if peek() == "=" {
        advance()
        return make(.greaterEqual)
      }
      return make(.greater)
    case "≠": return make(.notEqual)
    case "≤": return make(.lessEqual)
    case "≥": return make(.greaterEqual)
    default: break
    }
    // A run of characters that start no token is one diagnostic, not one per character.
    while let next = peek(), !Lexer.startsToken(next) { advance() }
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

  /// The text of a range of bytes with full-width digits and punctuation read as ASCII
  /// (numbers and dates typed with a Chinese input method: `４０`).
  private func normalizedText(bytes range: Range<Int>) -> String {
    let text = file.text(bytes: range)
    guard bytes[range].contains(where: { $0 >= 0x80 }) else { return text }
    return String(String.UnicodeScalarView(text.unicodeScalars.map(Lexer.normalized)))
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

  private mutating func identifier(from start: Int, byte startByte: Int) -> Token {
    while offset < bytes.count {
      let byte = bytes[offset]
      if byte < 0x80 {
        guard Lexer.isIdentifierContinue(Unicode.Scalar(byte)) else { break }
        offset += 1
        position += 1
      } else {
        guard Lexer.isIdentifierContinue(Lexer.normalized(scalar(at: offset))) else { break }
        advance()
      }
    }
    let range = SourceRange(start: start, end: position)
    checkLength(range, limit: SourceLimits.identifierLength, what: "name")
    let words = KeywordWords.shared
    let word = words.number(of: bytes[startByte..<offset])
    let text = word != 0 ? words.texts[Int(word)] : file.text(bytes: startByte..<offset)
    return Token(kind: .identifier, range: range, text: text, word: word)
  }

  private mutating func digits() -> Int {
    var count = 0
    while let scalar = peek(), Lexer.isDigit(scalar) {
      advance()
      count += 1
    }
    return count
  }

  private mutating func numberOrDate(from start: Int, byte startByte: Int) -> Token {
    let integerDigits = digits()
    // A date: four digits, '-', two digits, '-', two digits.
    if integerDigits == 4, peek() == "-", let d = peek(1), Lexer.isDigit(d) {
      advance()
      let monthDigits = digits()
      var valid = monthDigits == 2
      if peek() == "-" {
        advance()
        valid = digits() == 2 && valid
      } else {
        valid = false
      }
      let range = SourceRange(start: start, end: position)
      let text = normalizedText(bytes: startByte..<offset)
      if !valid || !Lexer.isValidDate(text) {
        report(
          Diagnostic(
            .invalidDate, "invalid date '\(text)'", at: SourceSpan(file: file, range: range),
            help: "write dates as YYYY-MM-DD, e.g. 2025-10-01"))
      }
      return Token(kind: .date, range: range, text: text, word: 0)
    }
    if peek() == ".", let d = peek(1), Lexer.isDigit(d) {
      advance()
      _ = digits()
    }
    let range = SourceRange(start: start, end: position)
    return Token(kind: .number, range: range, text: normalizedText(bytes: startByte..<offset), word: 0)
  }

  private mutating func string(from start: Int, closing: Unicode.Scalar) -> Token {
    advance()
    // Most strings have no escape: their text is the source's, taken whole. No scalar but
    // the closing quote itself reads as the closing quote, a line break or a backslash.
    let contentStart = offset
    let asciiClosing = closing == "\""
    while offset < bytes.count {
      let byte = bytes[offset]
      if byte < 0x80 {
        if (asciiClosing && byte == UInt8(ascii: "\"")) || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\\") {
          break
        }
        offset += 1
        position += 1
      } else {
        if !asciiClosing && scalar(at: offset) == closing { break }
        advance()
      }
    }
    if peek() == closing {
      let contentEnd = offset
      advance()
      checkLength(SourceRange(start: start + 1, end: position - 1), limit: SourceLimits.stringLength, what: "string")
      return Token(
        kind: .string, range: SourceRange(start: start, end: position),
        text: file.text(bytes: contentStart..<contentEnd), word: 0)
    }
    var value = String.UnicodeScalarView(file.text(bytes: contentStart..<offset).unicodeScalars)
    while let scalar = peek() {
      if scalar == closing {
        advance()
        checkLength(SourceRange(start: start + 1, end: position - 1), limit: SourceLimits.stringLength, what: "string")
        return Token(kind: .string, range: SourceRange(start: start, end: position), text: String(value), word: 0)
      }
      if scalar == "\n" { break }
      let written = self.scalar(at: offset)
      advance()
      if scalar == "\\", let escaped = peek() {
        advance()
        switch escaped {
        case "n": value.append("\n")
        case "t": value.append("\t")
        default: value.append(escaped)
        }
      } else {
        value.append(written)
      }
    }
    let range = SourceRange(start: start, end: position)
    report(
      Diagnostic(
        .unterminatedString, "unterminated string",
        at: SourceSpan(file: file, range: SourceRange(start: start, end: start + 1)),
        help: "close the string with \(closing == "”" ? "”" : "\"") on the same line"))
    return Token(kind: .string, range: range, text: String(value), word: 0)
  }

  /// Unicode white space, with ASCII (the common case) decided without a table lookup.
  static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII { return scalar == " " || (9...13).contains(scalar.value) }
    // CJK Unified Ideographs are no white space, decided without a table lookup.
    if scalar.value >= 0x4E00 && scalar.value <= 0x9FFF { return false }
    return scalar.properties.isWhitespace
  }

  static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 48 && scalar.value <= 57 }

  static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII { return (scalar.value | 0x20) >= 97 && (scalar.value | 0x20) <= 122 || scalar == "_" }
    // CJK Unified Ideographs (every one alphabetic), decided without a table lookup.
    if scalar.value >= 0x4E00 && scalar.value <= 0x9FFF { return true }
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
