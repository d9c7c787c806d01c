import Testing
import Yici

/// The decision rules of the brief, one law per test, on small rule files.
@Suite struct EvaluatorSemanticsTests {
  static let rules = RuleSet(sources: [
    SourceFile(
      path: "common.yici",
      text: """
        vocabulary documents {
          materials { deed: "Deed" basis "Rule 7" }
        }
        """),
    SourceFile(
      path: "demo.yici",
      text: """
        service demo {
          basis "Rule 0"
          uses documents
          name "Demo"
          facts {
            adult: bool ask "Is the applicant an adult?"
            local: bool ask "Is the applicant local?"
            area: number(m2) ask "How large is the premises?"
            credit: options(good "良好", normal "一般", bad "失信") ask "Credit status?"
            opened: date ask "When did it open?"
            let big = area >= 100.5
          }
          conditions {
            grown: adult or local otherwise "must be adult or local" basis "Rule 1"
            honest: credit != bad otherwise "dishonest" basis "Rule 2"
            inspected: area > 0 otherwise "no area" basis "Rule 3" commitment "I commit the premises exist"
          }
          materials {
            form: "Form" basis "Rule 4"
            plan: "Plan" when big waivable basis "Rule 5"
            id_card: "ID card" shared basis "Rule 6"
            lease: "Lease" any(deed) basis "Rule 7"
            old_form: "Old form" until 2024-12-31 basis "Rule 8"
            report: "Report" basis "Rule 9" commitment "I commit the report is on file"
          }
          waiver { at most 1; only if credit == good; letter "Waiver letter" }
        }
        """),
  ])

  func decide(
    _ facts: [String: FactValue], materials: [String] = [], shared: [String] = [], commitments: [String] = [],
    date: String = "2025-03-03"
  ) throws -> Decision {
    try Self.rules.decide(
      Application(
        service: "demo", date: CivilDate(iso: date), facts: facts, materials: materials, shared: shared,
        commitments: commitments))
  }

  let complete: [String: FactValue] = [
    "adult": true, "local": false, "area": 50, "credit": "good", "opened": "2020-01-01",
  ]
  let allMaterials = ["form", "lease", "report"]

  @Test func rulesCheckCleanly() {
    #expect(Self.rules.diagnostics.isEmpty, "\(Self.rules.diagnostics.map(\.message))")
  }

  @Test func acceptedWhenAllIsInOrder() throws {
    let decision = try decide(complete, materials: allMaterials, shared: ["id_card"])
    #expect(decision.outcome == .accepted)
    #expect(decision.materials.exempt == ["id_card"])
    #expect(decision.materials.required == ["form", "id_card", "lease", "report"])
  }

  @Test func unknownMattersOnlyWhenTheResultDependsOnIt() throws {
    var facts = complete
    facts["local"] = nil  // adult is true: `adult or local` holds without it
    #expect(try decide(facts, materials: allMaterials, shared: ["id_card"]).outcome == .accepted)
    facts["adult"] = false
    let decision = try decide(facts, materials: allMaterials, shared: ["id_card"])
    #expect(decision.outcome == .needsInformation)
    #expect(decision.questions.map(\.fact) == ["local"])
  }

  @Test func everyFailedConditionIsListedAndUnknownsAreNotAsked() throws {
    let decision = try decide(["adult": false, "local": false, "credit": "bad"])
    #expect(decision.outcome == .rejected)
    #expect(decision.reasons.map(\.id) == ["grown", "honest"])
    #expect(decision.questions.isEmpty)
  }

  @Test func questionsAreRankedByHowMuchTheySettle() throws {
    let decision = try decide([:], materials: allMaterials, shared: ["id_card"])
    #expect(decision.outcome == .needsInformation)
    // credit settles a condition and the waiver, area a condition and whether the plan is
    // required (ties keep the order of first use); adult and local settle one condition.
    #expect(decision.questions.map(\.fact) == ["credit", "area", "adult", "local"])
    #expect(decision.questions.first?.options == ["good", "normal", "bad"])
  }

  @Test func questionsThatCannotChangeTheOutcomeAreNotAsked() throws {
    // Everything is missing, so needs_correction whatever `area` says about the plan.
    let decision = try decide(["adult": true, "credit": "good"], commitments: ["inspected"])
    #expect(decision.outcome == .needsCorrection)
    #expect(decision.questions.isEmpty)
    #expect(decision.materials.undetermined == ["plan"])
  }

  @Test func allMissingMaterialsAtOnce() throws {
    let decision = try decide(complete)
    #expect(decision.outcome == .needsCorrection)
    #expect(decision.materials.missing == ["form", "id_card", "lease", "report"])
  }

  @Test func waiverOnlyWithinThePolicy() throws {
    var facts = complete
    facts["area"] = 200
    let waived = try decide(facts, materials: allMaterials, shared: ["id_card"])
    #expect(waived.outcome == .acceptedWithWaiver)
    #expect(waived.materials.waived.map(\.id) == ["plan"])
    #expect(waived.materials.missing.isEmpty)
    #expect(waived.commitments.map(\.id) == ["waiver"])
    facts["credit"] = "normal"
    let refused = try decide(facts, materials: allMaterials, shared: ["id_card"])
    #expect(refused.outcome == .needsCorrection)
    #expect(refused.materials.missing == ["plan"])
  }

  @Test func anUnknownThatCouldChangeTheMaterialsOutcomeIsAsked() throws {
    var facts = complete
    facts["area"] = nil
    facts["credit"] = "normal"
    // Conditions: area unknown also leaves `inspected` unknown, so it is asked either way.
    let decision = try decide(facts, materials: allMaterials, shared: ["id_card"], commitments: ["inspected"])
    #expect(decision.outcome == .needsInformation)
    #expect(decision.questions.map(\.fact) == ["area"])
    #expect(decision.materials.undetermined == ["plan"])
  }

  @Test func alternativesAndCommitmentsSatisfyRequirements() throws {
    let decision = try decide(complete, materials: ["form", "deed"], shared: ["id_card"], commitments: ["report"])
    #expect(decision.outcome == .accepted)
    #expect(decision.materials.committed == ["report"])
    #expect(decision.commitments.map(\.id) == ["report"])
  }

  @Test func commitmentStandsInForTheProofOfACondition() throws {
    var facts = complete
    facts["area"] = 1
    let committed = try decide(facts, materials: allMaterials, shared: ["id_card"], commitments: ["inspected"])
    #expect(committed.outcome == .accepted)
    #expect(committed.trace?.conditions.first { $0.id == "inspected" }?.verdict == "committed")
    #expect(committed.warnings.isEmpty)
  }

  @Test func commitmentNeverOverridesAnAnswerThatMakesTheConditionFalse() throws {
    var facts = complete
    facts["area"] = 0
    #expect(try decide(facts, materials: allMaterials, shared: ["id_card"]).outcome == .rejected)
    let committed = try decide(facts, materials: allMaterials, shared: ["id_card"], commitments: ["inspected"])
    #expect(committed.outcome == .rejected)
    #expect(committed.reasons.map(\.id) == ["inspected"])
    #expect(committed.commitments.isEmpty)
    #expect(committed.warnings.count == 1)
    #expect(committed.warnings.first?.contains("does not hold by the applicant's own answers") == true)
    #expect(!committed.explanation.contains("commit"))
  }

  @Test func theDatePicksTheRulesInForce() throws {
    let before = try decide(complete, materials: allMaterials, shared: ["id_card"], date: "2024-06-01")
    #expect(before.materials.missing == ["old_form"])
    let after = try decide(complete, materials: allMaterials, shared: ["id_card"], date: "2025-01-01")
    #expect(after.outcome == .accepted)
  }

  @Test func numbersAreExactDecimals() throws {
    var facts = complete
    facts["area"] = .number(ExactDecimal("100.5")!)
    let decision = try decide(facts, materials: allMaterials, shared: ["id_card"])
    #expect(decision.materials.waived.map(\.id) == ["plan"])  // 100.5 >= 100.5 exactly
    facts["area"] = .number(ExactDecimal("100.49")!)
    #expect(try decide(facts, materials: allMaterials, shared: ["id_card"]).outcome == .accepted)
  }

  @Test func optionLabelsAreAcceptedInApplications() throws {
    var facts = complete
    facts["credit"] = "失信"
    #expect(try decide(facts).outcome == .rejected)
  }
}
