import YiciSemantics

/// One service item's figures on one date, computed from its rule file.
public struct ServiceFigures: Sendable {
  /// The service's id.
  public var id: String
  /// 事项名称.
  public var name: LocalizedText
  /// The department that handles it.
  public var department: LocalizedText?
  /// 到办事现场次数, if the header declares it: the most any application needs, when they
  /// depend on the facts (`visits 0 when online`).
  public var visits: Int?
  /// The fewest visits an application needs, when the visits depend on the facts and some
  /// need fewer than `visits`; nil otherwise.
  public var fewestVisits: Int? = nil
  /// The materials an application brings, fewest and most.
  public var materials: MaterialRange
  /// 办理环节: the steps the item's guide declares; nil when it declares none.
  public var steps: Int?
  /// The time limits in force.
  public var limits: LimitFigures

  /// Creates the figures.
  public init(
    id: String, name: LocalizedText, department: LocalizedText?, visits: Int?, materials: MaterialRange,
    steps: Int?, limits: LimitFigures
  ) {
    self.id = id
    self.name = name
    self.department = department
    self.visits = visits
    self.materials = materials
    self.steps = steps
    self.limits = limits
  }

  /// Whether the item reaches 最多跑一次 (at most one visit) for every applicant: by the most
  /// visits when they depend on the facts; nil when it declares no visits.
  public var atMostOneVisit: Bool? { visits.map { $0 <= 1 } }
}
