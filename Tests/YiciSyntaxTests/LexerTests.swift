import Testing

@testable import YiciSyntax

@Suite struct LexerTests {
  func lex(_ text: String) -> (tokens: [Token], diagnostics: [Diagnostic]) {
    var lexer = Lexer(file: SourceFile(path: "t.yici", text: text))
    let tokens = lexer.tokenize()
    return (tokens, lexer.diagnostics)
  }

  @Test func chineseIdentifiersAndKeywords() {
    let (tokens, diagnostics) = lex("当 经营面积 >= 10.5 # 注释\n")
    #expect(diagnostics.isEmpty)
    #expect(tokens.map(\.kind) == [.identifier, .identifier, .greaterEqual, .number, .endOfFile])
    #expect(tokens[0].keyword == .when)
    #expect(tokens[1].text == "经营面积" && tokens[1].keyword == nil)
    #expect(tokens[3].text == "10.5")
  }

  @Test func fullWidthPunctuationReadsAsAscii() {
    let (tokens, _) = lex("数值（平方米）：，；")
    #expect(
      tokens.map(\.kind) == [.identifier, .leftParen, .identifier, .rightParen, .colon, .comma, .semicolon, .endOfFile])
  }

  @Test func fullWidthDigitsReadAsAscii() {
    // Typed with a Chinese input method: `a >= ４０．５`, `２０２５－１０－０１` is not a date.
    let (tokens, diagnostics) = lex("a >= ４０．５ ２ 份 2025-10-01")
    #expect(diagnostics.isEmpty)
    #expect(tokens.map(\.kind) == [.identifier, .greaterEqual, .number, .number, .identifier, .date, .endOfFile])
    #expect(tokens[2].text == "40.5")
    #expect(tokens[3].text == "2")
  }

  @Test func datesAndInvalidDates() {
    let (tokens, diagnostics) = lex("2025-10-01 2025-02-30")
    #expect(tokens.map(\.kind) == [.date, .date, .endOfFile])
    #expect(diagnostics.map(\.code) == [.invalidDate])
  }

  @Test func stringsWithEscapesAndChineseQuotes() {
    let (tokens, diagnostics) = lex(#""a\"b\n" “中文”"#)
    #expect(diagnostics.isEmpty)
    #expect(tokens[0].text == "a\"b\n")
    #expect(tokens[1].text == "中文")
  }

  @Test func unterminatedStringAndStrayCharacter() {
    let (_, diagnostics) = lex("\"open\n@")
    #expect(diagnostics.map(\.code) == [.unterminatedString, .unexpectedCharacter])
  }

  @Test func numberFollowedByCopiesSuffix() {
    let (tokens, _) = lex("1份")
    #expect(tokens.map(\.kind) == [.number, .identifier, .endOfFile])
    #expect(tokens[1].is(.copiesSuffix))
  }

  @Test func columnsCountCharacters() {
    let file = SourceFile(path: "t.yici", text: "事项 x {\n  名称 \"y\"\n}")
    #expect(file.lineAndColumn(of: 3) == (1, 4))
    #expect(file.lineAndColumn(of: 9) == (2, 3))
    #expect(file.line(2) == "  名称 \"y\"")
  }
}
