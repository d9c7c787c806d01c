import Foundation
import Testing
import Yici
import YiciTestSupport

/// A bundle decides as its members do: a bundle of one member gives that member's decision,
/// and merging asks each fact once.
@Suite struct BundleDecisionTests {
  static let rules: RuleSet = {
    let sources = try! RuleSources.read(["rules"], relativeTo: Repository.root.path)
    let bundles = """
      bundle only_food {
        name "食品经营许可一件事"
        members { food_business_license_catering }
      }
      """
    return RuleSet(sources: sources + [SourceFile(path: "bundles.yici", text: bundles)])
  }()

  /// The example applications of the food licence, each as a JSON object.
  static var applications: [[String: Any]] {
    Repository.files(in: "examples/applications", withSuffix: ".json")
      .filter { $0.contains("food_business_license_catering") }.compactMap { path in
        Repository.read(path).flatMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
      }
  }

  static func json(_ object: [String: Any]) -> [UInt8] {
    Array(try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]))
  }

  @Test func theRulesHaveTheBundles() {
    #expect(Self.rules.errors.isEmpty, "\(Self.rules.errors.map(\.message))")
    #expect(Self.rules.compiled.bundles.map(\.id) == ["close_enterprise", "newborn", "open_restaurant", "only_food"])
    #expect(Self.applications.count >= 5)
  }

  @Test func aBundleOfOneMemberDecidesAsTheMemberAlone() throws {
    for application in Self.applications {
      let alone = try Self.rules.decide(json: Self.json(application))
      var wrapped = application
      wrapped["service"] = nil
      wrapped["bundle"] = "only_food"
      let bundled = try Self.rules.decide(json: Self.json(wrapped))
      let member = try #require(bundled.bundle?.members.first?.decision)
      #expect(bundled.outcome == alone.outcome, "\(application["id"] ?? "")")
      #expect(bundled.reasons == alone.reasons)
      #expect(bundled.materials == alone.materials)
      #expect(bundled.questions == alone.questions)
      #expect(bundled.commitments == alone.commitments)
      #expect(member.materials == alone.materials && member.outcome == alone.outcome)
      #expect(member.deadlines == alone.deadlines)
    }
  }

  @Test func mergingNeverAsksOneFactTwice() async throws {
    let applications = Self.applications
    try await withSeededRandom(0xB0D1E) { random in
      for _ in 0..<200 {
        var application = applications[random.next(applications.count)]
        application["service"] = nil
        application["bundle"] = "open_restaurant"
        var facts = application["facts"] as? [String: Any] ?? [:]
        for key in facts.keys where random.next() % 2 == 0 { facts[key] = nil }
        application["facts"] = facts
        guard let decision = try? Self.rules.decide(json: Self.json(application)) else { continue }
        let asked = decision.questions.map(\.fact)
        #expect(Set(asked).count == asked.count, "asked twice: \(asked)")
        // No material a member's result stands for is asked of the applicant.
        let made = Set(decision.bundle?.produced.map(\.id) ?? [])
        #expect(made.isDisjoint(with: decision.materials.missing + decision.materials.required))
      }
    }
  }

  @Test func aBundleApplicationNamesABundleOrAService() {
    let both = Array(#"{"service": "fire_safety_inspection", "bundle": "open_restaurant", "date": "2025-09-24"}"#.utf8)
    #expect(throws: DecisionError.self) { try Self.rules.decide(json: both) }
    let unknown = Array(#"{"bundle": "open_restaurnt", "date": "2025-09-24"}"#.utf8)
    #expect(throws: DecisionError.self) { try Self.rules.decide(json: unknown) }
  }
}
