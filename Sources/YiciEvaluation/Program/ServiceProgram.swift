import YiciSemantics

/// What the evaluator runs for one service: the checked program, and the forms derived from
/// it for speed (flat tests, material plans), made here in the evaluation stage so that the
/// checker knows nothing of them and their semantics is the evaluator's own (the flat
/// connectives are `Trit`'s, as the tree walk's are).
///
/// Built once per service when a rule set is loaded (a few microseconds); immutable, so
/// shared freely between threads.
package final class ServiceProgram: Sendable {
  /// The checked service.
  package let service: CompiledService
  /// The conditions, `when`s and waiver qualifier in flat form, where they have one.
  package let flatTests: FlatTests
  /// What deciding reads of each material, by material slot.
  package let materialPlans: [MaterialPlan]
  /// The materials' alternatives end to end (`MaterialPlan.alternatives` ranges over it).
  package let alternativeSlots: [Int]
  /// The material slots whose copies are counted per a fact (`copies 1 per shareholders`),
  /// alternatives too: deciding counts only these (for most services, none).
  package let countedSlots: [Int]

  /// Per material slot, the flags of an application (`MaterialFlags` bits) that may not
  /// apply and so are checked on every decision: `shared` for a material the platform does
  /// not supply, `committed` for one that allows no commitment, both for a material with a
  /// period or several versions (whether it applies depends on the date).
  package let requestChecks: [UInt8]

  /// Derives the evaluator's forms of a checked service.
  package init(_ service: CompiledService) {
    self.service = service
    flatTests = FlatTests(
      conditions: service.conditions.map(\.expression), whens: service.materials.map(\.when),
      waiverQualifiers: service.waivers.map(\.qualifier), facts: service.facts)
    (materialPlans, alternativeSlots) = MaterialPlan.plans(for: service.materials, whenTests: flatTests.whens)
    countedSlots = service.materials.indices.filter { service.materials[$0].copiesPer != nil }
    let shared = BoundApplication.MaterialFlags.shared.rawValue
    let committed = BoundApplication.MaterialFlags.committed.rawValue
    requestChecks = service.materials.map { material in
      if material.period != .always || service.materialVersions[material.id] != nil { return shared | committed }
      return (material.shared ? 0 : shared) | (material.commitment != nil ? 0 : committed)
    }
  }
}
