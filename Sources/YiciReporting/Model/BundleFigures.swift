import YiciCalendar
import YiciSemantics

/// One bundle's (一件事) figures on one date: what the applicant would bring, fill in, visit
/// and wait for if its members were handled one by one, against the bundle.
public struct BundleFigures: Sendable {
  /// The bundle's id.
  public var id: String
  /// 一件事名称.
  public var name: LocalizedText
  /// The members in force on the date, in the order written.
  public var members: [Member]
  /// Members the bundle names that are not in force on the date (left out of every sum).
  public var membersNotInForce: [String]
  /// Materials summed over the members, merged, and to submit.
  public var materials: Materials
  /// Form fields (input facts) summed over the members and merged.
  public var facts: Facts
  /// Visits summed over the members and the bundle's own.
  public var visits: Visits
  /// Time: the statutory limits summed, the critical path of the promises, the bundle's promise.
  public var days: Days

  /// Creates the figures.
  public init(
    id: String, name: LocalizedText, members: [Member], membersNotInForce: [String], materials: Materials,
    facts: Facts, visits: Visits, days: Days
  ) {
    self.id = id
    self.name = name
    self.members = members
    self.membersNotInForce = membersNotInForce
    self.materials = materials
    self.facts = facts
    self.visits = visits
    self.days = days
  }

  /// A member of the bundle.
  public struct Member: Sendable, Hashable {
    /// The member service's id.
    public var id: String
    /// Its name.
    public var name: LocalizedText
    /// Whether it is handled only for some applications (a `when` or a situation).
    public var optional: Bool
    /// The members whose results it waits for, by id.
    public var after: [String]
  }

  /// Materials, counted by id (a shared vocabulary's material is one material).
  public struct Materials: Sendable, Hashable {
    /// Each member's declared requirements, added up: what separate guides list.
    public var summed: Int
    /// The distinct materials among them: one set of materials (一套材料).
    public var merged: Int
    /// Of the merged, those some member still needs from the applicant: neither supplied by
    /// the shared platform or licence library (for every member that requires it) nor made by
    /// another member (a result, 结果互认).
    public var toSubmit: Int
    /// Merged materials the platform or the licence library supplies.
    public var exempt: Int
    /// Merged materials a member's result stands for.
    public var produced: Int
  }

  /// Form fields: the facts an applicant is asked.
  public struct Facts: Sendable, Hashable {
    /// Each member's input facts, added up.
    public var summed: Int
    /// The bundle's form: every input fact once (一表申请), the bundle's own included, less
    /// those an in-bundle result settles.
    public var merged: Int
    /// The form's facts an in-bundle result settles (`settles`/`确定`): never asked.
    public var settled: Int
  }

  /// Visits to a window.
  public struct Visits: Sendable, Hashable {
    /// The members' declared visits, added up.
    public var summed: Int
    /// The bundle's declared visits, if any.
    public var bundle: Int?
    /// Members that declare no visits (left out of the sum).
    public var undeclared: [String]
  }

  /// Time limits.
  public struct Days: Sendable, Hashable {
    /// The members' statutory limits added up (those that declare one).
    public var statutorySum: DayCount?
    /// Members without a statutory limit (left out of the sum).
    public var statutoryUndeclared: [String]
    /// The longest chain of members' promised lengths (0 for 即办, else the promised limit,
    /// else the statutory one), members without a result between them running in parallel.
    public var criticalPath: DayCount?
    /// The members on that chain, in order.
    public var criticalMembers: [String]
    /// The bundle's own promised limit.
    public var promised: DayCount?
  }
}
