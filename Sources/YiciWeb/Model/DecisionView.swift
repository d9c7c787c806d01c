import Yici

/// A decision as the decision region shows it: material names in the page's language, and
/// a flag per list so an empty list has no heading.
struct DecisionView {
  struct Item {
    var id: String
    var name: String
    var due: String?
  }

  struct ReasonItem {
    var text: String
    var basis: String?
  }

  struct CommitmentItem { var text: String }

  var outcome: String
  var label: String
  var reasons: [ReasonItem]
  var missing, waived, exempt, committed, undetermined, provided: [Item]
  var commitments: [CommitmentItem]
  var accepted, promised, statutory: String?
  var immediate: Bool
  var warnings: [String]
  /// How many materials are still to bring (the summary line's figure).
  var missingCount: Int
  var hasReasons, hasMissing, hasWaived, hasExempt, hasCommitted, hasUndetermined, hasProvided: Bool
  var hasCommitments, hasDates, hasWarnings: Bool
  var w: WebWords

  init(_ decision: Decision, model: FormModel, words: WebWords, english: Bool) {
    func items(_ ids: [String]) -> [Item] {
      ids.map { Item(id: $0, name: model.materialName($0, english: english)) }
    }
    w = words
    outcome = decision.outcome.rawValue
    label = words.outcomeWords[outcome] ?? outcome
    reasons = decision.reasons.map { ReasonItem(text: $0.text, basis: $0.basis) }
    missing = items(decision.materials.missing)
    waived = decision.materials.waived.map {
      Item(id: $0.id, name: model.materialName($0.id, english: english), due: $0.due?.description)
    }
    exempt = items(decision.materials.exempt)
    committed = items(decision.materials.committed)
    undetermined = items(decision.materials.undetermined)
    provided = items(decision.materials.provided)
    commitments = decision.commitments.map { CommitmentItem(text: $0.text) }
    accepted = decision.deadlines?.accepted.description
    promised = decision.deadlines?.promised?.description
    statutory = decision.deadlines?.statutory?.description
    immediate = decision.deadlines?.immediate ?? false
    warnings = decision.warnings
    hasReasons = !reasons.isEmpty
    hasMissing = !missing.isEmpty
    missingCount = missing.count
    hasWaived = !waived.isEmpty
    hasExempt = !exempt.isEmpty
    hasCommitted = !committed.isEmpty
    hasUndetermined = !undetermined.isEmpty
    hasProvided = !provided.isEmpty
    hasCommitments = !commitments.isEmpty
    hasDates = decision.deadlines != nil
    hasWarnings = !warnings.isEmpty
  }
}
