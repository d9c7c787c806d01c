import YiciCalendar

/// What evaluation found, slot by slot: the compact core of a decision.
///
/// Every view of a decision is rendered from it: the `Decision` with its lists of ids, its
/// JSON, and the applicant's explanation. It holds no text, only statuses by slot, so it is
/// cheap to build, to compare and to hash (two applications with equal verdicts get the same
/// explanation).
package struct Verdicts: Sendable, Hashable {
  /// One of the five outcomes.
  package var outcome: Outcome
  /// The status of each condition, by condition slot.
  package var conditions: [ConditionStatus]
  /// The status of each material, by material slot.
  package var materials: [MaterialStatus]
  /// Whether the applicant qualifies for the waiver, when the service has a waiver policy.
  package var waiver: QualifierStatus?
  /// Fact slots to ask about, most decisive first.
  package var questions: [Int]
  /// The deadlines of an accepted decision, when the service has time limits.
  package var deadlines: Deadlines?
  /// The due date of each waived material, by material slot (empty without time limits).
  package var dues: [CivilDate?]
  /// The copies each material counted per a fact comes to for this applicant, by material
  /// slot (empty when no such material's fact is known).
  package var copies: [Int?] = []
  /// The visits to the office this application needs at most, when the service's visits
  /// depend on the facts (`visits 0 when online`); nil otherwise.
  package var visits: Int? = nil
  /// Commitments and shared materials the application asks for that cannot apply.
  package var ignored: [IgnoredRequest] = []
  /// Material slots, missing or maybe required, whose commitment's `only if` is false for
  /// this applicant: the text does not offer it.
  package var closedCommitments: [Int] = []

  /// The date by which the material in a slot is due, when it is waived under time limits.
  package func due(_ slot: Int) -> CivilDate? {
    dues.isEmpty ? nil : dues[slot]
  }

  /// The copies the material in a slot comes to, when they are counted per a known fact.
  package func copies(_ slot: Int) -> Int? {
    copies.isEmpty ? nil : copies[slot]
  }

  /// The copies the decision lists for the material in a slot (its `copies`): a listed
  /// material's, and an alternative's (`any(…)`, named with its count in the text of what it
  /// replaces) unless the application is rejected.
  package func listedCopies(_ slot: Int) -> Int? {
    guard let copies = copies(slot) else { return nil }
    if case .notRequirement = materials[slot] { return outcome == .rejected ? nil : copies }
    return materials[slot].list(outcome: outcome) == nil ? nil : copies
  }

  /// Verdicts with every condition not in force and every material not required.
  package init(conditions: Int, materials: Int) {
    outcome = .accepted
    self.conditions = Array(repeating: .notInForce, count: conditions)
    self.materials = Array(repeating: .notRequirement, count: materials)
    questions = []
    dues = []
  }

  /// Makes these the verdicts of `init(conditions:materials:)`, keeping their memory.
  mutating func reset(conditions: Int, materials: Int) {
    outcome = .accepted
    waiver = nil
    deadlines = nil
    visits = nil
    questions.removeAll(keepingCapacity: true)
    dues.removeAll(keepingCapacity: true)
    if !copies.isEmpty { copies.removeAll(keepingCapacity: true) }
    if !ignored.isEmpty { ignored.removeAll(keepingCapacity: true) }
    if !closedCommitments.isEmpty { closedCommitments.removeAll(keepingCapacity: true) }
    if self.conditions.count == conditions {
      for slot in self.conditions.indices { self.conditions[slot] = .notInForce }
    } else {
      self.conditions = Array(repeating: .notInForce, count: conditions)
    }
    if self.materials.count == materials {
      for slot in self.materials.indices { self.materials[slot] = .notRequirement }
    } else {
      self.materials = Array(repeating: .notRequirement, count: materials)
    }
  }
}

/// How one acceptance condition came out.
package enum ConditionStatus: UInt8, Sendable, Hashable {
  case notInForce, committed, holds, fails, unknown, error

  /// The trace's word for it.
  package var traceWord: String {
    switch self {
    case .notInForce: "not_in_force"
    case .committed: "committed"
    case .holds: "holds"
    case .fails: "fails"
    case .unknown: "unknown"
    case .error: "error"
    }
  }
}

/// How one material came out.
package enum MaterialStatus: UInt8, Sendable, Hashable {
  /// Not a requirement of the service (it only stands as another's alternative).
  case notRequirement
  case notInForce
  /// Its `when` is false.
  case notRequired
  /// Required and on the counter (or one of its alternatives is).
  case provided
  /// On the counter, while whether it is required is not known.
  case providedIfRequired
  /// Required and supplied by the shared-data platform.
  case exempt
  /// Supplied by the platform, while whether it is required is not known.
  case exemptIfRequired
  /// Replaced by a signed commitment (告知承诺).
  case committed
  /// Required and not brought.
  case missing
  /// Required, not brought, and accepted as missing under the waiver policy.
  case waived
  /// Required only if a fact not yet known says so.
  case undetermined
  /// Whether it is required cannot be evaluated.
  case error

  /// The trace's word for it.
  package var traceWord: String {
    switch self {
    case .notRequirement, .notRequired: "not_required"
    case .notInForce: "not_in_force"
    case .provided, .providedIfRequired: "provided"
    case .exempt, .exemptIfRequired: "exempt"
    case .committed: "committed"
    case .missing: "missing"
    case .waived: "waived"
    case .undetermined: "undetermined"
    case .error: "error"
    }
  }
}

/// Whether the applicant qualifies for the waiver policy.
package enum QualifierStatus: UInt8, Sendable, Hashable {
  case holds, fails, unknown, error

  /// The trace's word for it.
  package var traceWord: String {
    switch self {
    case .holds: "holds"
    case .fails: "fails"
    case .unknown: "unknown"
    case .error: "error"
    }
  }
}

/// The lists of a decision's `materials` summary (besides `required`).
package enum MaterialList: Sendable, CaseIterable {
  case provided, missing, waived, exempt, committed, undetermined
}

extension MaterialStatus {
  /// Whether the material is in the decision's `materials.required`: every material this
  /// application requires, each of which is in exactly one of `provided`, `missing`,
  /// `waived`, `exempt` and `committed` (but a rejected decision lists none as missing).
  @inlinable
  package var isRequired: Bool {
    switch self {
    case .provided, .exempt, .missing, .waived, .committed: true
    default: false
    }
  }

  /// The summary list the material is in, for a decision with this outcome: a rejected
  /// application is told neither what is missing nor what may be needed.
  @inlinable
  package func list(outcome: Outcome) -> MaterialList? {
    switch self {
    case .provided: .provided
    case .exempt: .exempt
    case .missing: outcome == .rejected ? nil : .missing
    case .waived: .waived
    case .committed: .committed
    case .undetermined, .error: outcome == .rejected ? nil : .undetermined
    case .notRequirement, .notInForce, .notRequired, .providedIfRequired, .exemptIfRequired: nil
    }
  }
}
