import YiciCalendar
import YiciSemantics

extension BundleFigures {
  /// The figures of a bundle on a date, from its members in force then.
  package init(_ bundle: CompiledBundle, in rules: CompiledRuleSet, on date: CivilDate) {
    let all = rules.members(of: bundle)
    let inForce = bundle.members.indices.filter { all[$0].period.contains(date) }
    let services = inForce.map { all[$0] }
    let members = inForce.map { index in
      Member(
        id: all[index].id, name: all[index].header.name, optional: bundle.members[index].selection != nil,
        after: bundle.members[index].after.map { all[$0].id })
    }
    let produced = Set(bundle.results.map { "\($0.consumer) \($0.material)" })
    self.init(
      id: bundle.id, name: bundle.header.name, members: members,
      membersNotInForce: bundle.members.indices.filter { !inForce.contains($0) }.map { all[$0].id },
      materials: Self.materials(inForce, all, produced: produced, on: date),
      facts: Self.facts(bundle, services),
      visits: Visits(
        summed: services.compactMap(\.header.mostVisits).reduce(0, +), bundle: bundle.header.visits,
        undeclared: services.filter { $0.header.mostVisits == nil }.map(\.id)),
      days: Self.days(bundle, inForce, all, on: date))
  }

  /// Form fields: each member's input facts added up, and the bundle's form less the facts an
  /// in-bundle result settles (never asked).
  private static func facts(_ bundle: CompiledBundle, _ services: [CompiledService]) -> Facts {
    let settled = Set(bundle.settled.map(\.fact))
    let asked = bundle.form.facts.indices.filter { bundle.form.facts[$0].isInput && !settled.contains($0) }
    return Facts(
      summed: services.reduce(0) { $0 + $1.facts.filter(\.isInput).count }, merged: asked.count,
      settled: settled.count)
  }

  /// Materials by id over the members in force: summed, merged, and still to submit.
  private static func materials(
    _ inForce: [Int], _ all: [CompiledService], produced: Set<String>, on date: CivilDate
  ) -> Materials {
    var summed = 0
    var order: [String] = []
    var needed: [String: Bool] = [:]  // by id: whether some member needs it from the applicant
    var exempt = Set<String>()
    var made = Set<String>()
    for member in inForce {
      for material in all[member].materials where material.isRequirement && material.period.contains(date) {
        summed += 1
        if needed[material.id] == nil { order.append(material.id) }
        let supplied = material.shared || material.sourceIsLibrary
        let result = produced.contains("\(member) \(material.id)")
        if supplied { exempt.insert(material.id) }
        if result { made.insert(material.id) }
        needed[material.id] = (needed[material.id] ?? false) || !(supplied || result)
      }
    }
    return Materials(
      summed: summed, merged: order.count, toSubmit: order.filter { needed[$0] == true }.count,
      exempt: exempt.count, produced: made.count)
  }

  /// The statutory limits summed, the critical path of the promises, and the bundle's promise.
  private static func days(_ bundle: CompiledBundle, _ inForce: [Int], _ all: [CompiledService], on date: CivilDate)
    -> Days
  {
    let limits = all.map { $0.timeLimits(on: date) }
    let statutory = inForce.compactMap { limits[$0]?.statutory }
    let lengths: [DayCount?] = all.indices.map { member in
      guard inForce.contains(member), let block = limits[member] else { return nil }
      if case .always = block.immediacy { return .workingDays(0) }
      return block.promised ?? block.statutory
    }
    let counted = lengths.compactMap { $0 }
    let path: (length: Int, members: [Int])
    let pathCount: DayCount?
    if let unit = DayCount.commonUnit(counted) {
      path = bundle.criticalPath { lengths[$0]?.value }
      pathCount = counted.isEmpty ? nil : DayCount(path.length, unit)
    } else {
      path = bundle.criticalPath { lengths[$0].map(LimitFigures.comparableLength) }
      pathCount = .workingDays((path.length + 6) / 7)
    }
    return Days(
      statutorySum: DayCount.sum(statutory),
      statutoryUndeclared: inForce.filter { limits[$0]?.statutory == nil }.map { all[$0].id },
      criticalPath: pathCount, criticalMembers: path.members.filter(inForce.contains).map { all[$0].id },
      promised: bundle.promised)
  }
}

extension DayCount {
  /// The unit all the counts share, if they share one (an empty list shares every unit:
  /// working days).
  static func commonUnit(_ counts: [DayCount]) -> DayUnit? {
    let unit = counts.first?.unit ?? .workingDays
    return counts.allSatisfy { $0.unit == unit } ? unit : nil
  }

  /// The counts added up: in their unit when they share one, else in working days, 7 natural
  /// days counting as 5 (rounded up); nil for none.
  static func sum(_ counts: [DayCount]) -> DayCount? {
    guard !counts.isEmpty else { return nil }
    if let unit = commonUnit(counts) { return DayCount(counts.reduce(0) { $0 + $1.value }, unit) }
    let length = counts.reduce(0) { $0 + LimitFigures.comparableLength($1) }
    return .workingDays((length + 6) / 7)
  }
}
