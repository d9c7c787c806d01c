import YiciCalendar
import YiciSemantics

/// A service guide (办事指南) as it is printed: the item's header, its conditions, its
/// materials, its steps, limits, fees, places and channels, all in force on one date.
///
/// Made from the checked rules alone (`Guide(service:date:)`), or for one applicant
/// (`Guide(service:date:scenario:)`, the 场景化 guide): then only the conditions and
/// materials that apply to that applicant are listed, and what still depends on an answer
/// is marked as such.
public struct Guide: Sendable {
  /// The service.
  public let service: CompiledService
  /// The date the rules in force are read on.
  public let date: CivilDate
  /// The conditions in force, with what the scenario says of each.
  public let conditions: [GuideCondition]
  /// The materials in force that apply, with what the scenario says of each.
  public let materials: [GuideMaterial]
  /// The time limits in force, if any.
  public let limits: CompiledTimeLimits?
  /// The scenario's answers and what is still to ask; nil for the general guide.
  public let scenario: GuideScenario?

  /// The guide fields (an empty guide when the service declares none).
  public var fields: ServiceGuide { service.guide ?? ServiceGuide() }

  /// The visits of some applications (`visits 0 when online`), each with the input facts
  /// whose answers decide it, in the order written; empty when the visits do not vary.
  public var visitCases: [(count: Int, dependsOn: [FactDefinition])] {
    service.header.conditionalVisits.map { line in
      (line.count, service.inputSlots(of: line.when).map { service.facts[$0] })
    }
  }

  /// The visits the guide states: this applicant's in a scenario where they depend on the
  /// answers, else the plain `visits` line.
  public var visits: Int? { scenario?.visits ?? service.header.visits }
}

/// One acceptance condition in a guide.
public struct GuideCondition: Sendable {
  /// The condition.
  public let condition: CompiledCondition
  /// What the scenario says of it (`.general` in the general guide).
  public let status: Status

  /// How a condition stands for the applicant.
  public enum Status: String, Sendable {
    /// The general guide: every applicant must meet it.
    case general
    /// The applicant's answers meet it.
    case met
    /// The applicant's answers do not meet it: the application would not be accepted.
    case notMet = "not_met"
    /// It depends on answers not given yet.
    case open
    /// The applicant's signed commitment (告知承诺) stands for its proof.
    case committed
  }
}

/// One material in a guide.
public struct GuideMaterial: Sendable {
  /// The material (the version in force).
  public let material: CompiledMaterial
  /// The alternatives any one of which satisfies it (`any(…)`).
  public let alternatives: [CompiledMaterial]
  /// Whether it is required, and when.
  public let status: Status
  /// The input facts whose answers decide whether it is required (its `when`), in order of
  /// first use; empty when it is always required.
  public let dependsOn: [FactDefinition]
  /// The materials on the counter (or their signed commitments) its `when` reads
  /// (`provided(lease_contract)`), in order of first use.
  public var dependsOnMaterials: [CompiledMaterial] = []
  /// The copies this applicant brings, when they are counted per a fact the scenario
  /// answers (`copies 1 per shareholders`); nil otherwise.
  public var counted: Int? = nil
  /// The fact the copies are counted per, when they are.
  public var copiesPer: FactDefinition? = nil
  /// Whether its 告知承诺 is not open to this applicant (a scenario whose `only if` is false).
  public var commitmentClosed = false

  /// Whether a material is required.
  public enum Status: String, Sendable {
    /// Always required (the general guide), or required for this applicant.
    case required
    /// The general guide: required only in some cases (its `when`).
    case conditional
    /// The scenario: whether it is required depends on answers not given yet.
    case open
    /// The scenario: supplied by the shared-data platform.
    case exempt
    /// The scenario: replaced by a signed commitment.
    case committed
  }
}

/// The applicant's side of a 场景化 guide.
public struct GuideScenario: Sendable {
  /// The answers given, by fact id, as the application says them.
  public let answers: [(fact: FactDefinition, value: String)]
  /// The questions whose answers would settle what is still open, most decisive first.
  public let questions: [(fact: String, text: String)]
  /// The copies of materials counted per a fact, for this applicant, by material id.
  public var copies: [String: Int] = [:]
  /// The materials whose 告知承诺 this applicant may not use (its `only if` is false): the
  /// guide does not offer it.
  public var closedCommitments: Set<String> = []
  /// The visits this applicant needs at most, when the service's depend on the facts
  /// (`visits 0 when online`); nil otherwise.
  public var visits: Int? = nil
}
