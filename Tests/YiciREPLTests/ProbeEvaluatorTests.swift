import Testing
import Yici
@testable import YiciREPL

/// `:eval` evaluates as the library does: on many random applications, every condition of
/// every service (the bundled rules and the transcripts' rules) comes out the same.
@Suite struct ProbeEvaluatorTests {
  static let ruleSets: [RuleSet] = [
    RuleSet(sources: FolderFiles(base: Fixtures.root.path).ruleSources(["rules"]).sources),
    RuleSet(sources: FolderFiles(base: Fixtures.transcripts.path).ruleSources(["rules"]).sources),
  ]

  /// A small deterministic generator.
  struct Generator {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
      state = state &* 6364136223846793005 &+ 1442695040888963407
      return Int((state >> 33) % UInt64(bound))
    }
  }

  static func randomValue(for fact: FactDefinition, _ random: inout Generator) -> FactValue? {
    if random.next(4) == 0 { return nil }
    switch fact.type {
    case .bool: return .bool(random.next(2) == 0)
    case .number: return .number(ExactDecimal([0, 5, 16, 17, 18, 120, 250, 251, 500, 501, 999, 1000, 2000][random.next(13)]))
    case .text: return .text(["", "张记"][random.next(2)])
    case .date: return .text(["1990-05-01", "1996-01-01", "2025-09-28"][random.next(3)])
    case .options(let set): return .text(set.options[random.next(set.options.count)].id)
    }
  }

  @Test func conditionsAgreeWithTheLibrary() throws {
    var random = Generator(state: 2025)
    var compared = 0
    for rules in Self.ruleSets {
      #expect(!rules.compiled.services.isEmpty)
      for service in rules.compiled.services {
        for _ in 0..<150 {
          var application = Application(service: service.id, date: CivilDate(iso: "2025-09-28"))
          for fact in service.facts where fact.isInput {
            application.facts[fact.id] = Self.randomValue(for: fact, &random)
          }
          let bytes = application.jsonBytes
          let bound = try bytes.withUnsafeBufferPointer { try ApplicationDecoder(ruleSet: rules.compiled).decode($0).application }
          guard let decision = try? rules.decide(application), let trace = decision.trace else { continue }
          let evaluator = ProbeEvaluator(service: service, application: bound)
          for (slot, condition) in service.conditions.enumerated() where trace.conditions[slot].verdict != "not_in_force" {
            let verdict: String =
              switch evaluator.evaluate(condition.expression) {
              case .value(.bool(true)): "holds"
              case .value(.bool(false)): "fails"
              case .unknown: "unknown"
              default: "error"
              }
            #expect(verdict == trace.conditions[slot].verdict, "\(service.id).\(condition.id) on \(application.facts)")
            compared += 1
          }
        }
      }
    }
    #expect(compared > 1000)
  }
}
