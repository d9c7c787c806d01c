import Testing
import Yici
import YiciCalendar
import YiciGuide
import YiciSemantics
import YiciSyntax
import YiciTestSupport

/// 到现场次数 per scenario (`visits 0 when online` / `到现场次数 0 当 …`): the first line whose
/// `when` holds gives an application's visits, the plain `visits` the others'. The decision
/// (its JSON `visits` and its text), the guide and the report say them; E0228 for lines
/// without the plain one or in a bundle, W0324 for a line that says what the plain one says.
@Suite struct VisitsPerScenarioTests {
  static let rules = RuleSet(
    text: """
      service pharmacy {
        basis "《药品管理法》第五十二条"
        name "药品零售许可"
        visits 1
        visits 0 when channel == online
        visits 2 when needs_inspection
        facts {
          channel: options(online "网上办理", window "窗口办理") "办理渠道" en "Channel" ask "怎样办理？"
          needs_inspection: bool "需现场核查" en "Inspection on site"
        }
        materials {
          form: "申请表" original basis "x"
        }
        guide { online depth 4 }
      }
      """)

  static let date = CivilDate(year: 2025, month: 6, day: 2)!

  static func decide(_ facts: [String: FactValue], language: Language = .zh) throws(DecisionError) -> Decision {
    try rules.decide(
      Application(service: "pharmacy", date: date, facts: facts, materials: ["form"]),
      options: DecisionOptions(language: language))
  }

  @Test func theLinesCheckClean() throws {
    #expect(Self.rules.diagnostics.isEmpty, "\(Self.rules.diagnostics.map(\.message))")
    let header = try #require(Self.rules.compiled.service("pharmacy")).header
    #expect(header.visits == 1 && header.conditionalVisits.map(\.count) == [0, 2])
    #expect(header.mostVisits == 2 && header.fewestVisits == 0)
  }

  @Test func theFirstLineThatHoldsGivesTheVisits() throws {
    let online = try Self.decide(["channel": "online", "needs_inspection": true])
    #expect(online.outcome == .accepted && online.visits == 0)
    #expect(online.explanation.contains("本事项全程网办，无需到办事现场。"), "\(online.explanation)")
    #expect(String(decoding: online.jsonBytes, as: UTF8.self).contains(#""visits":0,"#))
    let window = try Self.decide(["channel": "window", "needs_inspection": false])
    #expect(window.visits == 1)
    #expect(window.explanation.contains("本事项到办事现场次数：1次。"), "\(window.explanation)")
    let inspected = try Self.decide(["channel": "window", "needs_inspection": true], language: .en)
    #expect(inspected.visits == 2)
    #expect(inspected.explanation.contains("At most 2 visits to the office are needed."), "\(inspected.explanation)")
  }

  /// Visits never hold a decision up: while a `when` is unknown the applicant is told the
  /// most the answers may come to.
  @Test func anUnknownCaseCountsTheMostStillPossible() throws {
    let unknown = try Self.decide([:])
    #expect(unknown.outcome == .accepted && unknown.visits == 2)
    let windowOnly = try Self.decide(["channel": "window"])
    #expect(windowOnly.visits == 2)
    let notInspected = try Self.decide(["needs_inspection": false])
    #expect(notInspected.visits == 1)
  }

  /// A service whose visits do not vary writes no `visits`: its decisions' bytes are as before.
  @Test func aServiceWithoutCasesWritesNoVisits() throws {
    let rules = RuleSet(
      text: """
        service plain {
          basis "x"
          name "Plain"
          visits 1
          materials { form: "Form" original basis "x" }
        }
        """)
    let decision = try rules.decide(Application(service: "plain", date: Self.date, materials: ["form"]))
    #expect(decision.visits == nil)
    #expect(!String(decoding: decision.jsonBytes, as: UTF8.self).contains(#""visits""#))
  }

  /// The batch writer (verdicts and its memo of explanations) writes what the decision
  /// says, and a memoized text never serves another application's visits.
  @Test func theDeciderWritesWhatTheDecisionSays() throws {
    var decider = Decider(Self.rules, options: DecisionOptions())
    for channel in ["online", "window", "online"] {
      let facts = #""channel": "\#(channel)", "needs_inspection": false"#
      let line = #"{"service": "pharmacy", "date": "2025-06-02", "facts": {\#(facts)}, "materials": ["form"]}"#
      var written: [UInt8] = []
      try decider.appendDecision(json: Array(line.utf8).span, to: &written)
      let single = try Self.decide(["channel": .text(channel), "needs_inspection": false])
      #expect(String(decoding: written, as: UTF8.self) == String(decoding: single.jsonBytes, as: UTF8.self))
      #expect(String(decoding: written, as: UTF8.self).contains(#""visits":\#(channel == "online" ? 0 : 1),"#))
    }
  }

  @Test func theGuideSaysTheCasesAndTheScenarioItsOwn() throws {
    let service = try #require(Self.rules.compiled.service("pharmacy"))
    let general = Guide(service: service, date: Self.date)
    let text = general.rendered(as: .text)
    #expect(text.contains("1次；0次（视情形，取决于：办理渠道）；2次（视情形，取决于：需现场核查）"), "\(text)")
    #expect(
      general.rendered(as: .text, language: .en).contains(
        "1 visit; 0 visits in some cases (depending on: Channel); 2 visits in some cases (depending on: "
          + "Inspection on site)"))
    let json = general.rendered(as: .json)
    #expect(json.contains(#""visits" : 1,"#), "\(json)")
    #expect(json.contains(#""visit_cases" : ["#), "\(json)")
    let online = try Guide.scenario(
      Application(service: "pharmacy", date: Self.date, facts: ["channel": "online"]), rules: Self.rules)
    #expect(online.visits == 0)
    #expect(online.rendered(as: .json).contains(#""visits" : 0,"#))
  }

  @Test func theReportCountsTheMostAndShowsTheRange() throws {
    let report = Self.rules.reformReport(on: Self.date)
    let figures = try #require(report.current.services.first)
    #expect(figures.visits == 2 && figures.fewestVisits == 0 && figures.atMostOneVisit == false)
    let text = report.rendered(as: .text)
    #expect(text.contains("0–2"), "\(text)")
    #expect(text.contains("按最多的情形计"), "\(text)")
    #expect(report.rendered(as: .json).contains(#""visits" : 2,"#))
    #expect(report.rendered(as: .json).contains(#""visits_fewest" : 0,"#))
  }

  @Test func chineseKeywordsSayTheSame() throws {
    let rules = RuleSet(
      text: """
        事项 药店 {
          依据 "x"
          名称 "药品零售许可"
          到现场次数 1
          到现场次数 0 当 网办
          信息 { 网办: 是否 "网上办理" }
        }
        """)
    #expect(rules.diagnostics.isEmpty, "\(rules.diagnostics.map(\.message))")
    #expect(try #require(rules.compiled.service("药店")).header.conditionalVisits.map(\.count) == [0])
  }

  static func codes(_ text: String) -> [DiagnosticCode] { RuleSet(text: text).diagnostics.map(\.code) }

  /// A bundle's visits are its own one figure: cases belong in the member services.
  @Test func aBundleWithCasesIsE0228() {
    let rules = RuleSet(
      text: """
        service member { name "Member"; basis "x"; visits 1 }
        bundle pair {
          name "Pair"
          visits 1
          visits 0 when online
          facts { online: bool "Online" }
          members { member }
        }
        """)
    #expect(rules.diagnostics.map(\.code).contains(.conditionalVisits), "\(rules.diagnostics.map(\.message))")
  }

  @Test func mistakesAreDiagnosed() {
    // No plain line for the other applications.
    #expect(
      Self.codes(
        """
        service s { basis "x"; name "S"; visits 0 when online; facts { online: bool } }
        """) == [.conditionalVisits])
    // A line that says what the plain one says.
    #expect(
      Self.codes(
        """
        service s { basis "x"; name "S"; visits 1; visits 1 when online; facts { online: bool } }
        """) == [.conditionalVisitsSameAsDefault])
    // A `when` that never holds, and one that is not yes/no.
    #expect(
      Self.codes(
        """
        service s { basis "x"; name "S"; visits 1; visits 0 when false }
        """) == [.neverApplies])
    #expect(
      Self.codes(
        """
        service s { basis "x"; name "S"; visits 1; visits 0 when area; facts { area: number } }
        """) == [.typeMismatch])
  }
}
