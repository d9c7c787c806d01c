import Foundation
import Testing
import Yici
import YiciInterchange
import YiciTestSupport

/// The golden corpus: every application in `examples/applications/` decided against the
/// bundled `rules/`, compared with `examples/decisions/` (decision JSON with the Chinese
/// explanation, and the explanation text in Chinese and English).
@Suite struct GoldenExampleTests {
  static let rules = try! RuleSet.load(paths: ["rules"], relativeTo: Repository.root.path)
  static let applications = Repository.files(in: "examples/applications", withSuffix: ".json")

  @Test func bundledRulesHaveNoErrors() {
    let rendered = Self.rules.errors.map { DiagnosticRenderer().render($0) }.joined()
    #expect(Self.rules.errors.isEmpty, "\(rendered)")
  }

  @Test func everyOutcomeIsCovered() throws {
    var outcomes = Set<Outcome>()
    for path in Self.applications {
      let input = try #require(FileManager.default.contents(atPath: path))
      if let decision = try? Self.rules.decide(json: Array(input)) { outcomes.insert(decision.outcome) }
    }
    #expect(outcomes == Set(Outcome.allCases))
  }

  @Test(arguments: applications)
  func decisionMatchesGolden(_ path: String) throws {
    let input = try #require(FileManager.default.contents(atPath: path))
    let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    let golden = Repository.path("examples/decisions/\(name)")
    let zh = try Self.rules.decide(json: Array(input))
    let en = try Self.rules.decide(json: Array(input), options: DecisionOptions(language: .en))
    let json = String(decoding: PrettyJSON.format(zh.jsonBytes), as: UTF8.self) + "\n"
    Repository.expectGolden(json, at: golden + ".json")
    Repository.expectGolden(zh.explanation, at: golden + ".zh.txt")
    Repository.expectGolden(en.explanation, at: golden + ".en.txt")
  }

  static let bundleApplications = Repository.files(in: "examples/bundles/applications", withSuffix: ".json")

  /// Bundle applications (一件事) decided against the bundled `rules/` (its `rules/bundles/`),
  /// compared with `examples/bundles/decisions/`: the decision JSON (without the trace), and
  /// the one document for the whole bundle in Chinese and English, which is also its notice.
  @Test(arguments: bundleApplications)
  func bundleDecisionMatchesGolden(_ path: String) throws {
    let input = try #require(FileManager.default.contents(atPath: path))
    let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    let golden = Repository.path("examples/bundles/decisions/\(name)")
    let zh = try Self.rules.decide(json: Array(input), options: DecisionOptions(trace: false))
    let en = try Self.rules.decide(json: Array(input), options: DecisionOptions(language: .en, trace: false))
    let json = String(decoding: PrettyJSON.format(zh.jsonBytes), as: UTF8.self) + "\n"
    Repository.expectGolden(json, at: golden + ".json")
    Repository.expectGolden(zh.explanation, at: golden + ".zh.txt")
    Repository.expectGolden(en.explanation, at: golden + ".en.txt")
    #expect(Self.rules.notice(for: zh) == zh.explanation)
  }

  @Test func everyBundleOutcomeIsCovered() throws {
    var outcomes = Set<Outcome>()
    for path in Self.bundleApplications {
      let input = try #require(FileManager.default.contents(atPath: path))
      outcomes.insert(try Self.rules.decide(json: Array(input)).outcome)
    }
    #expect(outcomes == Set(Outcome.allCases))
  }
}
