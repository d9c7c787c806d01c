import Foundation
import Testing
import Yici
import YiciTestSupport

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

  @Test func theBatchWriterMatchesTheDecision() throws {
    let bundled = try RuleSet.load(paths: ["rules"], relativeTo: Repository.root.path)
    let benchmark = try RuleSet.load(paths: ["examples/benchmark"], relativeTo: Repository.root.path)
    var cases: [(RuleSet, [UInt8])] = []
    for path in Repository.files(in: "examples/applications", withSuffix: ".json") {
      cases.append((bundled, Array(try #require(FileManager.default.contents(atPath: path)))))
    }
    let lines = try #require(Repository.read(Repository.path("examples/benchmark/agree_1k.jsonl")))
    cases += lines.split(separator: "\n").map { (benchmark, Array($0.utf8)) }
    for (rules, input) in cases {
      for language in Language.allCases {
        for explanation in [true, false] {
          let options = DecisionOptions(language: language, trace: false, explanation: explanation)
          guard let decision = try? rules.decide(json: input, options: options) else { continue }
          var written: [UInt8] = []
          try rules.appendDecision(json: input.span, options: options, to: &written)
          // Twice, so the memoized explanation is checked too.
          var again: [UInt8] = []
          try rules.appendDecision(json: input.span, options: options, to: &again)
          #expect(
            written == decision.jsonBytes && again == written, "\(String(decoding: input.prefix(80), as: UTF8.self))")
        }
      }
    }
  }

  /// One `Decider` reused across services, languages' writers and failed lines gives each
  /// application the bytes it gets alone: nothing is left over from the one before.
  @Test func aReusedDeciderMatchesFreshDecisions() throws {
    let rules = try RuleSet.load(paths: [Repository.path("rules")])
    var inputs: [[UInt8]] = []
    for path in Repository.files(in: "examples/applications", withSuffix: ".json") {
      let input = Array(try #require(FileManager.default.contents(atPath: path)))
      inputs.append(input)
      inputs.append(Array(#"{"service": "food_business_license", "date": "2025-10-01", "facts": {"nope": 1}}"#.utf8))
      // The same application with its facts in id order: the decider's guess of the next
      // fact name is wrong at first and must not change the decision.
      if let application = try? JSONDecoder().decode(Application.self, from: Data(input)) {
        inputs.append(application.jsonBytes)
      }
    }
    for language in Language.allCases {
      let options = DecisionOptions(language: language, trace: false)
      var decider = Decider(rules, options: options)
      // Forwards, then backwards, so that each service follows others and itself.
      for input in inputs + inputs.reversed() {
        var reused: [UInt8] = []
        var fresh: [UInt8] = []
        let reusedFailed = (try? decider.appendDecision(json: input.span, to: &reused)) == nil
        let freshFailed = (try? rules.appendDecision(json: input.span, options: options, to: &fresh)) == nil
        #expect(reused == fresh && reusedFailed == freshFailed, "\(String(decoding: input.prefix(80), as: UTF8.self))")
      }
    }
  }
}
