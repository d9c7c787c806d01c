import Foundation
import Testing
import Yici
import YiciSemantics
import YiciTestSupport

@testable import YiciEvaluation

/// Yici's three-valued logic is defined once (`Trit`); the evaluator runs it three ways: the
/// tree walk that gives values (`evaluate`), the tree walk that gives truth (`truth`), and
/// the flat tests of `ServiceProgram`. These properties pin all three to a reference model
/// written here from the brief, on random expressions over random applications, and the
/// flat tests of the bundled rules to the tree walk.
///
/// The random tests are seeded: `YICI_SEED=N swift test --filter OneSemanticsTests` replays
/// a failure, whose message gives its seed.
@Suite struct OneSemanticsTests {
  static let seed: UInt64 = SeededRandom.seed(default: 0x5EED_0001)

  static let rules = RuleSet(
    text: """
      service logic {
        basis "Rule 0"
        name "Logic"
        facts {
          a: bool ask "a?"
          b: bool ask "b?"
          c: bool ask "c?"
          n: number ask "n?"
          m: number ask "m?"
          o: options(x, y, z) ask "o?"
          let d = a and n > 5
        }
      }
      """)

  /// The reference model: a value told, unknown, or of a kind the expression does not read.
  enum Told: Equatable {
    case bool(Bool)
    case number(Int)
    case option(Int)
    case unknown
    case wrongKind
  }

  /// The truth the brief gives an expression: false wins `and` over error over unknown,
  /// true wins `or` likewise, `not` swaps only true and false.
  static func reference(_ expression: CompiledExpression, _ told: [Told], _ service: CompiledService) -> Trit {
    switch expression {
    case .constant(.bool(let value)): return Trit(value)
    case .fact(let slot):
      if let derivation = service.facts[slot].derivation { return reference(derivation, told, service) }
      switch told[slot] {
      case .bool(let value): return Trit(value)
      case .unknown: return .unknown
      default: return .error
      }
    case .known(let slot):
      return Trit(told[slot] != .unknown)
    case .not(let operand): return reference(operand, told, service).negated
    case .and(let operands):
      let values = operands.map { reference($0, told, service) }
      if values.contains(.false) { return .false }
      if values.contains(.error) { return .error }
      return values.contains(.unknown) ? .unknown : .true
    case .or(let operands):
      let values = operands.map { reference($0, told, service) }
      if values.contains(.true) { return .true }
      if values.contains(.error) { return .error }
      return values.contains(.unknown) ? .unknown : .false
    case .compare(let op, .fact(let slot), .constant(.number(let constant))):
      switch told[slot] {
      case .number(let value):
        let order = ExactDecimal.order(ExactDecimal(value), constant)
        return Trit(holds(op, order))
      case .unknown: return .unknown
      default:
        // A value of another kind is never equal to a number, and cannot be ordered.
        switch op {
        case .equal: return .false
        case .notEqual: return .true
        default: return .error
        }
      }
    case .member(.fact(let slot), let set, let negated):
      switch told[slot] {
      case .option(let index): return Trit(set.contains(.option(index)) != negated)
      case .bool(let value): return Trit(set.contains(.bool(value)) != negated)
      case .number(let value): return Trit(set.contains(.number(ExactDecimal(value))) != negated)
      case .unknown: return .unknown
      case .wrongKind: return Trit(negated)
      }
    default:
      Issue.record("the generator made a shape the model does not know: \(expression)")
      return .error
    }
  }

  static func holds(_ op: ComparisonOperator, _ order: Int) -> Bool {
    switch op {
    case .equal: order == 0
    case .notEqual: order != 0
    case .less: order < 0
    case .lessEqual: order <= 0
    case .greater: order > 0
    case .greaterEqual: order >= 0
    }
  }

  /// A random yes/no expression over the service's facts, at most `depth` deep.
  static func expression(depth: Int, _ slots: [String: Int], using random: inout SeededRandom) -> CompiledExpression {
    let leaf = depth == 0 || random.next(5) < 2
    if leaf {
      switch random.next(7) {
      case 0: return .fact(slots[["a", "b", "c"][random.next(3)]]!)
      case 1: return .fact(slots["d"]!)
      case 2: return .known(slots[["a", "n", "o"][random.next(3)]]!)
      case 3: return .constant(.bool(random.next(2) == 0))
      case 4:
        let ops: [ComparisonOperator] = [.equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual]
        return .compare(
          ops[random.next(ops.count)], .fact(slots[random.next(2) == 0 ? "n" : "m"]!),
          .constant(.number(ExactDecimal(random.next(12)))))
      default:
        let set = Set((0..<3).filter { _ in random.next(2) == 0 }.map { Value.option($0) })
        return .member(.fact(slots["o"]!), set, negated: random.next(2) == 0)
      }
    }
    switch random.next(3) {
    case 0: return .not(expression(depth: depth - 1, slots, using: &random))
    case 1: return .and((0..<(2 + random.next(3))).map { _ in expression(depth: depth - 1, slots, using: &random) })
    default: return .or((0..<(2 + random.next(3))).map { _ in expression(depth: depth - 1, slots, using: &random) })
    }
  }

  /// A random application: each input fact told, unknown, or (when `wrongKinds`) of a kind
  /// it does not hold.
  static func told(_ service: CompiledService, wrongKinds: Bool, using random: inout SeededRandom) -> [Told] {
    service.facts.map { fact in
      guard fact.isInput else { return .unknown }
      let roll = random.next(10)
      if roll < 3 { return .unknown }
      if roll == 3 && wrongKinds { return .wrongKind }
      switch fact.type {
      case .bool: return .bool(random.next(2) == 0)
      case .number: return .number(random.next(12))
      case .options: return .option(random.next(3))
      default: return .unknown
      }
    }
  }

  static func value(_ told: Told) -> Value? {
    switch told {
    case .bool(let value): .bool(value)
    case .number(let value): .number(ExactDecimal(value))
    case .option(let index): .option(index)
    case .unknown: nil
    case .wrongKind: .text("a value of another kind")
    }
  }

  @Test func everyPathDecidesAsTheReferenceModel() throws {
    let service = try #require(Self.rules.compiled.service("logic"), "\(Self.rules.diagnostics.map(\.message))")
    var random = SeededRandom(seed: Self.seed)
    var flattened = 0
    for round in 0..<3_000 {
      let expression = Self.expression(depth: 1 + round % 4, service.factSlots, using: &random)
      let told = Self.told(service, wrongKinds: round % 3 == 2, using: &random)
      var application = BoundApplication(for: service, date: CivilDate(iso: "2025-10-01")!)
      for (slot, fact) in told.enumerated() { application.facts[slot] = Self.value(fact) }
      let evaluator = ExpressionEvaluator(service: service, application: application)
      let expected = Self.reference(expression, told, service)
      let context = "seed \(Self.seed), round \(round): \(expression) with \(told)"
      #expect(evaluator.evaluate(expression).truth.trit == expected, "evaluate: \(context)")
      #expect(evaluator.truth(expression).trit == expected, "truth: \(context)")
      let flat = FlatTests(conditions: [expression], whens: [], waiverQualifiers: [], facts: service.facts)
      if let test = flat.conditions[0] {
        flattened += 1
        // A flat test may decline a value of another kind (the tree walk then words the
        // error), but when it answers, it answers as the model does.
        if let trit = evaluator.truth(flat, test) { #expect(trit == expected, "flat: \(context)") }
      }
    }
    #expect(flattened > 300)
  }

  @Test func theBundledRulesFlatTestsAgreeWithTheTreeWalk() throws {
    let bundled = try RuleSet.load(paths: ["rules"], relativeTo: Repository.root.path)
    let benchmark = try RuleSet.load(paths: ["examples/benchmark"], relativeTo: Repository.root.path)
    var random = SeededRandom(seed: Self.seed)
    var flattened = 0
    for service in bundled.compiled.services + benchmark.compiled.services {
      let program = ServiceProgram(service)
      let tests = program.flatTests
      let expressions: [(CompiledExpression, Range<Int>?)] =
        zip(service.conditions.map(\.expression), tests.conditions).map { ($0, $1) }
        + zip(service.materials.map(\.when), tests.whens).compactMap { when, test in when.map { ($0, test) } }
      flattened += expressions.filter { $0.1 != nil }.count
      for round in 0..<400 {
        let wrongKinds = round % 2 == 1
        var application = BoundApplication(for: service, date: CivilDate(iso: "2025-10-01")!)
        for (slot, fact) in service.facts.enumerated() where fact.isInput {
          application.facts[slot] = Self.randomValue(for: fact.type, wrongKinds: wrongKinds, using: &random)
        }
        let evaluator = ExpressionEvaluator(service: service, application: application)
        for (expression, test) in expressions {
          guard let test else { continue }
          let tree = evaluator.truth(expression).trit
          if let flat = evaluator.truth(tests, test) {
            #expect(flat == tree, "seed \(Self.seed): \(service.id): \(expression)")
          } else {
            #expect(wrongKinds)
          }
        }
      }
    }
    #expect(flattened > 20)
  }

  /// Unknown a fifth of the time, now and then (when `wrongKinds`) a value of the wrong
  /// kind, else a value of the fact's type near the thresholds rules use.
  static func randomValue(for type: ValueType, wrongKinds: Bool, using random: inout SeededRandom) -> Value? {
    let roll = random.next(20)
    if roll < 4 { return nil }
    if roll == 4 && wrongKinds { return .text("wrong kind") }
    switch type {
    case .bool: return .bool(random.next(2) == 0)
    case .number:
      let numbers: [ExactDecimal] = [0, 9, 10, 17, 18, 49, 50, 149, 150, 199, 200, 1000].map { ExactDecimal($0) }
      return .number(numbers[random.next(numbers.count)])
    case .options(let set): return .option(random.next(max(1, set.options.count)))
    case .choices(let set): return .choices(UInt64(random.next(1 << min(set.options.count, 16))))
    case .text, .date: return nil
    }
  }
}
