import YiciCalendar
import YiciEvaluation
import YiciSemantics

extension MaterialRange {
  /// The most combinations of fact values tried for one group of facts; a group with more
  /// is bounded safely instead (`exact` is then false).
  static let caseLimit = 4096

  /// The range of the materials of `service` in force on `date`.
  ///
  /// The input facts the `when`s read (through derived facts) are split into groups that
  /// no `when` and no acceptance condition reads together. Each group's test points
  /// (`TestPoints`) are tried in every combination, leaving out those an acceptance
  /// condition rejects (an application turned away brings nothing); as the groups are
  /// independent, their fewest and their most add up.
  package init(service: CompiledService, on date: CivilDate) {
    let required = service.materials.filter { $0.isRequirement && $0.period.contains(date) }
    let conditions = service.conditions.filter { $0.period.contains(date) }.map(\.expression)
    let reader = InputReader(service: service)
    let whens = required.map { $0.when.map { (expression: $0, inputs: reader.inputs(of: $0)) } }
    var groups = FactGroups()
    for when in whens { if let when { groups.join(when.inputs) } }
    let universe = groups.members
    for condition in conditions { groups.join(reader.inputs(of: condition).intersection(universe)) }

    let empty = ExpressionEvaluator(service: service, application: BoundApplication(for: service, date: date))
    var atLeast = 0
    var atMost = 0
    var exact = true
    for when in whens {
      guard let when else {
        (atLeast, atMost) = (atLeast + 1, atMost + 1)
        continue
      }
      guard when.inputs.isEmpty else { continue }  // counted with its group below
      switch empty.evaluate(when.expression) {
      case .value(.bool(true)): (atLeast, atMost) = (atLeast + 1, atMost + 1)
      case .value(.bool(false)): break
      default: atMost += 1
      }
    }
    let points = TestPoints(
      required.compactMap(\.when) + conditions + service.facts.compactMap(\.derivation), today: date)
    for group in groups.all {
      let members = whens.compactMap { $0 }.filter { !$0.inputs.isDisjoint(with: group) }.map(\.expression)
      let rules = conditions.filter { !reader.inputs(of: $0).isDisjoint(with: group) }
      let cases = GroupCases(
        service: service, date: date, slots: group.sorted(), points: points, materials: members, conditions: rules)
      if let counted = cases.range() {
        (atLeast, atMost) = (atLeast + counted.fewest, atMost + counted.most)
      } else {
        atMost += members.count
        exact = false
      }
    }
    self.init(
      atLeast: atLeast, atMost: atMost, declared: required.count,
      shared: required.filter { $0.shared || $0.sourceIsLibrary }.count, exact: exact)
  }
}

/// The input facts an expression reads, directly or through derived facts.
private struct InputReader {
  let service: CompiledService

  func inputs(of expression: CompiledExpression) -> Set<Int> {
    var inputs = Set<Int>()
    var followed = Set<Int>()
    var pending = [expression]
    while let next = pending.popLast() {
      for slot in next.factSlots {
        if let derivation = service.facts[slot].derivation {
          if followed.insert(slot).inserted { pending.append(derivation) }
        } else {
          inputs.insert(slot)
        }
      }
    }
    return inputs
  }
}

/// Fact slots joined into groups: two slots are in one group when some expression reads
/// both (a union–find over slots).
private struct FactGroups {
  private var parent: [Int: Int] = [:]

  /// Every slot joined so far.
  var members: Set<Int> { Set(parent.keys) }

  /// The groups, each a set of slots.
  var all: [Set<Int>] {
    var byRoot: [Int: Set<Int>] = [:]
    for slot in parent.keys { byRoot[root(slot), default: []].insert(slot) }
    return byRoot.keys.sorted().map { byRoot[$0]! }
  }

  /// Puts the slots in one group.
  mutating func join(_ slots: Set<Int>) {
    guard let first = slots.first else { return }
    if parent[first] == nil { parent[first] = first }
    for slot in slots {
      if parent[slot] == nil { parent[slot] = slot }
      let (a, b) = (root(first), root(slot))
      if a != b { parent[max(a, b)] = min(a, b) }
    }
  }

  private func root(_ slot: Int) -> Int {
    var slot = slot
    while let next = parent[slot], next != slot { slot = next }
    return slot
  }
}
