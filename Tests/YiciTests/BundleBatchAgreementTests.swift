import Foundation
import Testing
import Yici
import YiciTestSupport

/// A bundle's line of a batch is written from its verdicts (`BundleWriter`, with the
/// explanation memo), a single decision from its `Decision`: the bytes must be the same. Each
/// example application of `examples/bundles/applications/` is decided as it is and moved to
/// other outcomes (each material taken off the counter, each fact left out, in turn), in both
/// languages, with and without the rules' revision and the explanation, with services' lines
/// between them.
@Suite struct BundleBatchAgreementTests {
  static let rules = try! RuleSet.load(paths: ["rules"], relativeTo: Repository.root.path)

  /// The example applications and their variations, as JSON lines.
  static let lines: [[UInt8]] = {
    var lines: [[UInt8]] = []
    for path in Repository.files(in: "examples/bundles/applications", withSuffix: ".json") {
      let data = FileManager.default.contents(atPath: path)!
      var application = try! JSONSerialization.jsonObject(with: data) as! [String: Any]
      func add(_ object: [String: Any]) {
        lines.append(Array(try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])))
      }
      add(application)
      let materials = application["materials"] as? [String] ?? []
      for index in materials.indices {
        var fewer = materials
        fewer.remove(at: index)
        application["materials"] = fewer
        add(application)
      }
      application["materials"] = materials
      let facts = application["facts"] as? [String: Any] ?? [:]
      for key in facts.keys.sorted() {
        var fewer = facts
        fewer[key] = nil
        application["facts"] = fewer
        add(application)
      }
      application["facts"] = facts
      application["id"] = nil
      add(application)
    }
    // Services' applications between them: a line to a service after one to a bundle (the
    // decoder first tries the last line's target).
    let services = Repository.files(in: "examples/applications", withSuffix: ".json").map {
      Array(FileManager.default.contents(atPath: $0)!)
    }
    var mixed: [[UInt8]] = []
    for (index, line) in lines.enumerated() {
      mixed.append(line)
      if index % 3 == 0 { mixed.append(services[index % services.count]) }
    }
    return mixed
  }()

  @Test(arguments: [
    DecisionOptions(trace: false),
    DecisionOptions(language: .en, trace: false),
    DecisionOptions(trace: false, revision: "r1"),
    DecisionOptions(trace: false, explanation: false),
  ])
  func batchLinesAreTheDecisionsBytes(_ options: DecisionOptions) throws {
    var decider = Decider(Self.rules, options: options)
    var outcomes = Set<Outcome>()
    for line in Self.lines {
      // Twice: the second time the explanation comes from the memo.
      for _ in 0..<2 {
        var written: [UInt8] = []
        try decider.appendDecision(json: line.span, to: &written)
        let decision = try Self.rules.decide(json: line, options: options)
        outcomes.insert(decision.outcome)
        #expect(written == decision.jsonBytes, "\(String(decoding: line, as: UTF8.self))")
      }
    }
    #expect(outcomes == Set(Outcome.allCases))
  }
}
