import YiciCalendar
import YiciSemantics

/// An application bound to one service's slots: what evaluation reads.
///
/// Building one is the only place ids are looked up; `Evaluator` then works on arrays.
public struct BoundApplication: Sendable {
  /// The application's own id, echoed in the decision.
  public var id: String?
  /// The date the application is decided on (it picks the rules in force).
  public var date: CivilDate
  /// Input fact values by slot; nil is unknown. Derived slots are ignored here.
  public var facts: [Value?]
  /// Whether each material (by slot) is on the counter.
  public var provided: [Bool]
  /// Whether the shared-data platform can supply each material (by slot).
  public var shared: [Bool]
  /// Conditions (by slot) whose 告知承诺 the applicant signs.
  public var committedConditions: [Bool]
  /// Materials (by slot) whose 告知承诺 the applicant signs.
  public var committedMaterials: [Bool]
  /// Things in the application that were ignored, said plainly (unknown material ids …).
  public var warnings: [String]

  /// An empty application for a service: every fact unknown, no materials.
  public init(for service: CompiledService, date: CivilDate, id: String? = nil) {
    self.id = id
    self.date = date
    self.facts = Array(repeating: nil, count: service.facts.count)
    self.provided = Array(repeating: false, count: service.materials.count)
    self.shared = provided
    self.committedConditions = Array(repeating: false, count: service.conditions.count)
    self.committedMaterials = provided
    self.warnings = []
  }
}
