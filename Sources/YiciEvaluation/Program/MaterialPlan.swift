import YiciSemantics

/// What deciding reads of a material, in plain values: a compact copy of the fields of
/// `CompiledMaterial` the evaluator needs, so that its loop over the materials touches
/// no text, array or expression (those stay in the material, for explaining).
package struct MaterialPlan: Sendable {
  /// Whether the service requires it (false: it only appears as an alternative).
  package let isRequirement: Bool
  /// When it is in force.
  package let period: Period
  /// Whether it has a `when`.
  package let hasWhen: Bool
  /// Its `when`'s flat test (`FlatTests`), when it has one.
  package let whenTest: Range<Int>?
  /// Its alternatives' slots: `CompiledService.alternativeSlots[alternatives]`.
  package let alternatives: Range<Int>
  /// Exempt when the shared platform supplies it.
  package let shared: Bool
  /// May be waived under the waiver policy.
  package let waivable: Bool
  /// Whether a signed 告知承诺 may replace it.
  package let hasCommitment: Bool
  /// The slot of the fact its copies are counted per, if they are.
  package let copiesPer: Int?

  /// The plans of a service's materials, and their alternatives' slots end to end.
  static func plans(for materials: [CompiledMaterial], whenTests: [Range<Int>?]) -> (
    plans: [MaterialPlan], alternativeSlots: [Int]
  ) {
    var alternativeSlots: [Int] = []
    let plans = materials.enumerated().map { slot, material in
      let start = alternativeSlots.count
      alternativeSlots += material.alternatives
      return MaterialPlan(
        isRequirement: material.isRequirement, period: material.period, hasWhen: material.when != nil,
        whenTest: whenTests[slot],
        alternatives: start..<alternativeSlots.count, shared: material.shared, waivable: material.waivable,
        hasCommitment: material.commitment != nil, copiesPer: material.copiesPer)
    }
    return (plans, alternativeSlots)
  }
}
