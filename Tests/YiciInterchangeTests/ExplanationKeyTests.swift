import Foundation
import Testing
import Yici
import YiciEvaluation
import YiciExplanation
import YiciSemantics
import YiciTestSupport

@testable import YiciInterchange

/// An explanation is rendered from its `ExplanationKey` and nothing else of the verdicts, so
/// the batch's memo (keyed by it) cannot serve a stale text; these tests catch a key that
/// leaves out something the text says (leaving the waiver verdict out of the key, say, makes
/// the first fail for the needs-correction waiver hint).
@Suite struct ExplanationKeyTests {
  /// Verdicts of every example application, with the service and application they are of.
  static func examples() throws -> [(Verdicts, BoundApplication, CompiledService)] {
    let rules = try BundledRules.load()
    return try Repository.files(in: "examples/applications", withSuffix: ".json").map { path in
      let input = Array(try #require(FileManager.default.contents(atPath: path)))
      let bound = try input.withUnsafeBufferPointer { try rules.decoder.decode($0) }
      let verdicts = try Evaluator.verdicts(for: bound.application, by: ServiceProgram(bound.service))
      return (verdicts, bound.application, bound.service)
    }
  }

  /// The verdicts with statuses, outcome, waiver and questions drawn at random (deadlines
  /// and due dates kept: they come from the service's time limits).
  static func shuffled(_ verdicts: Verdicts, _ service: CompiledService, _ random: inout SeededRandom) -> Verdicts {
    var shuffled = verdicts
    let conditions: [ConditionStatus] = [.notInForce, .committed, .holds, .fails, .unknown, .error]
    let materials: [MaterialStatus] = [
      .notRequirement, .notInForce, .notRequired, .provided, .providedIfRequired, .exempt, .exemptIfRequired,
      .committed, .missing, .waived, .undetermined, .error,
    ]
    shuffled.outcome = Outcome.allCases[random.next(Outcome.allCases.count)]
    shuffled.conditions = verdicts.conditions.map { _ in conditions[random.next(conditions.count)] }
    shuffled.materials = verdicts.materials.map { _ in materials[random.next(materials.count)] }
    let waivers: [QualifierStatus?] = [nil, .holds, .fails, .unknown, .error]
    shuffled.waiver = waivers[random.next(waivers.count)]
    shuffled.questions = service.facts.indices.filter { _ in random.next(3) == 0 }.shuffled(using: &random)
    shuffled.closedCommitments = service.materials.indices.filter { _ in random.next(4) == 0 }
    return shuffled
  }

  /// What the explanation says when written from the whole `Decision` of the verdicts.
  static func fromDecision(
    _ verdicts: Verdicts, _ application: BoundApplication, _ service: CompiledService, _ language: Language
  ) -> String {
    let decision = Decision(
      verdicts, application: application, service: service, english: language == .en, trace: false)
    return Explainer.explain(decision, service: service, language: language, waiver: verdicts.waiver)
  }

  @Test func theTextFromTheKeyIsTheTextFromTheWholeDecision() async throws {
    let examples = try Self.examples()
    try await withSeededRandom(0x5EED_0E1) { random in
      for (verdicts, application, service) in examples {
        for round in 0..<40 {
          let drawn = round == 0 ? verdicts : Self.shuffled(verdicts, service, &random)
          for language in Language.allCases {
            let fromKey = Explainer.explanation(
              of: drawn, date: application.date, service: service, language: language)
            #expect(fromKey == Self.fromDecision(drawn, application, service, language), "\(service.id) \(drawn)")
          }
        }
      }
    }
  }

  @Test func theKeyHoldsWhatItIsReadBackAs() async throws {
    let examples = try Self.examples()
    try await withSeededRandom(0x5EED_0E2) { random in
      for (verdicts, application, service) in examples {
        for _ in 0..<40 {
          let drawn = Self.shuffled(verdicts, service, &random)
          let key = ExplanationKey.bytes(drawn, date: application.date, service: service)
          let read = ExplanationKey.read(key, service: service)
          #expect(
            ExplanationKey.bytes(read.verdicts, date: read.date, service: service) == key, "\(service.id) \(drawn)")
        }
      }
    }
  }

  /// Verdicts that differ only in what no explanation says share a key.
  @Test func whatNoTextSaysIsLeftOut() throws {
    for (verdicts, application, service) in try Self.examples() where verdicts.outcome == .rejected {
      var other = verdicts
      other.materials = other.materials.map { _ in .missing }
      other.conditions = other.conditions.map { $0 == .holds ? .notInForce : $0 }
      #expect(
        ExplanationKey.bytes(other, date: application.date, service: service)
          == ExplanationKey.bytes(verdicts, date: application.date, service: service))
    }
  }
}
