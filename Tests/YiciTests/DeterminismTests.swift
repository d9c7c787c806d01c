import Foundation
import Testing
import Yici

/// Same rules, application and date give the same decision, byte for byte: across
/// repeated decisions, across separately loaded rule sets, and across languages' runs.
@Suite struct DeterminismTests {
  @Test func sameInputGivesSameBytes() throws {
    let first = try RuleSet.load(paths: [Repository.path("rules")])
    let second = try RuleSet.load(paths: [Repository.path("rules")])
    for path in Repository.files(in: "examples/applications", withSuffix: ".json") {
      let input = Array(try #require(FileManager.default.contents(atPath: path)))
      for language in Language.allCases {
        let options = DecisionOptions(language: language)
        guard let a = try? first.decide(json: input, options: options) else { continue }
        let b = try second.decide(json: input, options: options)
        let c = try first.decide(json: input, options: options)
        #expect(a.jsonBytes == b.jsonBytes && a.jsonBytes == c.jsonBytes, "\(path)")
      }
    }
  }

  @Test func fastWriterMatchesCodable() throws {
    let rules = try RuleSet.load(paths: [Repository.path("rules")])
    for path in Repository.files(in: "examples/applications", withSuffix: ".json") {
      let input = Array(try #require(FileManager.default.contents(atPath: path)))
      guard let decision = try? rules.decide(json: input) else { continue }
      let decoded = try JSONDecoder().decode(Decision.self, from: Data(decision.jsonBytes))
      #expect(decoded == decision, "\(path)")
    }
  }
}
