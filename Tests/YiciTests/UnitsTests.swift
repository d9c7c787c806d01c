import Testing
import Yici
import YiciCalendar
import YiciSemantics
import YiciSyntax
import YiciTestSupport

/// Units (`number(m2)`): synonyms are one unit (平方米 = m2 = ㎡), units of one dimension
/// convert where a comparison or a sum mixes them (万元/元, 年/个月), `/` divides (a ratio of
/// one dimension: 容积率; a quotient unit of two: 人均面积), and quantities of different
/// dimensions are never compared (E0203).
@Suite struct UnitsTests {
  static let rules = RuleSet(
    text: """
      service building {
        basis "x"
        name "建设工程规划许可"
        facts {
          site: number(平方米) "用地面积"
          floor_area: number("㎡") "建筑面积"
          green: number(公顷) "绿地面积"
          capital: number(万元) "注册资本"
          paid: number(元) "实缴资本"
          residents: number(人) "居住人数"
          age: number(周岁) "年龄"
          service_months: number(个月) "工龄"
          let plot_ratio = floor_area / site
          let per_capita = floor_area / residents
        }
        conditions {
          ratio_ok: plot_ratio <= 2.5 otherwise "容积率超过2.5" basis "x"
          space_ok: per_capita >= 30 otherwise "人均面积不足" basis "x"
          green_ok: green * 10000 >= site * 0.3 or green >= site * 0.3 otherwise "绿地不足" basis "x"
          capital_ok: paid >= capital otherwise "实缴资本不足" basis "x"
          total_ok: capital + paid <= 2000000 otherwise "资本过多" basis "x"
          senior: age * 12 >= service_months or age >= service_months otherwise "x" basis "x"
        }
      }
      """)

  static func decide(_ facts: [String: FactValue]) throws -> Decision {
    try rules.decide(Application(service: "building", date: CivilDate(year: 2025, month: 6, day: 2)!, facts: facts))
  }

  static let good: [String: FactValue] = [
    "site": 1000, "floor_area": 2400, "green": 0.04, "capital": 100, "paid": 1_000_000, "residents": 80,
    "age": 30, "service_months": 120,
  ]

  @Test func synonymsAndConversionsCheckClean() {
    #expect(Self.rules.diagnostics.isEmpty, "\(Self.rules.diagnostics.map(\.message))")
  }

  @Test func conversionsAreExact() throws {
    #expect(try Self.decide(Self.good).outcome == .accepted)
    var facts = Self.good
    facts["paid"] = 999_999.99  // 100 万元 is 1,000,000 元
    #expect(try Self.decide(facts).reasons.map(\.id) == ["capital_ok"])
    facts = Self.good
    facts["capital"] = 150
    facts["paid"] = 1_500_001  // 150 万元 + 1,500,001 元 = 3,000,001 元
    #expect(try Self.decide(facts).reasons.map(\.id) == ["total_ok"])
  }

  @Test func divisionGivesRatiosAndPerCapitaFigures() throws {
    var facts = Self.good
    facts["floor_area"] = 2501  // 容积率 2.501
    facts["residents"] = 1
    #expect(try Self.decide(facts).reasons.map(\.id) == ["ratio_ok"])
    facts = Self.good
    facts["residents"] = 81  // 2400 / 81 = 29.6…
    #expect(try Self.decide(facts).reasons.map(\.id) == ["space_ok"])
    facts["residents"] = 0
    #expect(throws: DecisionError.self) { try Self.decide(facts) }
  }

  @Test func divisionRoundsHalfToEvenAtTheLastPlace() throws {
    #expect(ExactDecimal(2).dividing(by: ExactDecimal(3))?.description == "0.666666666666666667")
    #expect(ExactDecimal(1).dividing(by: ExactDecimal(8))?.description == "0.125")
    #expect(ExactDecimal(10000).exactlyDivided(by: ExactDecimal("0.01")!) == ExactDecimal(1_000_000))
    #expect(ExactDecimal(1).exactlyDivided(by: ExactDecimal(3)) == nil)
    #expect(ExactDecimal(-7).dividing(by: ExactDecimal(2))?.description == "-3.5")
    #expect(ExactDecimal(1).dividing(by: ExactDecimal(0)) == nil)
  }

  @Test func theUnitTableKnowsSynonyms() {
    #expect(QuantityUnit("平方米") == QuantityUnit("㎡") && QuantityUnit("m2") == QuantityUnit("平方米"))
    #expect(QuantityUnit("万元").ratio(to: QuantityUnit("元")) == ExactDecimal(10000))
    #expect(QuantityUnit("周岁").ratio(to: QuantityUnit("个月")) == ExactDecimal(12))
    #expect(QuantityUnit("m2").ratio(to: QuantityUnit("元")) == nil)
    #expect(QuantityUnit("平方米/人").dimension == "area/people")
  }

  static func codes(_ conditions: String) -> [DiagnosticCode] {
    RuleSet(
      text: """
        service s {
          basis "x"
          name "S"
          facts { area: number(m2); money: number(万元); days: number(天); months: number(月) }
          conditions {
        \(conditions)
          }
        }
        """
    ).diagnostics.map(\.code)
  }

  @Test func differentDimensionsAreE0203() {
    #expect(Self.codes(#"    a: area > money otherwise "x" basis "x""#) == [.typeMismatch])
    #expect(Self.codes(#"    a: area + money > 1 otherwise "x" basis "x""#) == [.typeMismatch])
    // Days do not convert to months: a month has no fixed number of days.
    #expect(Self.codes(#"    a: days > months otherwise "x" basis "x""#) == [.typeMismatch])
    #expect(Self.codes(#"    a: area / area > money otherwise "x" basis "x""#).isEmpty)
  }
}
