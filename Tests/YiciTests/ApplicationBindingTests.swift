import Foundation
import Testing
import Yici
import YiciTestSupport

/// A Swift `Application` is bound to the rules directly, never through JSON text, and is
/// checked exactly as its JSON would be: the same decision, or the same error and path.
@Suite struct ApplicationBindingTests {
  static let rules = try! BundledRules.load()

  /// The bundled example applications, as `Application` values.
  static let examples: [Application] = {
    let folder = Repository.path("examples/applications")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.filter { $0.hasSuffix(".json") }.sorted().compactMap { name in
      FileManager.default.contents(atPath: folder + "/" + name).flatMap {
        try? JSONDecoder().decode(Application.self, from: $0)
      }
    }
  }()

  @Test func examplesDecideAsTheirJSON() throws {
    #expect(Self.examples.count >= 20)
    for application in Self.examples {
      try expectSameDecision(application)
    }
  }

  @Test func mistakesGiveTheErrorsOfTheirJSON() async throws {
    try await withSeededRandom(0xB1D) { random in
      let values: [FactValue] = [
        true, 0, 12.5, "", "company", "good", "2025-02-30", "2025-09-28", "个体工商户", .null, -3, "x",
      ]
      for _ in 0..<400 {
        var application = Self.examples[random.next(Self.examples.count)]
        let service = Self.rules.compiled.service(application.service)!
        let ids = service.facts.map(\.id) + ["no_such_fact"]
        for _ in 0..<1 + random.next(3) {
          application.facts[ids[random.next(ids.count)]] = values[random.next(values.count)]
        }
        if random.next(4) == 0 { application.materials.append("aplication_form") }
        if random.next(4) == 0 { application.commitments.append(service.materials.first?.id ?? "x") }
        if random.next(10) == 0 { application.service = "no_such_service" }
        if random.next(10) == 0 { application.date = nil }
        try expectSameDecision(application)
      }
    }
  }

  private func expectSameDecision(_ application: Application) throws {
    let options = DecisionOptions(trace: true)
    let direct = Result { () throws(DecisionError) in try Self.rules.decide(application, options: options) }
    let viaJSON = Result { () throws(DecisionError) in
      try Self.rules.decide(json: application.jsonBytes, options: options)
    }
    switch (direct, viaJSON) {
    case (.success(let a), .success(let b)):
      #expect(a.jsonBytes == b.jsonBytes, "\(String(decoding: application.jsonBytes, as: UTF8.self))")
    case (.failure(.invalidApplication(let a)), .failure(.invalidApplication(let b))):
      #expect(a.path == b.path && a.message.prefix(20) == b.message.prefix(20), "\(a) vs \(b)")
      if !a.message.hasPrefix("expected") { #expect(a.message == b.message) }
    case (.failure(let a), .failure(let b)):
      #expect("\(a)" == "\(b)")
    default:
      Issue.record("one decides, the other fails: \(direct) vs \(viaJSON)")
    }
  }
}
