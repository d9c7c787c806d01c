import Testing
import Yici
import YiciSemantics
import YiciTestSupport

@testable import YiciEvaluation

/// Multi-select facts (`choices(…)`/`多选(…)`): answered as a JSON list, read by `contains`,
/// `includes any of (…)` and `count(…)`, asked with their options, and checked for the
/// mistakes an author can make with them.
@Suite struct ChoicesTests {
  static let rules = RuleSet(
    text: """
      service pharmacy {
        basis "《药品经营和使用质量监督管理办法》第十条"
        name "药品零售许可"
        facts {
          scope: choices(rx "处方药", otc_a "甲类非处方药", otc_b "乙类非处方药", herbal "中药饮片", cold "冷藏药品")
            "经营范围" ask "申请的经营范围有哪些？（可多选）"
          pharmacists: number ask "执业药师人数？"
          let prescription = scope contains rx
        }
        conditions {
          some_scope: count(scope) >= 1 otherwise "须申请至少一项经营范围" basis "x"
          pharmacist: not prescription or pharmacists >= 1 otherwise "经营处方药须配备执业药师" basis "x"
        }
        materials {
          form: "申请表" original basis "x"
          cold_chain: "冷链设施说明" original when scope contains cold basis "x"
          otc_staff: "药学技术人员证明" original when scope includes any of (otc_a, otc_b) basis "x"
        }
      }
      """)

  static var service: CompiledService {
    get throws { try #require(rules.compiled.service("pharmacy"), "\(rules.diagnostics.map(\.message))") }
  }

  static func decide(_ scope: String, pharmacists: Int = 1) throws(DecisionError) -> Decision {
    let json = """
      {"service": "pharmacy", "date": "2025-06-02", "facts": {"scope": \(scope), "pharmacists": \(pharmacists)},
       "materials": ["form", "cold_chain", "otc_staff"]}
      """
    return try rules.decide(json: Array(json.utf8))
  }

  @Test func theRulesCheckClean() throws {
    #expect(Self.rules.diagnostics.isEmpty, "\(Self.rules.diagnostics.map(\.message))")
    let fact = try #require(try Self.service.facts.first { $0.id == "scope" })
    #expect(fact.isMultiSelect && fact.options.count == 5)
  }

  @Test func theListIsReadByIdsAndLabels() throws {
    let decision = try Self.decide(#"["rx", "冷藏药品"]"#)
    #expect(decision.outcome == .accepted)
    #expect(decision.materials.required == ["form", "cold_chain"])
    let otc = try Self.decide(#"["乙类非处方药"]"#, pharmacists: 0)
    #expect(otc.outcome == .accepted)
    #expect(otc.materials.required == ["form", "otc_staff"])
    let rx = try Self.decide(#"["herbal", "rx"]"#, pharmacists: 0)
    #expect(rx.outcome == .rejected)
  }

  @Test func anEmptyListIsNoneChosenAndNullIsUnknown() throws {
    let none = try Self.decide("[]")
    #expect(none.outcome == .rejected)
    #expect(none.reasons.map(\.id) == ["some_scope"])
    let unknown = try Self.decide("null")
    #expect(unknown.outcome == .needsInformation)
    let question = try #require(unknown.questions.first { $0.fact == "scope" })
    #expect(question.multiple == true)
    #expect(question.options == ["rx", "otc_a", "otc_b", "herbal", "cold"])
    #expect(unknown.explanation.contains("可多选：处方药、甲类非处方药、乙类非处方药、中药饮片、冷藏药品"))
    var json: [UInt8] = []
    unknown.appendJSON(to: &json)
    #expect(String(decoding: json, as: UTF8.self).contains(#""multiple":true"#))
  }

  @Test func aBadAnswerIsLocatedByFieldAndIndex() {
    let cases: [(String, String)] = [
      (#"["rx", "xx"]"#, "facts.scope[1]: 'xx' is not an option of 'scope'"),
      (#"["rx", "处方药"]"#, "facts.scope[1]: option 'rx' is chosen twice"),
      (#"["rx", 3]"#, "facts.scope[1]: expected an option id or label, found"),
      (#""rx""#, "facts.scope: expected a list of options, found"),
      (#"["rx" "cold"]"#, "',' or ']' in the options chosen"),
    ]
    for (scope, message) in cases {
      #expect(throws: DecisionError.self, "\(scope)") { try Self.decide(scope) }
      do {
        _ = try Self.decide(scope)
      } catch {
        #expect("\(error)".contains(message), "\(scope): \(error)")
      }
    }
  }

  @Test func anApplicationValueBindsAsItsJSONDoes() throws {
    let application = Application(
      service: "pharmacy", date: CivilDate(iso: "2025-06-02"),
      facts: ["scope": .list(["otc_a", "冷藏药品"]), "pharmacists": 0], materials: ["form"])
    let decision = try Self.rules.decide(application)
    #expect(decision.materials.missing == ["cold_chain", "otc_staff"])
    let bad = Application(
      service: "pharmacy", date: CivilDate(iso: "2025-06-02"), facts: ["scope": .list(["rx", "nope"])])
    #expect {
      try Self.rules.decide(bad)
    } throws: { error in
      "\(error)".contains("facts.scope[1]: 'nope' is not an option of 'scope'")
    }
  }

  @Test func theTreeWalkReadsEverySetAsTheModel() throws {
    let service = try Self.service
    let (rx, otcA, otcB, cold) = (UInt64(1), UInt64(2), UInt64(4), UInt64(16))
    for bits in UInt64(0)..<32 {
      var application = BoundApplication(for: service, date: CivilDate(iso: "2025-06-02")!)
      application.facts[service.factSlots["scope"]!] = .choices(bits)
      application.facts[service.factSlots["pharmacists"]!] = .number(ExactDecimal(0))
      let evaluator = ExpressionEvaluator(service: service, application: application)
      let conditions = service.conditions.map { evaluator.truth($0.expression).trit }
      #expect(conditions == [Trit(bits != 0), Trit(bits & rx == 0)], "\(bits)")
      let whens = service.materials.map { $0.when.map { evaluator.truth($0).trit } }
      #expect(whens == [nil, Trit(bits & cold != 0), Trit(bits & (otcA | otcB) != 0)], "\(bits)")
    }
  }

  @Test func theMistakesAreCheckedWithTheirCodes() {
    let rules = RuleSet(
      text: """
        service s {
          name "s"
          basis "x"
          facts {
            scope: choices(a, b, c) ask "?"
            one: options(a, b) ask "?"
          }
          conditions {
            compared: scope == a otherwise "x" basis "x"
            listed: scope in (a, b) otherwise "x" basis "x"
            single: one contains a otherwise "x" basis "x"
            unknown: scope contains d otherwise "x" basis "x"
            twice: scope includes any of (a, b, a) otherwise "x" basis "x"
            counted: count(one) > 1 otherwise "x" basis "x"
          }
        }
        """)
    let found = rules.errors.map { "\($0.code.rawValue) \($0.message)" }
    #expect(
      found == [
        "E0203 scope is a multi-select fact: '==' does not say which of its options are chosen",
        "E0203 scope is a multi-select fact: 'in' does not say which of its options are chosen",
        "E0203 'contains' asks a multi-select fact (choices), but one is one of a, b",
        "E0202 d is not an option of 'scope'",
        "E0204 option 'a' is listed twice in 'includes any of'",
        "E0203 count(…) counts the options chosen of a multi-select fact, but one is one of a, b",
      ])
  }

  @Test func moreThanSixtyFourOptionsIsALimitError() {
    let options = (0..<65).map { "o\($0)" }.joined(separator: ", ")
    let rules = RuleSet(
      text: "service s {\n  name \"s\"\n  basis \"x\"\n  facts { scope: choices(\(options)) ask \"?\" }\n}\n")
    #expect(rules.errors.map(\.code.rawValue) == ["E0105"])
  }
}
