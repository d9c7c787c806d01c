import Testing
import Yici
import YiciSemantics

@testable import YiciREPL

/// Values as clerks type them, read by the fact's type.
@Suite struct FactInputTests {
  static let service = Fixtures.session().rules.compiled.service("food_license")!

  func fact(_ id: String) -> FactDefinition { Self.service.facts[Self.service.factSlots[id]!] }

  func read(_ text: String, _ id: String) -> FactValue? {
    try? FactInput.parse(text, for: fact(id), today: Fixtures.today).get()
  }

  func message(_ text: String, _ id: String) -> String? {
    if case .failure(let error) = FactInput.parse(text, for: fact(id), today: Fixtures.today) { return error.message }
    return nil
  }

  @Test func numbersAreExactAndMayCarryTheirUnit() {
    #expect(read("120", "area_m2") == .number(ExactDecimal(120)))
    #expect(read("10.5", "area_m2") == .number(ExactDecimal("10.5")!))
    #expect(read("120平方米", "area_m2") == .number(ExactDecimal(120)))
    #expect(read("１２０", "area_m2") == .number(ExactDecimal(120)))
    #expect(read("0.1", "area_m2") == .number(ExactDecimal("0.1")!))
    #expect(message("12a", "area_m2") == "'12a' is not a number; area_m2 takes a number in 平方米, e.g. 120 or 10.5")
    #expect(
      message("1234567890123456789", "area_m2") == "'1234567890123456789' has more digits than Yici keeps exactly (18)")
  }

  @Test func yesNoTakesEnglishAndChinese() {
    for (text, value) in [("true", true), ("是", true), ("yes", true), ("False", false), ("否", false), ("no", false)] {
      #expect(read(text, "has_license") == .bool(value))
    }
    #expect(message("1", "has_license") == "'1' is not yes/no; has_license takes true or false (是 or 否)")
  }

  @Test func optionsByIdLabelOrTheOnlyLabelContainingIt() {
    #expect(read("good", "credit") == .text("good"))
    #expect(read("良好", "credit") == .text("good"))
    #expect(read("Seriously Dishonest", "credit") == .text("dishonest"))
    #expect(read("严重", "credit") == .text("dishonest"))
    #expect(read("\"一般\"", "credit") == .text("normal"))
    #expect(read("食", "menu") == nil)  // 热食类, 冷食类 and 生食类 all contain it
    #expect(message("goood", "credit") == "'goood' is not an option of 'credit'; did you mean 'good'?")
  }

  @Test func datesAreISOOrToday() {
    #expect(read("2025-10-01", "opening") == .text("2025-10-01"))
    #expect(read("today", "opening") == .text("2025-09-28"))
    #expect(read("今天", "opening") == .text("2025-09-28"))
    #expect(read("2025-1-1", "opening") == nil)
  }

  @Test func textIsTakenAsTypedOrFromQuotes() {
    #expect(read("张记 小吃", "shop_name") == .text("张记 小吃"))
    #expect(read("“张记”", "shop_name") == .text("张记"))
    #expect(read("\"\"", "shop_name") == .text(""))
    #expect(read("", "shop_name") == nil)
  }

  @Test func carriedValuesAreCheckedAgainstTheType() {
    #expect(FactInput.revalidate(.text("良好"), for: fact("credit")) == .text("good"))
    #expect(FactInput.revalidate(.text("excellent"), for: fact("credit")) == nil)
    #expect(FactInput.revalidate(.bool(true), for: fact("area_m2")) == nil)
    #expect(FactInput.revalidate(.text("2025-02-30"), for: fact("opening")) == nil)
  }

  @Test func assignmentsAreNotComparisons() {
    #expect(Session.splitAssignment("area_m2 = 120")! == ("area_m2", "120"))
    #expect(Session.splitAssignment("信用状况＝良好")! == ("信用状况", "良好"))
    #expect(Session.splitAssignment("area_m2 == 120") == nil)
    #expect(Session.splitAssignment("area_m2 >= 120") == nil)
    #expect(Session.splitAssignment("= 120") == nil)
  }

  @Test func nearestNamesForChineseTypos() {
    #expect(NameMatch.nearest(to: "信用等级", in: ["信用状况", "年龄"]) == "信用状况")
    #expect(NameMatch.nearest(to: "area", in: ["area_m2", "seats"]) == "area_m2")
    #expect(NameMatch.nearest(to: "xyz", in: ["area_m2", "seats"]) == nil)
  }
}
