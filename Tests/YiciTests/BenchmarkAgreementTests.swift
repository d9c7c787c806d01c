import Foundation
import Testing
import Yici
import YiciTestSupport

/// `examples/benchmark/food_business_license.yici` must decide the benchmark's 1,000
/// applications exactly as the workload's oracle does: outcome and listed ids, in order.
@Suite struct BenchmarkAgreementTests {
  struct Expected: Decodable {
    var id: String
    var outcome: String
    var items: [String]
  }

  @Test func agreesWithTheOracleOnAllThousand() throws {
    let rules = try RuleSet.load(paths: [Repository.path("examples/benchmark/food_business_license.yici")])
    #expect(rules.errors.isEmpty)
    let inputs = try #require(Repository.read(Repository.path("examples/benchmark/agree_1k.jsonl")))
      .split(separator: "\n")
    let expected = try #require(Repository.read(Repository.path("examples/benchmark/agree_1k.expected.jsonl")))
      .split(separator: "\n").map { try JSONDecoder().decode(Expected.self, from: Data($0.utf8)) }
    #expect(inputs.count == 1000 && expected.count == 1000)
    var mismatches: [String] = []
    let options = DecisionOptions(trace: false, explanation: false)
    for (line, want) in zip(inputs, expected) {
      let decision = try rules.decide(json: Array(line.utf8), options: options)
      let items: [String] =
        switch decision.outcome {
        case .rejected: decision.reasons.map(\.id)
        case .acceptedWithWaiver: decision.materials.waived.map(\.id)
        default: decision.materials.missing
        }
      if decision.id != want.id || decision.outcome.rawValue != want.outcome || items != want.items {
        mismatches.append("\(want.id): got \(decision.outcome.rawValue) \(items), want \(want.outcome) \(want.items)")
      }
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(5).joined(separator: "\n"))")
  }
}
