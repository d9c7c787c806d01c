import Foundation
import Yici
import YiciCalendar
import YiciEvaluation
import YiciExplanation
import YiciSemantics

extension BundleGuide {
  /// The general guide of a bundle: every member with when it is handled.
  public init(bundle: CompiledBundle, rules: CompiledRuleSet, date: CivilDate) {
    self.init(bundle: bundle, rules: rules, date: date, decisions: nil, scenario: nil)
  }

  init(
    bundle: CompiledBundle, rules: CompiledRuleSet, date: CivilDate, decisions: [MemberDecision]?,
    scenario: GuideScenario?
  ) {
    self.bundle = bundle
    self.date = date
    self.scenario = scenario
    let services = rules.members(of: bundle)
    members = bundle.members.enumerated().map { index, member in
      let service = services[index]
      let dependsOn =
        member.selection.map { bundle.form.inputSlots(of: bundle.form.conditions[$0].expression) }?.map {
          bundle.form.facts[$0]
        } ?? []
      let produced = bundle.results(for: index).map { ($0.material, services[$0.producer]) }
      let settled = bundle.settled.compactMap { line -> (FactDefinition, CompiledService)? in
        let fact = bundle.form.facts[line.fact]
        guard line.producer != index, service.facts.contains(where: { $0.id == fact.id }) else { return nil }
        return (fact, services[line.producer])
      }
      guard let decisions else {
        return BundleGuideMember(
          guide: Guide(service: service, date: date), status: member.selection == nil ? .always : .conditional,
          dependsOn: dependsOn, produced: produced, settled: settled)
      }
      let decision = index < decisions.count ? decisions[index] : nil
      let status: BundleGuideMember.Status =
        switch decision?.selected {
        case true?: .selected
        case false?: .notSelected
        case nil: .open
        }
      let guide =
        decision?.decision.map { Guide(service: service, date: date, trace: $0.trace, scenario: nil) }
        ?? Guide(service: service, date: date)
      return BundleGuideMember(
        guide: guide, status: status, dependsOn: dependsOn, produced: produced, settled: settled)
    }
  }

  /// The bundle's 场景化 guide for one applicant: `json` is a partial application to the
  /// bundle (`"bundle": id`, the interchange `yici eval` reads). It is decided by the rules,
  /// and the guide reads each member's verdicts.
  public static func scenario(
    json: [UInt8], rules: RuleSet, date: CivilDate? = nil, language: Language = .zh
  ) throws(DecisionError) -> BundleGuide? {
    let options = DecisionOptions(language: language, date: date, trace: true, explanation: false)
    let decision = try rules.decide(json: json, options: options)
    guard let parts = decision.bundle, let bundle = rules.compiled.bundle(parts.bundle) else { return nil }
    let answers = Self.answers(in: json, form: bundle.form)
    let scenario = GuideScenario(answers: answers, questions: decision.questions.map { ($0.fact, $0.text) })
    return BundleGuide(
      bundle: bundle, rules: rules.compiled, date: decision.date, decisions: parts.members, scenario: scenario)
  }

  /// The answers an application gives, by the form's facts, as written.
  private static func answers(in json: [UInt8], form: CompiledService) -> [(fact: FactDefinition, value: String)] {
    struct Facts: Decodable { var facts: [String: FactValue]? }
    guard let facts = (try? JSONDecoder().decode(Facts.self, from: Data(json)))?.facts else { return [] }
    return form.facts.filter(\.isInput).compactMap { fact in
      facts[fact.id].flatMap(Guide.describe).map { (fact, $0) }
    }
  }
}
