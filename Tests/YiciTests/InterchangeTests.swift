import Testing
import Yici

/// Bad input is an error that names the field and the nearest valid name; never a silent
/// default. Unknown material ids are ignored with a warning.
@Suite struct InterchangeTests {
  let rules = EvaluatorSemanticsTests.rules

  func error(_ json: String) -> String? {
    do {
      _ = try rules.decide(json: Array(json.utf8))
      return nil
    } catch .invalidApplication(let error) {
      return error.description
    } catch {
      return "\(error)"
    }
  }

  @Test func unknownFactSuggestsTheNearest() {
    #expect(
      error(#"{"service":"demo","date":"2025-03-03","facts":{"aera":10}}"#)
        == "facts: service 'demo' has no fact 'aera'; did you mean 'area'? (at column 48)")
  }

  @Test func wrongTypeSaysWhatIsExpected() {
    #expect(
      error(#"{"service":"demo","date":"2025-03-03","facts":{"area":"big"}}"#)
        == "facts.area: expected number (m2), found '\"' (at column 55)")
  }

  @Test func unknownOptionListsTheOptions() {
    #expect(
      error(#"{"service":"demo","date":"2025-03-03","facts":{"credit":"goood"}}"#)
        == "facts.credit: 'goood' is not an option of 'credit'; did you mean 'good'? the options are good, normal, bad (at column 57)"
    )
  }

  @Test func unknownServiceAndMissingDate() {
    #expect(
      error(#"{"service":"dem","date":"2025-03-03"}"#)
        == "service: no service 'dem' in the rules; did you mean 'demo'? (at column 12)")
    #expect(
      error(#"{"service":"demo"}"#) == "the application has no date; add \"date\": \"YYYY-MM-DD\" (or pass --date)")
    #expect(
      error(#"{"service":"demo","date":"2025-02-30"}"#)
        == "date: '2025-02-30' is not a date (YYYY-MM-DD) (at column 26)")
  }

  @Test func malformedJSONIsAnErrorWithAColumn() {
    #expect(
      error(#"{"service":"demo","date":"2025-03-03","facts":{"area":10,}}"#)?.hasPrefix("facts: expected a fact name")
        == true)
    #expect(error(#"{"service":"demo" "date":"2025-03-03"}"#)?.contains("column 19") == true)
    #expect(error("") != nil)
  }

  @Test func unknownMaterialIsIgnoredWithAWarning() throws {
    let decision = try rules.decide(json: Array(#"{"service":"demo","date":"2025-03-03","materials":["fomr"]}"#.utf8))
    #expect(
      decision.warnings == ["materials: 'fomr' is not a material of this service, ignored (did you mean 'form'?)"])
  }

  @Test func fieldsMayComeInAnyOrder() throws {
    let decision = try rules.decide(
      json: Array(#"{"materials":["form"],"facts":{"adult":true},"date":"2025-03-03","service":"demo","id":"x"}"#.utf8))
    #expect(decision.id == "x")
    #expect(decision.materials.provided == ["form"] || decision.outcome == .needsInformation)
  }

  @Test func aServiceNotInForceCannotBeDecided() {
    let rules = RuleSet(text: #"service s { name "S" until 2024-12-31 }"#)
    #expect(throws: DecisionError.self) {
      try rules.decide(json: Array(#"{"service":"s","date":"2025-01-01"}"#.utf8))
    }
  }
}

/// Option labels and ids are looked up from bytes: an empty label must not trip the table.
@Suite struct OptionLabelTests {
  @Test func emptyAndChineseLabelsAreAccepted() throws {
    let rules = RuleSet(
      text: """
        service s {
          basis "Rule 0"
          name "S"
          facts { kind: options(a "", b "乙") ask "Which?" }
          conditions { ok: kind == b otherwise "no" basis "Rule" }
        }
        """)
    #expect(rules.errors.isEmpty)
    let decision = try rules.decide(json: Array(#"{"service":"s","date":"2025-03-03","facts":{"kind":"乙"}}"#.utf8))
    #expect(decision.outcome == .accepted)
    let empty = try rules.decide(json: Array(#"{"service":"s","date":"2025-03-03","facts":{"kind":""}}"#.utf8))
    #expect(empty.outcome == .rejected)
  }
}
