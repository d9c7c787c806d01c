import Testing
import Yici
import YiciCalendar
import YiciGuide
import YiciSemantics
import YiciSyntax
import YiciTestSupport

/// 原件核验 + 复印件留存 (`original copy` / `原件 复印件`): the original is shown, checked and
/// handed back, and the copies are kept. The decision's explanation, the one-time notice, the
/// guide (text and JSON) say both; `electronic` beside another form is E0113.
@Suite struct OriginalAndCopyTests {
  static let rules = RuleSet(
    text: """
      service pharmacy {
        basis "《药品管理法》第五十二条"
        name "药品零售许可"
        facts {
          pharmacists: number(人) "执业药师人数" ask "有几名执业药师？"
        }
        materials {
          form: "申请表" original basis "x"
          licence: "营业执照" original copy basis "x"
          ids: "法定代表人身份证" copy original copies 2 basis "x"
          certificates: "执业药师注册证" original copy copies 1 per pharmacists basis "x"
        }
      }
      """)

  static let date = CivilDate(year: 2025, month: 6, day: 2)!

  static func decide(
    _ facts: [String: FactValue] = [:], language: Language = .zh
  ) throws(DecisionError) -> Decision {
    try rules.decide(
      Application(service: "pharmacy", date: date, facts: facts, materials: ["form"]),
      options: DecisionOptions(language: language))
  }

  @Test func bothFormsTogetherAreOneFormInEitherOrder() throws {
    #expect(Self.rules.diagnostics.isEmpty, "\(Self.rules.diagnostics.map(\.message))")
    let service = try #require(Self.rules.compiled.service("pharmacy"))
    #expect(service.materials.map(\.form) == [.original, .originalAndCopy, .originalAndCopy, .originalAndCopy])
    #expect(service.materials.map(\.copies) == [nil, nil, 2, 1])
  }

  @Test func theExplanationSaysTheOriginalIsHandedBackAndTheCopiesKept() throws {
    let decision = try Self.decide(["pharmacists": 3])
    #expect(decision.outcome == .needsCorrection)
    for line in [
      "营业执照（原件（核验后退还）及复印件）", "法定代表人身份证（原件（核验后退还）及复印件2份）",
      "执业药师注册证（原件（核验后退还）及复印件3份，按执业药师人数每人1份）",
    ] {
      #expect(decision.explanation.contains(line), "\(decision.explanation)")
    }
    let english = try Self.decide(["pharmacists": 1], language: .en)
    for line in [
      "(original (checked and handed back) and a photocopy)",
      "(original (checked and handed back) and 2 photocopies)",
      "(original (checked and handed back) and 1 photocopy, 1 each by",
    ] {
      #expect(english.explanation.contains(line), "\(english.explanation)")
    }
  }

  @Test func theNoticeSaysBoth() throws {
    let decision = try Self.decide()
    let notice = try #require(Self.rules.notice(for: decision))
    #expect(notice.contains("法定代表人身份证（原件（核验后退还）及复印件2份）"), "\(notice)")
    #expect(notice.contains("执业药师注册证（原件（核验后退还）及复印件，按执业药师人数每人1份）"), "\(notice)")
  }

  @Test func theGuideSaysBothInTextAndJSON() throws {
    let service = try #require(Self.rules.compiled.service("pharmacy"))
    let guide = Guide(service: service, date: Self.date)
    let text = guide.rendered(as: .text)
    #expect(text.contains("法定代表人身份证（原件（核验后退还）及复印件2份）"), "\(text)")
    let english = guide.rendered(as: .text, language: .en)
    #expect(english.contains("(original (checked and handed back) and 2 copies)"), "\(english)")
    let json = guide.rendered(as: .json)
    #expect(json.contains(#""form" : "original_and_copy""#), "\(json)")
    let scenario = try Guide.scenario(
      Application(service: "pharmacy", date: Self.date, facts: ["pharmacists": 2]), rules: Self.rules)
    #expect(scenario.rendered(as: .text).contains("执业药师注册证（原件（核验后退还）及复印件2份，按执业药师人数每人1份）"))
  }

  @Test func chineseKeywordsSayTheSame() throws {
    let rules = RuleSet(
      text: """
        事项 药店 {
          依据 "x"
          名称 "药品零售许可"
          材料 {
            执照: "营业执照" 原件 复印件 1 份 依据 "x"
            身份证: "身份证" 复印件 原件 依据 "x"
          }
        }
        """)
    #expect(rules.diagnostics.isEmpty, "\(rules.diagnostics.map(\.message))")
    let service = try #require(rules.compiled.service("药店"))
    #expect(service.materials.map(\.form) == [.originalAndCopy, .originalAndCopy])
  }

  @Test(arguments: ["original copy electronic", "electronic original", "copy electronic", "electronic copy"])
  func electronicBesideAnotherFormIsE0113(forms: String) {
    let rules = RuleSet(
      text: """
        service demo {
          basis "x"
          name "Demo"
          materials {
            licence: "Business licence" \(forms) basis "x"
          }
        }
        """)
    #expect(rules.diagnostics.map(\.code) == [.conflictingForms], "\(rules.diagnostics.map(\.message))")
  }

  @Test(arguments: ["original original", "copy original copy", "original copy original"])
  func aFormWrittenTwiceIsE0112(forms: String) {
    let rules = RuleSet(
      text: """
        service demo {
          basis "x"
          name "Demo"
          materials {
            licence: "Business licence" \(forms) basis "x"
          }
        }
        """)
    #expect(rules.diagnostics.map(\.code) == [.duplicateAttribute], "\(rules.diagnostics.map(\.message))")
  }
}
