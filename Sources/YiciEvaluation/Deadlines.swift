import YiciCalendar
import YiciSemantics

/// The dates an accepted application is told: when it was accepted and when it will be
/// settled. Part of the decision's public JSON contract (`deadlines`, see the README).
///
/// The outcome never waits for the calendar: a date that cannot be counted (its year is not
/// in the calendar yet) is left out and named in `undated`, and a date counted across a
/// provisional year (暂定) is given and named in `provisional`.
public struct Deadlines: Codable, Sendable, Hashable {
  /// The acceptance date (受理日): the decision's date, or the next working day when that is
  /// a day off and the rule set moves receipts on days off (the default). When even that
  /// cannot be dated it is the decision's date, and `undated` names it.
  public var accepted: CivilDate
  /// Whether the application is handled on the spot (即办件).
  public var immediate: Bool
  /// The promised completion date (承诺办结日期): the acceptance date when immediate; nil
  /// when the service promises no limit, or when it cannot be dated (see `undated`).
  public var promised: CivilDate?
  /// The statutory completion date (法定办结日期); nil when no statutory limit is declared or it
  /// cannot be dated.
  public var statutory: CivilDate?
  /// The first day of the early-warning period (预警) of the promised (else statutory)
  /// limit; nil when immediate, when no warning is declared, or when it cannot be dated.
  public var warning: CivilDate?
  /// The dates counted across a provisional year of the calendar: they may move when the
  /// year's holiday notice is known.
  public var provisional: [DateNote]
  /// The dates that cannot be given yet: the calendar does not cover the year they run into.
  public var undated: [DateNote]

  /// Which date a note is about, and the year that makes it provisional or undatable.
  public struct DateNote: Codable, Sendable, Hashable {
    /// `accepted`, `promised`, `statutory`, `warning`, or `due` (a waived material's).
    public var field: String
    /// The waived material, for `due`.
    public var material: String?
    /// The provisional year counted across, or the first year the calendar lacks.
    public var year: Int

    /// Creates a note.
    public init(field: String, material: String? = nil, year: Int) {
      self.field = field
      self.material = material
      self.year = year
    }
  }

  /// Creates deadlines.
  public init(
    accepted: CivilDate, immediate: Bool, promised: CivilDate?, statutory: CivilDate?, warning: CivilDate?,
    provisional: [DateNote] = [], undated: [DateNote] = []
  ) {
    self.accepted = accepted
    self.immediate = immediate
    self.promised = promised
    self.statutory = statutory
    self.warning = warning
    self.provisional = provisional
    self.undated = undated
  }

  private enum CodingKeys: String, CodingKey {
    case accepted, immediate, promised, statutory, warning, provisional, undated
  }

  /// Reads deadlines as written: absent dates and empty lists left out.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    accepted = try container.decode(CivilDate.self, forKey: .accepted)
    immediate = try container.decode(Bool.self, forKey: .immediate)
    promised = try container.decodeIfPresent(CivilDate.self, forKey: .promised)
    statutory = try container.decodeIfPresent(CivilDate.self, forKey: .statutory)
    warning = try container.decodeIfPresent(CivilDate.self, forKey: .warning)
    provisional = try container.decodeIfPresent([DateNote].self, forKey: .provisional) ?? []
    undated = try container.decodeIfPresent([DateNote].self, forKey: .undated) ?? []
  }

  /// Writes deadlines in the documented order, absent dates and empty lists left out.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(accepted, forKey: .accepted)
    try container.encode(immediate, forKey: .immediate)
    try container.encodeIfPresent(promised, forKey: .promised)
    try container.encodeIfPresent(statutory, forKey: .statutory)
    try container.encodeIfPresent(warning, forKey: .warning)
    if !provisional.isEmpty { try container.encode(provisional, forKey: .provisional) }
    if !undated.isEmpty { try container.encode(undated, forKey: .undated) }
  }

  /// The note on a date, if it has one: provisional (`undated == false`) or undatable.
  public func note(_ field: String, material: String? = nil) -> (year: Int, undated: Bool)? {
    if let note = undated.first(where: { $0.field == field && $0.material == material }) { return (note.year, true) }
    if let note = provisional.first(where: { $0.field == field && $0.material == material }) {
      return (note.year, false)
    }
    return nil
  }

  /// Counts one date, noting it when it runs across a provisional year or into a year the
  /// calendar lacks (then nil).
  mutating func count(
    _ field: String, material: String? = nil, from start: CivilDate, in calendar: WorkingCalendar,
    _ compute: () throws(CalendarError) -> CivilDate?
  ) -> CivilDate? {
    do {
      guard let date = try compute() else { return nil }
      if let year = calendar.provisionalYear(between: start, and: date) {
        provisional.append(DateNote(field: field, material: material, year: year))
      }
      return date
    } catch {
      let year = if case .yearNotCovered(let year, _) = error { year } else { start.year }
      undated.append(DateNote(field: field, material: material, year: year))
      return nil
    }
  }
}

extension CompiledTimeLimits {
  /// The deadlines of an application received on `received`.
  ///
  /// Each limit is counted from the acceptance date by `DayCount.deadline` with the block's
  /// counting rules; the warning date is the day on which the warning's share of the watched
  /// limit has been counted (as `CaseClock` counts it, with no pause). O(1): a few look-ups in
  /// the calendar's precomputed index. Never fails: a date the calendar cannot count is left
  /// out and noted (`Deadlines.undated`).
  package func deadlines(received: CivilDate, immediate: Bool) -> Deadlines {
    var deadlines = Deadlines(accepted: received, immediate: immediate, promised: nil, statutory: nil, warning: nil)
    // When even the acceptance date cannot be counted, each limit is counted from the date
    // received: it fails on the same missing year and is noted undated in its turn.
    let accepted =
      deadlines.count("accepted", from: received, in: calendar) { () throws(CalendarError) in
        try calendar.acceptanceDate(received: received, rules: rules)
      } ?? received
    deadlines.accepted = accepted
    deadlines.statutory = deadlines.count("statutory", from: accepted, in: calendar) { () throws(CalendarError) in
      try statutory?.deadline(from: accepted, in: calendar, rules: rules)
    }
    // 即办: settled on the acceptance date, which is then the promised date too.
    let settled = immediate ? DayCount(0, .workingDays) : promised
    deadlines.promised = deadlines.count("promised", from: accepted, in: calendar) { () throws(CalendarError) in
      try settled?.deadline(from: accepted, in: calendar, rules: rules)
    }
    guard !immediate else { return deadlines }
    if let warning, let watched {
      var exact = rules
      exact.naturalDayDeadlineMovesToNextWorkingDay = false
      deadlines.warning = deadlines.count("warning", from: accepted, in: calendar) { () throws(CalendarError) in
        try DayCount(Self.warningThreshold(warning, of: watched), watched.unit)
          .deadline(from: accepted, in: calendar, rules: exact)
      }
    }
    return deadlines
  }

  /// The date by which a waived material is due, counted from the acceptance date; nil when
  /// no supplement period applies to it, or when it cannot be dated (then noted in
  /// `deadlines.undated`).
  package func due(ofWaived material: String, in deadlines: inout Deadlines) -> CivilDate? {
    let accepted = deadlines.accepted
    return deadlines.count("due", material: material, from: accepted, in: calendar) { () throws(CalendarError) in
      try supplement(for: material)?.deadline(from: accepted, in: calendar, rules: rules)
    }
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
