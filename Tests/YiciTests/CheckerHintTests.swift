import Testing
import Yici

/// The checker's help for mistakes Chinese-speaking authors make.
@Suite struct CheckerHintTests {
  func help(_ text: String) -> [String?] {
    RuleSet(text: text, path: "t.yici").diagnostics.map(\.help)
  }

  @Test func chineseNumeralsAreWrittenWithDigits() {
    let helps = help(
      """
      事项 s {
        依据 "《条例》第一条"
        名称 "S"
        信息 { 面积: 数值 问 "面积？" }
        受理条件 { 够: 面积 >= 十 否则 "不足" 依据 "某法" }
      }
      """)
    #expect(helps.contains("write numbers with digits, e.g. 10 or 10.5"))
  }

  @Test func aKeywordGluedToAFactNameIsSpotted() {
    let helps = help(
      """
      事项 s {
        依据 "《条例》第一条"
        名称 "S"
        信息 { 面积: 数值 问 "面积？" }
        受理条件 { 够: 非面积 否则 "不足" 依据 "某法" }
      }
      """)
    #expect(helps.contains("put a space after '非': '非 面积'"))
  }
}
