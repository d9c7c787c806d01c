// The counting questions the law leaves to the rule set, settled explicitly.

/// How a rule set counts time limits where the law leaves a choice.
///
/// Every setting has a documented default, so a rule set that says nothing still counts the
/// same way every time.
public struct CountingRules: Sendable, Hashable, Codable {
  /// Whether the day of acceptance counts as the first day of a limit.
  ///
  /// Default `false`: counting starts the next day (民法典 art. 201 and court practice), so
  /// accepted Monday 2025-01-27 + 5 working days is 2025-02-10.
  public var countAcceptanceDay: Bool
  /// Whether an application received on a non-working day (e.g. online on a Sunday) counts as
  /// received on the next working day.
  ///
  /// Default `true`.
  public var nonWorkingDayReceiptMovesToNextWorkingDay: Bool
  /// Whether a period in natural days whose last day is not a working day ends on the next
  /// working day instead.
  ///
  /// Default `true`: 民法典 art. 203 (期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的
  /// 最后一日), likewise 行政诉讼法 art. 102.
  public var naturalDayDeadlineMovesToNextWorkingDay: Bool

  /// Creates counting rules; every setting left out takes its default.
  public init(
    countAcceptanceDay: Bool = false,
    nonWorkingDayReceiptMovesToNextWorkingDay: Bool = true,
    naturalDayDeadlineMovesToNextWorkingDay: Bool = true
  ) {
    self.countAcceptanceDay = countAcceptanceDay
    self.nonWorkingDayReceiptMovesToNextWorkingDay = nonWorkingDayReceiptMovesToNextWorkingDay
    self.naturalDayDeadlineMovesToNextWorkingDay = naturalDayDeadlineMovesToNextWorkingDay
  }

  /// The JSON keys (snake_case, as in the rest of Yici's interchange).
  enum CodingKeys: String, CodingKey {
    case countAcceptanceDay = "count_acceptance_day"
    case nonWorkingDayReceiptMovesToNextWorkingDay =
      "non_working_day_receipt_moves_to_next_working_day"
    case naturalDayDeadlineMovesToNextWorkingDay = "natural_day_deadline_moves_to_next_working_day"
  }

  /// Decodes the settings; a key that is absent takes its default.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let defaults = CountingRules()
    countAcceptanceDay =
      try container.decodeIfPresent(Bool.self, forKey: .countAcceptanceDay)
      ?? defaults.countAcceptanceDay
    nonWorkingDayReceiptMovesToNextWorkingDay =
      try container.decodeIfPresent(Bool.self, forKey: .nonWorkingDayReceiptMovesToNextWorkingDay)
      ?? defaults.nonWorkingDayReceiptMovesToNextWorkingDay
    naturalDayDeadlineMovesToNextWorkingDay =
      try container.decodeIfPresent(Bool.self, forKey: .naturalDayDeadlineMovesToNextWorkingDay)
      ?? defaults.naturalDayDeadlineMovesToNextWorkingDay
  }
}

extension WorkingCalendar {
  /// The date an application received on `received` counts as accepted.
  ///
  /// `received` itself, unless it is not a working day and
  /// `rules.nonWorkingDayReceiptMovesToNextWorkingDay`: then the next working day.
  ///
  /// - Throws: `CalendarError.yearNotCovered` if the date is in an uncovered year (whatever
  ///   the rules), or no working day follows it within the covered years.
  public func acceptanceDate(received: CivilDate, rules: CountingRules) throws(CalendarError)
    -> CivilDate
  {
    guard rules.nonWorkingDayReceiptMovesToNextWorkingDay else {
      _ = try coveredRun(of: received)
      return received
    }
    return try nextWorkingDay(onOrAfter: received)
  }
}
