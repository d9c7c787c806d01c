import YiciCalendar

/// What evaluating an application to a bundle (一件事) found: each member's verdicts and the
/// merged lists, by slot, holding no text.
///
/// Every view of a bundle decision is rendered from it — the `Decision` with its lists of
/// ids, and the JSON a batch writes straight from the verdicts — so the two agree by
/// construction: the merging is done once, here, on slots.
package struct BundleVerdicts: Sendable {
  /// The bundle's outcome (README "Deciding a bundle").
  package var outcome: Outcome
  /// Each member, in member order.
  package var members: [MemberVerdicts]
  /// Materials that a selected member's result stands for (结果互认).
  package var produced: [ProducedMaterial]
  /// The form's fact slots that select a member not yet known, with that member.
  package var selectionQuestions: [(slots: [Int], member: Int)]
  /// The members' materials merged, by the form's material slots.
  package var materials: MergedMaterials
  /// The form's fact slots to ask, the fact that settles the most members first (for
  /// `needs_information`).
  package var questions: [Int]
  /// The bundle's dates, when it is accepted.
  package var deadlines: BundleDeadlines?
  /// The form's facts a selected member's result settles, with that member.
  package var settled: [(fact: Int, producer: Int)] = []
  /// The application's warnings, and one for each answer a settled fact replaced.
  package var warnings: [String] = []
}

/// One member of a bundle's verdicts.
package struct MemberVerdicts: Sendable {
  /// Whether the member is part of this application: nil while the facts that select it
  /// are not known.
  package var selected: Bool?
  /// The member's own application, read from the form (when selected).
  package var application: BoundApplication?
  /// The member's own verdicts (when selected).
  package var verdicts: Verdicts?
}

/// A bundle's `materials` lists by the form's material slots, each slot in one list at most
/// (`required` aside), in the order the lists are merged.
package struct MergedMaterials: Sendable {
  package var required: [Int] = []
  package var provided: [Int] = []
  package var missing: [Int] = []
  /// Waived materials with their due dates.
  package var waived: [(slot: Int, due: CivilDate?)] = []
  package var exempt: [Int] = []
  package var committed: [Int] = []
  package var undetermined: [Int] = []
  /// The copies counted per a fact of each material of the one set, by form slot in order:
  /// the most any decided member lists (`Verdicts.listedCopies`).
  package var copies: [(slot: Int, copies: Int)] = []
}
