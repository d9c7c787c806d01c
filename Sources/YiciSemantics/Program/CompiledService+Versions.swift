import YiciCalendar

/// An id keeps its identity across policy periods: a condition or a material declared for
/// two periods that do not overlap is one item with two versions, each in its own slot
/// (in declaration order). The application binds the id to its first slot, its
/// *identity*; every view picks the version in force on the decision's date. An input
/// fact declared for two periods keeps one slot and one type; its versions differ in
/// label, question and option labels (`factVersions`). The waiver policy and the time
/// limits have one block per period.
extension CompiledService {
  /// The slot of the condition with an id in force on `date`: the id's first declaration
  /// when none is in force, or when no date is given.
  public func conditionSlot(_ id: String, on date: CivilDate?) -> Int? {
    // Most services declare every id once: one lookup, as `conditionSlots[id]`.
    guard !conditionVersions.isEmpty, let date, let versions = conditionVersions[id] else { return conditionSlots[id] }
    return versions.first { conditions[$0].period.contains(date) } ?? versions[0]
  }

  /// The slot of the material with an id in force on `date`: the id's first declaration
  /// when none is in force, or when no date is given.
  public func materialSlot(_ id: String, on date: CivilDate?) -> Int? {
    // Most services declare every id once: one lookup, as `materialSlots[id]`.
    guard !materialVersions.isEmpty, let date, let versions = materialVersions[id] else { return materialSlots[id] }
    return versions.first { materials[$0].period.contains(date) } ?? versions[0]
  }

  /// The condition with an id in force on `date` (see `conditionSlot(_:on:)`).
  public func condition(_ id: String, on date: CivilDate?) -> CompiledCondition? {
    conditionSlot(id, on: date).map { conditions[$0] }
  }

  /// The material with an id in force on `date` (see `materialSlot(_:on:)`).
  public func material(_ id: String, on date: CivilDate?) -> CompiledMaterial? {
    materialSlot(id, on: date).map { materials[$0] }
  }

  /// The fact in a slot as declared for `date`: the version in force of a fact declared
  /// for several periods, else (or with no date) the slot's first declaration.
  public func fact(_ slot: Int, on date: CivilDate?) -> FactDefinition {
    guard !factVersions.isEmpty, let date, let versions = factVersions[slot] else { return facts[slot] }
    return versions.first { $0.period.contains(date) } ?? facts[slot]
  }

  /// The option of an options fact named by id or by label, under any version of the fact:
  /// a label is only another name for its option, so an application may use the wording of
  /// any period (the version in force first).
  public func option(_ name: String, ofFact slot: Int) -> Int? {
    let options = facts[slot].options
    if let index = options.firstIndex(where: { $0.id == name }) { return index }
    for version in [facts[slot]] + (factVersions[slot] ?? []) {
      if let index = version.options.firstIndex(where: { $0.label?.text == name }) { return index }
    }
    return nil
  }

  /// The index in `waivers` of the waiver policy in force on `date`: nil when none is (or
  /// the service has none); the first policy when no date is given.
  public func waiverIndex(on date: CivilDate?) -> Int? {
    guard let date else { return waivers.isEmpty ? nil : 0 }
    return waivers.firstIndex { $0.period.contains(date) }
  }

  /// The waiver policy in force on `date` (see `waiverIndex(on:)`).
  public func waiver(on date: CivilDate?) -> CompiledWaiver? {
    waiverIndex(on: date).map { waivers[$0] }
  }

  /// The slots of each id declared more than once, in declaration order.
  static func versions(_ ids: [String]) -> [String: [Int]] {
    var slots: [String: [Int]] = [:]
    for (slot, id) in ids.enumerated() { slots[id, default: []].append(slot) }
    return slots.filter { $0.value.count > 1 }
  }

  /// For each slot, the first slot with the same id (where an application's flags for the
  /// id are bound).
  static func identities(_ ids: [String]) -> [Int] {
    var first: [String: Int] = [:]
    return ids.enumerated().map { slot, id in
      if let existing = first[id] { return existing }
      first[id] = slot
      return slot
    }
  }
}
