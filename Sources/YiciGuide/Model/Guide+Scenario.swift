import Yici
import YiciCalendar
import YiciEvaluation
import YiciExplanation
import YiciSemantics

extension Guide {
  /// The 场景化 guide for one applicant: `application` is a partial application (the
  /// interchange `yici eval` reads; its materials, shared ids and commitments count too).
  ///
  /// The application is decided by the rules (`RuleSet.decide`), and the guide reads the
  /// decision's trace: conditions met, not met or still open, and only the materials the
  /// decision requires or has not settled. The three-valued semantics are the evaluator's;
  /// nothing here evaluates an expression.
  public static func scenario(
    _ application: Application, rules: RuleSet, date: CivilDate? = nil, language: Language = .zh
  ) throws(DecisionError) -> Guide {
    let options = DecisionOptions(language: language, date: date, trace: true, explanation: false)
    let decision = try rules.decide(application, options: options)
    // Deciding found the service, or threw.
    let service = rules.compiled.service(application.service)!
    let answers = service.facts.filter(\.isInput).compactMap { fact -> (FactDefinition, String)? in
      guard let value = application.facts[fact.id], let text = describe(value) else { return nil }
      return (fact, fact.personal == nil ? text : masked(text))
    }
    var scenario = GuideScenario(
      answers: answers, questions: decision.questions.map { ($0.fact, $0.text) })
    for counted in decision.materials.copies ?? [] { scenario.copies[counted.id] = counted.copies }
    scenario.visits = decision.visits
    scenario.closedCommitments = Set(decision.closedCommitments ?? [])
    return Guide(service: service, date: decision.date, trace: decision.trace, scenario: scenario)
  }

  /// A personal answer (`personal`, 个人信息: an ID number, a name, a phone number) as a guide
  /// shows it, which may be printed or passed on: every character but the last four (of a
  /// short one, the last) masked.
  static func masked(_ text: String) -> String {
    let kept = text.count > 6 ? 4 : min(1, text.count)
    return String(repeating: "*", count: text.count - kept) + text.suffix(kept)
  }

  /// An answer as the application wrote it; nil for an explicit null (unknown). The
  /// options chosen of a multi-select fact are joined by ", " (`GuideDocument` shows each
  /// by its label).
  static func describe(_ value: FactValue) -> String? {
    switch value {
    case .bool(let flag): flag ? "true" : "false"
    case .number(let number): "\(number)"
    case .text(let text): text
    case .list(let texts): texts.joined(separator: ", ")
    case .null: nil
    }
  }
}
