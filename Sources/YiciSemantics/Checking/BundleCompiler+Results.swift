import YiciSyntax

// Results (结果互认): `a provides m to b` says the result of member a stands for material m
// of member b, so b starts when a is done and the applicant never brings m. The material
// must be one b requires (E0220), and the results may not go round in a cycle (E0221).

extension BundleCompiler {
  /// Each result line as one edge per consumer, between members by their place.
  mutating func compileResults(_ members: [Member]) -> [BundleResult] {
    func place(_ name: Identifier) -> Int? { members.firstIndex { $0.syntax.service.name == name.name } }
    var results: [BundleResult] = []
    for result in bundle.results {
      guard bundle.members.contains(where: { $0.service.name == result.producer.name }) else {
        reportNotMember(result.producer)
        continue
      }
      for consumer in result.consumers {
        guard bundle.members.contains(where: { $0.service.name == consumer.name }) else {
          reportNotMember(consumer)
          continue
        }
        guard let producer = place(result.producer), let target = place(consumer) else { continue }
        let service = services[members[target].index]
        let material = result.material.name
        guard service.materials.contains(where: { $0.id == material && $0.isRequirement }) else {
          let required = service.materials.filter(\.isRequirement).map(\.id)
          var unique: [String] = []
          for id in required where !unique.contains(id) { unique.append(id) }
          report(
            .resultNotRequired, "member '\(consumer.name)' does not require a material '\(material)'",
            at: result.material.range, label: Suggestions.label(for: material, in: unique),
            help: "a result stands for a material the member requires: one of " + unique.joined(separator: ", "))
          continue
        }
        results.append(
          BundleResult(
            producer: producer, material: material, consumer: target,
            span: SourceSpan(file: file, range: result.range)))
      }
    }
    return results
  }

  /// For each member, the members whose results it needs; E0221 for a cycle among them.
  mutating func orderResults(_ results: [BundleResult], _ members: [Member]) -> [[Int]] {
    let count = members.count
    var after = [[Int]](repeating: [], count: count)
    for result in results where !after[result.consumer].contains(result.producer) {
      after[result.consumer].append(result.producer)
    }
    // Kahn's order; what cannot be placed lies on or behind a cycle.
    var placed = [Bool](repeating: false, count: count)
    var progress = true
    while progress {
      progress = false
      for member in 0..<count where !placed[member] && after[member].allSatisfy({ placed[$0] }) {
        placed[member] = true
        progress = true
      }
    }
    guard let start = placed.firstIndex(of: false) else { return after }
    // Walk back along unplaced predecessors until a member repeats: that is a cycle.
    var path = [start]
    var next = after[start].first { !placed[$0] }
    while let member = next, !path.contains(member) {
      path.append(member)
      next = after[member].first { !placed[$0] }
    }
    if let member = next, let from = path.firstIndex(of: member) {
      let cycle = Array(path[from...].reversed())
      let names = (cycle + [cycle[0]]).map { members[$0].syntax.service.name }
      let closing = results.first { $0.producer == cycle[cycle.count - 1] && $0.consumer == cycle[0] } ?? results[0]
      diagnostics.append(
        Diagnostic(
          .resultCycle, "the bundle's results go round in a cycle: \(names.joined(separator: " → "))",
          at: closing.span,
          help: "a member cannot wait for a result that waits for its own: drop one of these results"))
    }
    return after.map { $0.filter { placed[$0] } }
  }
}
