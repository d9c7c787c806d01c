// A time limit as a number of days, and the deadline it gives.

/// The unit a time limit is counted in.
public enum DayUnit: String, Sendable, Hashable, Codable, CaseIterable {
  /// Working days (工作日): public holidays and ordinary weekends are not counted
  /// (行政许可法 art. 82).
  case workingDays = "working_days"
  /// Natural days (自然日): every calendar day counts.
  case naturalDays = "natural_days"
}

/// A number of days in a unit, e.g. 20 working days: a statutory or promised time limit, a
/// maximum pause, a supplement deadline.
public struct DayCount: Sendable, Hashable, Codable, CustomStringConvertible {
  /// The number of days, zero or more (0 means the same day: 即办).
  public var value: Int
  /// Working or natural days.
  public var unit: DayUnit

  /// Creates a day count.
  public init(_ value: Int, _ unit: DayUnit) {
    self.value = value
    self.unit = unit
  }

  /// `n` working days.
  public static func workingDays(_ n: Int) -> DayCount { DayCount(n, .workingDays) }

  /// `n` natural days.
  public static func naturalDays(_ n: Int) -> DayCount { DayCount(n, .naturalDays) }

  /// E.g. "20 working days", "1 natural day".
  public var description: String {
    let noun = unit == .workingDays ? "working day" : "natural day"
    return "\(value) \(noun)\(value == 1 ? "" : "s")"
  }

  /// In Chinese, e.g. "20个工作日", "30日".
  public var chinese: String {
    unit == .workingDays ? "\(value)个工作日" : "\(value)日"
  }

  /// The last day of a period of this length that starts with `start` (the acceptance date).
  ///
  /// Rules, in order:
  /// 1. Counting starts the day after `start`, unless `rules.countAcceptanceDay`, in which
  ///    case `start` itself is the first day counted (if it is a day of the unit).
  /// 2. Working days: the deadline is the `value`-th working day counted.
  ///    Natural days: the deadline is the `value`-th calendar day counted; if it is not a
  ///    working day and `rules.naturalDayDeadlineMovesToNextWorkingDay`, it moves to the next
  ///    working day (民法典 art. 203, 行政诉讼法 art. 102 / 民事诉讼法 art. 85).
  /// 3. A value of 0 gives `start` itself.
  ///
  /// - Throws: `CalendarError` for a negative value or a date outside the covered years.
  public func deadline(
    from start: CivilDate, in calendar: WorkingCalendar, rules: CountingRules = CountingRules()
  ) throws(CalendarError) -> CivilDate {
    guard value >= 0 else { throw .negativeDayCount(value) }
    guard value > 0 else {
      _ = try calendar.coveredRun(of: start)
      return start
    }
    switch unit {
    case .workingDays:
      let startIsCounted = try rules.countAcceptanceDay ? calendar.isWorkingDay(start) : false
      return try calendar.addingWorkingDays(startIsCounted ? value - 1 : value, to: start)
    case .naturalDays:
      let lastDay = try calendar.addingNaturalDays(
        rules.countAcceptanceDay ? value - 1 : value, to: start)
      guard rules.naturalDayDeadlineMovesToNextWorkingDay else { return lastDay }
      return try calendar.nextWorkingDay(onOrAfter: lastDay)
    }
  }
}
