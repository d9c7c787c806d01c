import Testing
import YiciFormatting
import YiciSyntax
import YiciTestSupport

/// `yici fmt`'s output on messy files, in the file's own keyword language and in each
/// language, compared with golden files beside the input (`NAME.expected`,
/// `NAME.zh.expected`, `NAME.en.expected`).
///
/// Re-record with `YICI_RECORD=1 swift test --filter FormatterGoldenTests` and review the diff.
@Suite struct FormatterGoldenTests {
  static let inputs = ["chinese", "english", "bundle", "choices"]

  @Test(arguments: inputs)
  func formattedTextMatchesItsGoldens(_ name: String) throws {
    let input = "Tests/YiciFormattingTests/Golden/\(name).yici"
    let text = try #require(Repository.read(Repository.path(input)))
    let source = SourceFile(path: input, text: text)
    for (suffix, keywords) in [("", nil), (".zh", KeywordLanguage.chinese), (".en", .english)] {
      let formatted = try Formatter.format(source, keywords: keywords)
      Repository.expectGolden(
        formatted, at: Repository.path("Tests/YiciFormattingTests/Golden/\(name)\(suffix).expected"))
      let again = try Formatter.format(SourceFile(path: input, text: formatted), keywords: keywords)
      #expect(again == formatted, "formatting \(name)\(suffix) twice changes it")
    }
  }

  @Test func aFileWithSyntaxErrorsIsNotFormatted() {
    let source = SourceFile(path: "bad.yici", text: "service s {\n  conditions { c: a and }\n}\n")
    #expect {
      try Formatter.format(source)
    } throws: { error in
      guard case .syntaxErrors(let errors) = error as? FormatError else { return false }
      return errors.first?.code == .unexpectedToken
    }
  }

  @Test func namesThatSpellKeywordsOfTheOtherLanguageStayNames() throws {
    // `or` and `when` are a fact's and a material's names in a Chinese file: only the
    // keywords the parser read are translated, and the English text reads the same.
    let text = "事项 s {\n  信息 { or: 是否 }\n  受理条件 { c: or 或 or }\n  材料 { when: \"甲\" 当 or }\n}\n"
    let source = SourceFile(path: "s.yici", text: text)
    let english = try Formatter.format(source, keywords: .english)
    #expect(
      english
        == "service s {\n  facts { or: bool }\n  conditions { c: or or or }\n  materials { when: \"甲\" when or }\n}\n")
    #expect(try Formatter.format(SourceFile(path: "s.yici", text: english), keywords: .chinese) == text)
  }

  @Test func commentsStayOnTheirLinesAndInTheirColumns() throws {
    // A trailing comment keeps its column while the code before it leaves room (two
    // spaces at least); one on a line of its own takes the indentation of the next line.
    let text = "service   s {   # the service\n      # own line\n  name \"S\"  kind \"K\" # pushed\n}\n"
    let formatted = try Formatter.format(SourceFile(path: "s.yici", text: text))
    #expect(formatted == "service s {     # the service\n  # own line\n  name \"S\" kind \"K\"  # pushed\n}\n")
  }
}
