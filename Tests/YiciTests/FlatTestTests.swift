import Testing
import Yici
import YiciSemantics

@testable import YiciEvaluation

/// A condition's or `when`'s flat test (`FlatTests`) says what walking its expression tree
/// says, for every application: facts told, unknown, or of the wrong kind.
@Suite struct FlatTestTests {
  @Test func flatTestsAgreeWithTheTreeWalk() throws {
    let bundled = try RuleSet.load(paths: ["rules"], relativeTo: Repository.root.path)
    let benchmark = try RuleSet.load(paths: ["examples/benchmark"], relativeTo: Repository.root.path)
    var generator = SystemRandomNumberGenerator()
    var flattened = 0
    for service in bundled.compiled.services + benchmark.compiled.services {
      let tests = service.flatTests
      let expressions: [(CompiledExpression, Range<Int>?)] =
        zip(service.conditions.map(\.expression), tests.conditions).map { ($0, $1) }
        + zip(service.materials.map(\.when), tests.whens).compactMap { when, test in when.map { ($0, test) } }
      flattened += expressions.filter { $0.1 != nil }.count
      for round in 0..<400 {
        // Every other round, now and then a value of the wrong kind.
        let wrongKinds = round % 2 == 1
        var application = BoundApplication(for: service, date: CivilDate(iso: "2025-10-01")!)
        for (slot, fact) in service.facts.enumerated() where fact.isInput {
          application.facts[slot] = Self.randomValue(for: fact.type, wrongKinds: wrongKinds, using: &generator)
        }
        let evaluator = ExpressionEvaluator(service: service, application: application)
        for (expression, test) in expressions {
          guard let test else { continue }
          let flat = evaluator.truth(tests.steps(test))
          let tree = evaluator.truth(expression).trit
          // A value of the wrong kind may leave no flat answer: the tree walk then decides
          // (and words any error). With values of the right kinds there is always one.
          if let flat { #expect(flat == tree, "\(service.id): \(expression)") } else { #expect(wrongKinds) }
        }
      }
    }
    #expect(flattened > 20)
  }

  /// Unknown a fifth of the time, now and then (when `wrongKinds`) a value of the wrong
  /// kind, else a value of the fact's type near the thresholds rules use.
  static func randomValue(for type: ValueType, wrongKinds: Bool, using generator: inout some RandomNumberGenerator)
    -> Value?
  {
    let roll = Int.random(in: 0..<20, using: &generator)
    if roll < 4 { return nil }
    if roll == 4 && wrongKinds { return .text("wrong kind") }
    switch type {
    case .bool: return .bool(Bool.random(using: &generator))
    case .number:
      let numbers: [ExactDecimal] = [0, 9, 10, 17, 18, 49, 50, 149, 150, 199, 200, 1000].map { ExactDecimal($0) }
      return .number(numbers.randomElement(using: &generator)!)
    case .options(let set): return .option(Int.random(in: 0..<max(1, set.options.count), using: &generator))
    case .text, .date: return nil
    }
  }
}
