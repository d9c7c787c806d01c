import Testing
import YiciCalendar
import YiciEvaluation
@testable import YiciExplanation

@Test func scratchPrint() throws {
  let s = Fixture.service
  let apps: [(String, BoundApplication)] = [
    ("rejected", Fixture.application(facts: [("credit", .option("dishonest"))], shared: ["business_license"])),
    ("info", Fixture.application(facts: [("area", .number("50"))], provided: ["application_form", "health_certificates"], shared: ["business_license"])),
    ("correction", Fixture.application(facts: [("credit", .option("good")), ("area", .number("50"))], provided: ["health_certificates"], shared: ["business_license"])),
    ("waiver", Fixture.application(facts: [("credit", .option("good")), ("area", .number("50")), ("self_water", .bool(false))], provided: ["application_form", "health_certificates"], shared: ["business_license"], id: "fbl-1")),
    ("accepted", Fixture.application(facts: [("credit", .option("good")), ("area", .number("5")), ("self_water", .bool(false))], provided: ["application_form"], shared: ["business_license"], committed: ["health_certificates"])),
  ]
  for (name, app) in apps {
    var d = try Fixture.decide(app)
    if name == "waiver" { d.materials.waived[0].due = CivilDate(year: 2025, month: 10, day: 13) }
    print("=== \(name) \(d.outcome)")
    for l in Language.allCases {
      print(Explainer.explain(d, service: s, language: l))
      print("--- notice")
      print(Explainer.notice(d, service: s, language: l))
    }
  }
}
