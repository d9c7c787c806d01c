import Testing
import Yici
import YiciCalendar
import YiciGuide
import YiciSemantics
import YiciTestSupport

@testable import YiciEvaluation

/// Copies counted per a number fact (`copies 1 per shareholders`, `1 份 每 股东人数`): the
/// decision, its JSON, the explanation and the guide say how many this applicant brings, and
/// say "each" while the fact is unknown; a fact that is not a number is E0227.
@Suite struct CopiesPerPersonTests {
  static let rules = RuleSet(
    text: """
      service company {
        basis "《市场主体登记管理条例》第十六条"
        name "公司设立登记"
        facts {
          shareholders: number(人) "股东人数" en "Number of shareholders" ask "公司有几位股东？"
          seats: number "董事人数"
          let board = seats + 1
        }
        materials {
          form: "申请书" original basis "x"
          ids: "股东身份证明" copy copies 1 per shareholders basis "x"
          letters: "董事任职文件" 2 份 per board basis "x"
        }
      }
      """)

  static let date = CivilDate(year: 2025, month: 6, day: 2)!

  static func decide(_ facts: String, materials: String = #"["form"]"#) throws(DecisionError) -> Decision {
    let json = """
      {"service": "company", "date": "2025-06-02", "facts": {\(facts)}, "materials": \(materials)}
      """
    return try rules.decide(json: Array(json.utf8))
  }

  @Test func theRulesCheckClean() throws {
    #expect(Self.rules.diagnostics.isEmpty, "\(Self.rules.diagnostics.map(\.message))")
    let service = try #require(Self.rules.compiled.service("company"))
    let ids = try #require(service.materials.first { $0.id == "ids" })
    #expect(ids.copies == 1 && ids.copiesPer == service.factSlots["shareholders"])
  }

  @Test func theDecisionCountsTheCopiesForThisApplicant() throws {
    let decision = try Self.decide(#""shareholders": 3, "seats": 2"#)
    #expect(decision.outcome == .needsCorrection)
    #expect(
      decision.materials.copies == [CountedCopies(id: "ids", copies: 3), CountedCopies(id: "letters", copies: 6)])
    #expect(decision.explanation.contains("股东身份证明（复印件3份，按股东人数每人1份）"), "\(decision.explanation)")
    #expect(decision.explanation.contains("董事任职文件（6份，按board每人2份）"), "\(decision.explanation)")
    var json: [UInt8] = []
    decision.appendJSON(to: &json)
    let text = String(decoding: json, as: UTF8.self)
    #expect(text.contains(#""copies":[{"id":"ids","copies":3},{"id":"letters","copies":6}]"#), "\(text)")
  }

  /// The fast writer (from the verdicts, with its memo of explanations) writes what the
  /// decision says, and a memoized explanation never serves another count.
  @Test func theDeciderWritesWhatTheDecisionSays() throws {
    var decider = Decider(Self.rules, options: DecisionOptions())
    for count in [2, 5, 2] {
      let facts = #""shareholders": \#(count), "seats": 0"#
      let line = #"{"service": "company", "date": "2025-06-02", "facts": {\#(facts)}, "materials": ["form"]}"#
      var written: [UInt8] = []
      try decider.appendDecision(json: Array(line.utf8).span, to: &written)
      var single: [UInt8] = []
      try Self.decide(facts).appendJSON(to: &single)
      #expect(String(decoding: written, as: UTF8.self) == String(decoding: single, as: UTF8.self))
      #expect(String(decoding: written, as: UTF8.self).contains("复印件\(count)份"))
    }
  }

  @Test func anUnknownCountSaysEach() throws {
    let decision = try Self.decide(#""seats": 1"#)
    #expect(decision.materials.copies == [CountedCopies(id: "letters", copies: 4)])
    #expect(decision.explanation.contains("股东身份证明（复印件，按股东人数每人1份）"), "\(decision.explanation)")
    let english = try Self.rules.decide(
      Application(service: "company", date: Self.date, facts: ["seats": 1]),
      options: DecisionOptions(language: .en))
    #expect(
      english.explanation.contains("photocopy, 1 each by number of shareholders"), "\(english.explanation)")
  }

  @Test func theGuideSaysEachAndTheScenarioTheNumber() throws {
    let service = try #require(Self.rules.compiled.service("company"))
    let general = Guide(service: service, date: Self.date).rendered(as: .text)
    #expect(general.contains("股东身份证明（复印件，按股东人数每人1份）"), "\(general)")
    let scenario = try Guide.scenario(
      Application(service: "company", date: Self.date, facts: ["shareholders": 3]), rules: Self.rules)
    #expect(scenario.rendered(as: .text).contains("股东身份证明（复印件3份，按股东人数每人1份）"))
    let json = scenario.rendered(as: .json)
    #expect(json.contains(#""copies_per" : "shareholders","#), "\(json)")
    #expect(json.contains(#""counted_copies" : 3"#), "\(json)")
  }

  /// Alternatives (`any(…)`), a bundle's one set of materials and the REPL's table count too.
  static let alternativesAndBundle = RuleSet(
    text: """
      service company {
        basis "x"
        name "公司设立登记" en "Company registration"
        facts {
          shareholders: number(人) "股东人数" en "Number of shareholders"
        }
        materials {
          form: "申请书" original basis "x"
          ids: "股东身份证明" copy copies 1 per shareholders basis "x"
          passports: "股东护照" copy copies 1 per shareholders basis "x"
          proof: "身份证明" any(ids, passports) basis "x"
        }
      }
      service seal {
        basis "x"
        name "刻章备案" en "Seal recording"
        facts {
          shareholders: number(人) "股东人数" en "Number of shareholders"
        }
        materials {
          ids: "股东身份证明" copy copies 2 per shareholders basis "x"
        }
      }
      bundle open {
        name "开办企业" en "Opening a company"
        members {
          company
          seal
        }
      }
      """)

  @Test func anAlternativeIsNamedWithItsCount() throws {
    let rules = Self.alternativesAndBundle
    #expect(rules.diagnostics.isEmpty, "\(rules.diagnostics.map(\.message))")
    let line = #"{"service": "company", "date": "2025-06-03", "facts": {"shareholders": 3}, "materials": ["form"]}"#
    let decision = try rules.decide(json: Array(line.utf8))
    #expect(
      decision.materials.copies == [CountedCopies(id: "ids", copies: 3), CountedCopies(id: "passports", copies: 3)])
    #expect(
      decision.explanation.contains("以下任一材料均可：股东身份证明（复印件3份，按股东人数每人1份）；股东护照（复印件3份，按股东人数每人1份）"),
      "\(decision.explanation)")
    // The fast writer, its memo keyed by the counts, says the same for every count.
    var decider = Decider(rules, options: DecisionOptions())
    for count in [3, 4, 3] {
      let line = line.replacing("\"shareholders\": 3", with: "\"shareholders\": \(count)")
      var written: [UInt8] = []
      try decider.appendDecision(json: Array(line.utf8).span, to: &written)
      var single: [UInt8] = []
      try rules.decide(json: Array(line.utf8)).appendJSON(to: &single)
      #expect(String(decoding: written, as: UTF8.self) == String(decoding: single, as: UTF8.self))
      #expect(String(decoding: written, as: UTF8.self).contains("股东护照（复印件\(count)份"))
    }
  }

  @Test func aBundleBringsTheMostAnyMemberAsksForOnce() throws {
    let rules = Self.alternativesAndBundle
    let line = #"{"bundle": "open", "date": "2025-06-03", "facts": {"shareholders": 3}, "materials": ["form"]}"#
    let decision = try rules.decide(json: Array(line.utf8))
    #expect(decision.outcome == .needsCorrection)
    #expect(decision.materials.copies?.first { $0.id == "ids" }?.copies == 6)
    #expect(decision.explanation.contains("- 股东身份证明（复印件6份，按股东人数每人2份；刻章备案需要）"), "\(decision.explanation)")
    var decider = Decider(rules, options: DecisionOptions())
    var written: [UInt8] = []
    try decider.appendDecision(json: Array(line.utf8).span, to: &written)
    #expect(written == decision.jsonBytes, "the batch writer writes the bundle's counts too")
    let english = try rules.decide(json: Array(line.utf8), options: DecisionOptions(language: .en))
    #expect(
      english.explanation.contains("(6 photocopies, 2 each by number of shareholders; for Seal recording)"),
      "\(english.explanation)")
  }

  @Test func chineseKeywordsSayTheSame() throws {
    let rules = RuleSet(
      text: """
        事项 公司 {
          依据 "x"
          名称 "公司设立登记"
          信息 {
            股东人数: 数值
          }
          材料 {
            身份证明: "股东身份证明" 复印件 1 份 每 股东人数 依据 "x"
            承诺书: "承诺书" 原件 份数 2 每 股东人数 依据 "x"
          }
        }
        """)
    #expect(rules.diagnostics.isEmpty, "\(rules.diagnostics.map(\.message))")
    let service = try #require(rules.compiled.service("公司"))
    #expect(service.materials.map(\.copiesPer) == [0, 0])
    #expect(service.materials.map(\.copies) == [1, 2])
  }

  @Test func aFactThatIsNotANumberIsE0227() {
    let rules = RuleSet(
      text: """
        service company {
          basis "x"
          name "公司设立登记"
          facts {
            chair: text "法定代表人"
          }
          materials {
            ids: "身份证明" copies 1 per chair basis "x"
          }
        }
        """)
    #expect(rules.diagnostics.map(\.code) == [.copiesPerNotNumber])
  }
}
