import YiciCalendar
import YiciSemantics

/// An application bound to one service's slots: what evaluation reads.
///
/// Building one is the only place ids are looked up; `Evaluator` then works on arrays.
/// Per material, what the applicant did with it is a small set of flags, so binding
/// allocates one array for materials rather than one per list.
package struct BoundApplication: Sendable {
  /// The application's own id, echoed in the decision.
  package var id: String?
  /// The date the application is decided on (it picks the rules in force).
  package var date: CivilDate
  /// Input fact values by slot; nil is unknown. Derived slots are ignored here.
  package var facts: [Value?]
  /// Per material slot: on the counter, supplied by the platform, replaced by a commitment.
  package var materials: [MaterialFlags]
  /// Conditions (by slot) whose 告知承诺 the applicant signs.
  package var committedConditions: [Bool]
  /// Things in the application that were ignored, said plainly (unknown material ids …).
  package var warnings: [String]

  /// What the application says about one material.
  package struct MaterialFlags: OptionSet, Sendable {
    /// The flags as bits.
    package let rawValue: UInt8
    /// Creates flags from their bits.
    package init(rawValue: UInt8) { self.rawValue = rawValue }
    /// On the counter.
    package static let provided = MaterialFlags(rawValue: 1)
    /// The shared-data platform can supply it.
    package static let shared = MaterialFlags(rawValue: 2)
    /// The applicant signs its 告知承诺.
    package static let committed = MaterialFlags(rawValue: 4)
  }

  /// An empty application for a service: every fact unknown, no materials.
  package init(for service: CompiledService, date: CivilDate, id: String? = nil) {
    self.id = id
    self.date = date
    self.facts = Array(repeating: nil, count: service.facts.count)
    self.materials = Array(repeating: [], count: service.materials.count)
    self.committedConditions = Array(repeating: false, count: service.conditions.count)
    self.warnings = []
  }

  /// An application bound to no service yet: a placeholder for memory to reuse.
  package init() {
    date = CivilDate(dayNumber: 0)
    facts = []
    materials = []
    committedConditions = []
    warnings = []
  }

  /// Makes this the empty application of `init(for:date:)` again (date aside), keeping
  /// its memory: decoding many applications in a row reuses one.
  package mutating func clear() {
    id = nil
    for slot in facts.indices {
      if case .some = facts[slot] { facts[slot] = nil }
    }
    let none = MaterialFlags(rawValue: 0)
    for slot in materials.indices { materials[slot] = none }
    for slot in committedConditions.indices { committedConditions[slot] = false }
    warnings.removeAll(keepingCapacity: true)
  }
}
