import YiciCalendar

/// What a decision on a bundle (一件事) has besides a service decision's fields.
public struct BundleParts: Sendable, Equatable {
  /// The bundle's id.
  public var bundle: String
  /// Each member's decision, in member order.
  public var members: [MemberDecision]
  /// Materials that a member's result stands for (结果互认): not asked of the applicant.
  public var produced: [ProducedMaterial]
  /// The bundle's dates, when it is accepted.
  public var deadlines: BundleDeadlines?
  /// Facts a member's result settles (`settles`): never asked. Not part of the JSON; the
  /// explanation names them.
  public var settled: [SettledAnswer] = []
}

/// A fact the result of a member settles.
public struct SettledAnswer: Sendable, Equatable {
  /// The fact's id.
  public var fact: String
  /// The member service whose result settles it.
  public var by: String
}

/// One member of a bundle decision.
public struct MemberDecision: Sendable, Equatable {
  /// The member service's id.
  public var service: String
  /// Whether the member is part of this application: nil while the facts that select it are
  /// not known.
  public var selected: Bool?
  /// The member's own decision, when it is selected.
  public var decision: Decision?
}

/// A material made within the bundle: a member's result that stands for it.
public struct ProducedMaterial: Sendable, Equatable {
  /// The material's id.
  public var id: String
  /// The member service whose result it is.
  public var by: String
  /// The member services that require it.
  public var to: [String]
}

/// The dates of an accepted bundle.
public struct BundleDeadlines: Sendable, Equatable {
  /// The day the bundle is accepted (at the window, for every member that runs in parallel).
  public var accepted: CivilDate
  /// The day the last member is done, its members run in parallel except where one waits for
  /// another's result, each by its own promised limit (nil when a date cannot be counted).
  public var criticalPath: CivilDate?
  /// The bundle's own promised date (its `promised` limit from acceptance).
  public var promised: CivilDate?
}
