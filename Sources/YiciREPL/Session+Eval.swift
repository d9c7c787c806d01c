import Yici
import YiciEvaluation
import YiciSemantics

/// `:eval EXPR`, and the values of derived facts.
extension Session {
  /// Evaluates an expression over the current facts: its value and type, what it still
  /// needs when unknown, or the diagnostics when it does not check.
  func evaluate(_ expression: String) -> Output {
    guard let service else { return Self.noService }
    guard !expression.isEmpty else { return .failure("give an expression: :eval area_m2 > 500") }
    let checked: (service: CompiledService, slot: Int)
    switch ExpressionProbe(sources: sources, service: service).check(expression) {
    case .success(let result): checked = result
    case .failure(let errors):
      guard !errors.diagnostics.isEmpty else { return .failure(errors.message ?? "the expression cannot be checked") }
      let renderer = DiagnosticRenderer(colored: colored)
      return Output(text: errors.diagnostics.map { renderer.render($0) }.joined(separator: "\n"), failed: true)
    }
    let fact = checked.service.facts[checked.slot]
    guard let bound = bind(to: checked.service) else { return .failure("the application cannot be bound to the rules") }
    let evaluator = ExpressionEvaluator(service: checked.service, application: bound)
    let type = fact.type.description
    switch evaluator.fact(checked.slot) {
    case .value(let value):
      return .line("\(Show.value(value, type: fact.type, english: english))  (\(type))")
    case .unknown:
      let needed = fact.derivation.map { evaluator.unknownInputs($0, in: checked.service) } ?? []
      let names = needed.map { checked.service.facts[$0].id }.joined(separator: ", ")
      return .line("unknown  (\(type))" + (names.isEmpty ? "" : "; it needs \(names)"))
    case .error(let message):
      return .failure("cannot evaluate: \(message)")
    }
  }

  /// The value of every derived fact of the chosen service, by slot.
  func derivedValues() -> [Int: EvaluationResult] {
    guard let service, let bound = bind(to: service) else { return [:] }
    let evaluator = ExpressionEvaluator(service: service, application: bound)
    var values: [Int: EvaluationResult] = [:]
    for slot in service.derivedOrder { values[slot] = evaluator.fact(slot) }
    return values
  }

  /// The application bound to a service's slots, as the library binds it.
  func bind(to service: CompiledService) -> BoundApplication? {
    try? application.bound(to: service, date: date)
  }
}
