import Testing
import Yici
import YiciCalendar
import YiciSemantics
import YiciSyntax
import YiciTestSupport

/// Text patterns (`licence_no matches "[0-9A-Z]{15}"` / `匹配`) and `length(x)` / `长度(x)`:
/// the whole text is matched; a malformed pattern is E0229 at the character, one that no
/// text matches, or none of the length the conditions require, E0231 at the pattern.
@Suite struct TextPatternTests {
  @Test(arguments: [
    ("[0-9]{17}[0-9X]", "11010519491231002X", true),
    ("[0-9]{17}[0-9X]", "11010519491231002", false),
    ("[0-9]{17}[0-9X]", "11010519491231002XX", false),
    ("[^IOZSV]{2}", "91", true),
    ("[^IOZSV]{2}", "9I", false),
    ("(粤|京)[A-Z]\\d{5}", "粤B12345", true),
    ("(粤|京)[A-Z]\\d{5}", "沪B12345", false),
    ("a.c", "abc", true),
    ("a.c", "ac", false),
    ("(ab)*c?", "", true),
    ("(ab)*c?", "ababc", true),
    ("(ab)*c?", "abac", false),
    ("x{2,3}", "xxxx", false),
    ("x{2,}", "xxxx", true),
    ("\\.", ".", true),
    ("\\.", "a", false),
    ("(a|)+", "aaa", true),
  ])
  func theWholeTextMatches(pattern: String, text: String, matches: Bool) throws {
    #expect(try TextPattern(pattern).matches(text) == matches, "\(pattern) on \(text)")
  }

  @Test func lengthsAreTheFewestAndTheMost() throws {
    #expect(try TextPattern("[0-9]{17}[0-9X]").lengths! == (18, 18))
    #expect(try TextPattern("[0-9]{15}|[0-9]{17}[0-9X]").lengths! == (15, 18))
    #expect(try TextPattern("a+").lengths!.most == nil)
    #expect(try TextPattern("[]").lengths == nil)
    #expect(try TextPattern("a[]|b").lengths! == (1, 1))
  }

  @Test(arguments: [
    ("[0-9", 0), ("(ab", 0), ("ab)", 2), ("*a", 0), ("a{3,2}", 1), ("[z-a]", 1), ("a{x}", 1), ("a\\", 1),
    ("a{1001}", 1),
  ])
  func aMalformedPatternSaysWhere(pattern: String, offset: Int) {
    #expect(throws: TextPattern.SyntaxError.self) { try TextPattern(pattern) }
    do {
      _ = try TextPattern(pattern)
    } catch {
      #expect(error.offset == offset, "\(pattern): \(error.message)")
    }
  }

  /// A long text against a pattern that would take exponential time by backtracking.
  @Test func matchingTakesNoBacktracking() throws {
    let pattern = try TextPattern("(a|a)*(a|a)*(a|a)*b")
    #expect(!pattern.matches(String(repeating: "a", count: 5_000)))
  }

  static let rules = RuleSet(
    text: """
      service shop {
        basis "x"
        name "Shop"
        facts {
          licence_no: text "许可证编号"
          plate: text "车牌号"
        }
        conditions {
          licence_ok: length(licence_no) == 15 and licence_no matches "[0-9A-Z]{15}" otherwise "许可证编号有误" basis "x"
          plate_ok: plate matches "(粤|京)[A-Z][0-9A-Z]{5}" otherwise "车牌号有误" basis "x"
        }
      }
      """)

  static func decide(_ facts: [String: FactValue]) throws -> Decision {
    try rules.decide(Application(service: "shop", date: CivilDate(year: 2025, month: 6, day: 2)!, facts: facts))
  }

  @Test func conditionsReadPatternsAndLengths() throws {
    #expect(Self.rules.diagnostics.isEmpty, "\(Self.rules.diagnostics.map(\.message))")
    #expect(try Self.decide(["licence_no": "JY1440103000001", "plate": "粤B12345"]).outcome == .accepted)
    let wrong = try Self.decide(["licence_no": "JY14401030000", "plate": "沪B12345"])
    #expect(wrong.outcome == .rejected && wrong.reasons.map(\.id) == ["licence_ok", "plate_ok"])
    #expect(try Self.decide(["plate": "粤B12345"]).outcome == .needsInformation)
  }

  @Test func chineseKeywordsSayTheSame() {
    let rules = RuleSet(
      text: """
        事项 店 {
          依据 "x"
          名称 "店"
          信息 { 编号: 文本 }
          受理条件 { 编号有效: 长度(编号) == 15 且 编号 匹配 "[0-9A-Z]{15}" 否则 "编号有误" 依据 "x" }
        }
        """)
    #expect(rules.diagnostics.isEmpty, "\(rules.diagnostics.map(\.message))")
  }

  static func diagnostics(_ conditions: String) -> [Diagnostic] {
    RuleSet(
      text: """
        service s {
          basis "x"
          name "S"
          facts { id: text; area: number }
          conditions {
        \(conditions)
          }
        }
        """
    ).diagnostics
  }

  @Test func aMalformedPatternIsE0229AtTheCharacter() throws {
    let found = Self.diagnostics(#"    ok: id matches "[0-9]{17}[0-9X" otherwise "x" basis "x""#)
    let diagnostic = try #require(found.first)
    #expect(found.map(\.code) == [.invalidPattern])
    #expect(diagnostic.span.file.text(in: diagnostic.span.range) == "[", "\(diagnostic.message)")
    // The caret counts the string's escapes: `\\` is one character of the pattern.
    let escaped = Self.diagnostics(#"    ok: id matches "\\d{3,1}" otherwise "x" basis "x""#)
    #expect(escaped.map(\.code) == [.invalidPattern])
    #expect(escaped.first.map { $0.span.file.text(in: $0.span.range) } == "{")
  }

  @Test func aPatternThatMatchesNothingIsE0231() {
    #expect(Self.diagnostics(#"    ok: id matches "[]" otherwise "x" basis "x""#).map(\.code) == [.patternCannotMatch])
  }

  @Test func aPatternTheLengthRulesOutIsE0231() throws {
    let within = Self.diagnostics(
      #"    ok: length(id) == 18 and id matches "[0-9]{17}" otherwise "x" basis "x""#)
    #expect(within.map(\.code) == [.patternCannotMatch])
    let diagnostic = try #require(within.first)
    #expect(diagnostic.span.file.text(in: diagnostic.span.range) == #""[0-9]{17}""#)
    #expect(diagnostic.message.contains("must have 18 characters, the pattern matches 17"), "\(diagnostic.message)")
    // Across two conditions every application must meet.
    let across = Self.diagnostics(
      """
          long: length(id) >= 16 otherwise "x" basis "x"
          format: id matches "[0-9]{15}" otherwise "x" basis "x"
      """)
    #expect(across.map(\.code) == [.patternCannotMatch])
    // Lengths the pattern can have are fine, in a list or a range.
    #expect(
      Self.diagnostics(
        #"    ok: length(id) in (15, 18) and id matches "[0-9]{15}|[0-9]{17}[0-9X]" otherwise "x" basis "x""#
      ).isEmpty)
    #expect(
      Self.diagnostics(#"    ok: 10 <= length(id) and id matches "[0-9]+" otherwise "x" basis "x""#).isEmpty)
  }

  @Test func onlyTextsAreMatchedAndMeasured() {
    #expect(
      Self.diagnostics(#"    ok: area matches "[0-9]+" otherwise "x" basis "x""#).map(\.code) == [.typeMismatch])
    #expect(Self.diagnostics(#"    ok: length(area) > 1 otherwise "x" basis "x""#).map(\.code) == [.typeMismatch])
  }
}
