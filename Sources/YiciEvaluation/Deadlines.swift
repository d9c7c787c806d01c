import YiciCalendar
import YiciSemantics

/// The dates an accepted application is told: when it was accepted and when it will be
/// settled. Part of the decision's public JSON contract (`deadlines`, see the README).
public struct Deadlines: Codable, Sendable, Hashable {
  /// The acceptance date (受理日): the decision's date, or the next working day when that is
  /// a day off and the rule set moves receipts on days off (the default).
  public var accepted: CivilDate
  /// Whether the application is handled on the spot (即办件).
  public var immediate: Bool
  /// The promised completion date (承诺办结日期): the acceptance date when immediate; nil
  /// when the service promises no limit.
  public var promised: CivilDate?
  /// The statutory completion date (法定办结日期); nil when no statutory limit is declared.
  public var statutory: CivilDate?
  /// The first day of the early-warning period (预警) of the promised (else statutory)
  /// limit; nil when immediate or no warning is declared.
  public var warning: CivilDate?

  /// Creates deadlines.
  public init(
    accepted: CivilDate, immediate: Bool, promised: CivilDate?, statutory: CivilDate?, warning: CivilDate?
  ) {
    self.accepted = accepted
    self.immediate = immediate
    self.promised = promised
    self.statutory = statutory
    self.warning = warning
  }
}

extension CompiledTimeLimits {
  /// The deadlines of an application received on `received`.
  ///
  /// Each limit is counted from the acceptance date by `DayCount.deadline` with the block's
  /// counting rules; the warning date is the day on which the warning's share of the watched
  /// limit has been counted (as `CaseClock` counts it, with no pause). O(1): a few look-ups in
  /// the calendar's precomputed index.
  ///
  /// - Throws: `CalendarError` when a date falls in a year the calendar does not cover.
  public func deadlines(received: CivilDate, immediate: Bool) throws(CalendarError) -> Deadlines {
    let accepted = try calendar.acceptanceDate(received: received, rules: rules)
    let statutoryDate = try statutory?.deadline(from: accepted, in: calendar, rules: rules)
    guard !immediate else {
      return Deadlines(accepted: accepted, immediate: true, promised: accepted, statutory: statutoryDate, warning: nil)
    }
    let promisedDate = try promised?.deadline(from: accepted, in: calendar, rules: rules)
    var warningDate: CivilDate?
    if let warning, let watched {
      var exact = rules
      exact.naturalDayDeadlineMovesToNextWorkingDay = false
      warningDate = try DayCount(Self.warningThreshold(warning, of: watched), watched.unit)
        .deadline(from: accepted, in: calendar, rules: exact)
    }
    return Deadlines(
      accepted: accepted, immediate: false, promised: promisedDate, statutory: statutoryDate, warning: warningDate)
  }

  /// The date by which a waived material is due, counted from `accepted`; nil when no
  /// supplement period applies to it.
  ///
  /// - Throws: `CalendarError` when the date falls in a year the calendar does not cover.
  public func due(ofWaived material: String, accepted: CivilDate) throws(CalendarError) -> CivilDate? {
    try supplement(for: material)?.deadline(from: accepted, in: calendar, rules: rules)
  }

  /// The number of counted days at which the warning starts (as `CaseClock` computes it).
  static func warningThreshold(_ point: WarningPoint, of limit: DayCount) -> Int {
    switch point {
    case .daysBeforeDeadline(let days): max(0, limit.value - days)
    case .percentElapsed(let percent):
      limit.value / 100 * percent + (limit.value % 100 * percent + 99) / 100
    }
  }
}
