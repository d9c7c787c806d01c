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

  /// Derives the evaluator's forms of a checked service.
  package init(_ service: CompiledService) {
    self.service = service
    flatTests = FlatTests(
      conditions: service.conditions.map(\.expression), whens: service.materials.map(\.when),
      waiverQualifier: service.waiver?.qualifier, facts: service.facts)
    (materialPlans, alternativeSlots) = MaterialPlan.plans(
      for: service.materials, identities: service.materialIdentities, whenTests: flatTests.whens)
  }
}
