// A small program using the Yici library, as a service would: compile the bundled rules
// once, decide a few applications, print each outcome and explanation.
//
//   swift run library-example            (from the repository root)
import Foundation
import Yici

let rules: RuleSet
do {
  rules = try RuleSet.load(paths: ["rules"])
} catch {
  print("cannot read the rules: \(error)")
  exit(64)
}
guard rules.errors.isEmpty else {
  print(DiagnosticRenderer().render(rules.errors))
  exit(1)
}

let applications = [
  Application(
    id: "demo-1", service: "food_business_license_catering", date: CivilDate(iso: "2025-09-25"),
    facts: [
      "applicant_type": "company", "age": 40, "credit": "good", "has_license": true, "area_m2": 120.5,
      "seats": 40, "premises_type": "commercial", "produces_fumes": true, "menu": "hot", "self_water": false,
      "online": false, "revoked_within_5y": false, "by_agent": false,
    ],
    materials: [
      "application_form", "layout_and_process", "lease_contract", "staff_health_certificates", "safety_manager",
    ],
    shared: ["business_license"]),
  Application(
    id: "demo-2", service: "food_business_license_catering", date: CivilDate(iso: "2025-09-25"),
    facts: ["credit": "good"]),
]

for application in applications {
  do {
    let decision = try rules.decide(application, options: DecisionOptions(language: .en, trace: false))
    print("\(decision.id ?? "-"): \(decision.outcome.rawValue)")
    print(decision.explanation)
  } catch {
    print("\(application.id ?? "-"): \(error)")
  }
}
