import Foundation
import Testing
import YiciEvaluation
import YiciExplanation

@Test func scratchSamples() throws {
  let service = try RuleFileTests.ruleSet().service("food_business_license")!
  for name in ["food_business_license.needs_correction", "food_business_license.accepted_with_waiver", "food_business_license.needs_information"] {
    let d = try Evaluator.decide(try RuleFileTests.application(name, for: service), by: service)
    for l in Language.allCases {
      try Explainer.explain(d, service: service, language: l).write(toFile: "/tmp/explain-golden/real.\(name).\(l).txt", atomically: true, encoding: .utf8)
      try Explainer.notice(d, service: service, language: l).write(toFile: "/tmp/explain-golden/real.\(name).\(l).notice.txt", atomically: true, encoding: .utf8)
    }
  }
}
