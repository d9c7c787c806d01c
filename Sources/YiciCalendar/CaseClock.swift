// The clock of one case for electronic supervision (电子监察): a time limit running from
// acceptance, suspended by pauses, with an early-warning point.

/// When a case enters its early-warning period (预警).
public enum WarningPoint: Sendable, Hashable {
  /// When at most this many days of the limit are left (in the limit's unit).
  case daysBeforeDeadline(Int)
  /// When at least this percentage of the limit has been used, rounded up to whole days
  /// (80% of 20 days: from the 16th day counted).
  case percentElapsed(Int)
}

/// A period not counted in the time limit (不计入时限): 补正, 现场勘验, 专家评审, 检验检测, 听证 …
///
/// The pause covers `start` through `end`, both included; while `end` is nil it is still
/// running and covers `start` through today.
public struct CasePause: Sendable, Hashable {
  /// What the pause is for, e.g. "现场勘验".
  public var kind: String
  /// The first day not counted.
  public var start: CivilDate
  /// The last day not counted; nil while the pause goes on.
  public var end: CivilDate?
  /// The most the pause may last, counted from `start` inclusive; nil if no maximum.
  public var maximum: DayCount?

  /// Creates a pause.
  public init(kind: String, start: CivilDate, end: CivilDate? = nil, maximum: DayCount? = nil) {
    self.kind = kind
    self.start = start
    self.end = end
    self.maximum = maximum
  }
}

/// The time-limit clock of one accepted case.
///
/// The rule (precise, in the limit's unit, "counted day" meaning a working day for a
/// working-day limit and any day for a natural-day limit):
/// - Counting starts the day after `acceptance` (or on it if `rules.countAcceptanceDay`).
/// - A day inside a pause is not counted: the clock is suspended. Overlapping pauses suspend a
///   day once. A pause is not cut short at its maximum: an over-long pause still suspends the
///   clock for its whole length and is reported in `CaseStatus.overlongPauses`.
/// - The due date is the day on which the counted days reach `limit.value`, so it moves out by
///   exactly the counted days that pauses suspended before it. An open pause is taken to end
///   today, so while it lasts the due date moves out day by day. For a natural-day limit the
///   due date then moves to the next working day if `rules.naturalDayDeadlineMovesToNextWorkingDay`.
/// - With a limit of 0 (即办件) the case is due on the acceptance day.
public struct CaseClock: Sendable {
  /// The calendar working days are counted on.
  public var calendar: WorkingCalendar
  /// The acceptance date (受理日), already adjusted by `WorkingCalendar.acceptanceDate`.
  public var acceptance: CivilDate
  /// The time limit, e.g. 20 working days.
  public var limit: DayCount
  /// When the early warning starts; nil for none.
  public var warning: WarningPoint?
  /// The pauses recorded on the case, in any order.
  public var pauses: [CasePause]
  /// The rule set's counting settings.
  public var rules: CountingRules

  /// Creates the clock of a case.
  public init(
    calendar: WorkingCalendar, acceptance: CivilDate, limit: DayCount, warning: WarningPoint? = nil,
    pauses: [CasePause] = [], rules: CountingRules = CountingRules()
  ) {
    self.calendar = calendar
    self.acceptance = acceptance
    self.limit = limit
    self.warning = warning
    self.pauses = pauses
    self.rules = rules
  }
}
