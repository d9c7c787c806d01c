import YiciReporting
import YiciSemantics

extension GuideJSON {
  /// A scenario's fields, `answers` and `questions`, each question's text the question of the
  /// fact as `form` declares it (a service's, or a bundle's merged form), else the decision's
  /// wording; none without a scenario. A service's guide and a bundle's write them so.
  static func scenario(_ scenario: GuideScenario?, form: CompiledService) -> [(String, JSONTree)] {
    guard let scenario else { return [] }
    let questions = scenario.questions.map { question -> JSONTree in
      let fact = form.factSlots[question.fact].map { form.facts[$0] }
      return .object([
        ("fact", .string(question.fact)),
        ("text", fact?.question.map { text($0) } ?? text(LocalizedText(question.text))),
      ])
    }
    return [
      ("answers", .object(scenario.answers.map { ($0.fact.id, .string($0.value)) })),
      ("questions", .array(questions)),
    ]
  }
}
