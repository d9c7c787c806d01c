import YiciCalendar
import YiciInterchange

/// Where a case stands on a day: the output of `RuleSet.track(_:)` and `yici track`.
///
/// Day counts are in the unit of the limit watched (the promised one, else the statutory one).
public struct CaseReport: Codable, Sendable, Equatable {
  /// The case's reference.
  public var id: String?
  /// The service id.
  public var service: String
  /// The day reported on.
  public var today: CivilDate
  /// `running`, `paused`, `warning` (预警), `due_today` or `overdue` (超时).
  public var state: CaseStatus.State
  /// The acceptance date the clock counts from.
  public var accepted: CivilDate
  /// Which limit is watched: `promised`, `statutory`, or `immediate` (即办: due on acceptance).
  public var watched: String
  /// The watched limit.
  public var limit: DayCount
  /// The date the case falls due, moved out by the pauses.
  public var due: CivilDate
  /// The due date had nothing been paused.
  public var unpausedDue: CivilDate
  /// The first day of the warning period, when the service sets one.
  public var warning: CivilDate?
  /// Days counted so far (paused days excluded).
  public var daysUsed: Int
  /// Days left before the due date.
  public var daysLeft: Int
  /// Days counted past the due date.
  public var daysOverdue: Int
  /// Days the pauses suspended so far.
  public var daysPaused: Int
  /// The statutory due date with the same pauses, when the service has a statutory limit.
  public var statutoryDue: CivilDate?
  /// The pauses that lasted longer than their maximum.
  public var overlongPauses: [Overrun]

  /// A pause that lasted longer than the service allows.
  public struct Overrun: Codable, Sendable, Equatable {
    /// The period's id.
    public var kind: String
    /// Its first day.
    public var start: CivilDate
    /// Its last day; absent while it goes on.
    public var end: CivilDate?
    /// Its length so far, in the maximum's unit.
    public var length: Int
    /// The most it may last.
    public var maximum: DayCount
    /// How far past the maximum it is.
    public var excess: Int
  }

  enum CodingKeys: String, CodingKey {
    case id, service, today, state, accepted, watched, limit, due
    case unpausedDue = "unpaused_due"
    case warning
    case daysUsed = "days_used"
    case daysLeft = "days_left"
    case daysOverdue = "days_overdue"
    case daysPaused = "days_paused"
    case statutoryDue = "statutory_due"
    case overlongPauses = "overlong_pauses"
  }
}
