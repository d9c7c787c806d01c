// INVARIANT: daysUsed + daysPaused == the counted-unit days after acceptance through `asOf`
// (plus the acceptance day itself when it is counted).
/// Where a case stands on a given day: the output of `CaseClock.status(on:)`.
///
/// Every day count is in the unit of the limit (working or natural days).
public struct CaseStatus: Sendable, Hashable {
  /// The supervision state, most urgent first when several apply.
  public enum State: String, Sendable, Hashable, Codable, CaseIterable {
    /// Past the due date (超期).
    case overdue
    /// Today is the due date.
    case dueToday = "due_today"
    /// A pause covers today; the clock is stopped.
    case paused
    /// In the early-warning period (预警), before the due date.
    case warning
    /// Running normally.
    case running
  }

  /// The state on `asOf`: overdue, else due today, else paused, else warning, else running.
  public var state: State
  /// The day the status is for ("today").
  public var asOf: CivilDate
  /// The due date, pushed out by the days the pauses suspended.
  public var dueDate: CivilDate
  /// The due date had nothing been paused (the plain deadline of the limit).
  public var unpausedDueDate: CivilDate
  /// The first day of the warning period; nil if the clock has no warning point.
  public var warningDate: CivilDate?
  /// Days counted from acceptance through `asOf`, paused days excluded (may exceed the limit).
  public var daysUsed: Int
  /// Days still to be counted through the due date; 0 once it is reached.
  public var daysLeft: Int
  /// Days counted after the due date through `asOf`; 0 unless overdue.
  public var daysOverdue: Int
  /// Days after acceptance through `asOf` that pauses suspended.
  public var daysPaused: Int
  /// The pauses that lasted (or, if open, have lasted) longer than their maximum.
  public var overlongPauses: [PauseOverrun]
}

/// A pause that has lasted longer than its maximum.
public struct PauseOverrun: Sendable, Hashable, CustomStringConvertible {
  /// The pause.
  public var pause: CasePause
  /// Its length so far, counted in the unit of its maximum from its start, inclusive.
  public var length: Int
  /// The maximum it was allowed (`pause.maximum`).
  public var maximum: DayCount
  /// How far past the maximum it is: `length - maximum.value`, at least 1.
  public var excess: Int { length - maximum.value }

  /// E.g. "现场勘验 pause from 2025-03-03 lasted 12 working days, 2 more than its maximum of 10".
  public var description: String {
    "\(pause.kind) pause from \(pause.start) lasted \(DayCount(length, maximum.unit)), \(excess) more than"
      + " its maximum of \(maximum.value)"
  }
}
