/// What kind of day a date is in a working-day calendar.
public enum DayKind: Sendable, Hashable, CustomStringConvertible {
  /// An ordinary Monday–Friday working day.
  case workday
  /// An ordinary Saturday or Sunday off.
  case weekend
  /// A day off of a holiday (which may fall on a weekend).
  case holiday(name: String)
  /// A Saturday or Sunday that is a working day (调休上班), for the named holiday if known.
  case makeUpWorkday(holidayName: String?)

  /// Whether work is done on this day (a workday or a make-up working day).
  public var isWorkingDay: Bool {
    switch self {
    case .workday, .makeUpWorkday: true
    case .weekend, .holiday: false
    }
  }

  /// A short English phrase, e.g. "holiday 春节", "make-up working day for 春节".
  public var description: String {
    switch self {
    case .workday: "working day"
    case .weekend: "weekend"
    case .holiday(let name): "holiday \(name)"
    case .makeUpWorkday(let name?): "make-up working day for \(name)"
    case .makeUpWorkday(nil): "make-up working day"
    }
  }
}

/// One day in an explanation of a count: the date and why it counts or not.
///
/// `WorkingCalendar.skippedDays(after:through:)` lists these for `yici deadline` output.
public struct DayExplanation: Sendable, Hashable, CustomStringConvertible {
  /// The day explained.
  public var date: CivilDate
  /// What kind of day it is: weekend or holiday (skipped), or make-up working day (counted).
  public var kind: DayKind

  /// Creates an explanation of one day.
  public init(date: CivilDate, kind: DayKind) {
    self.date = date
    self.kind = kind
  }

  /// Whether the day is counted as a working day.
  public var isWorkingDay: Bool { kind.isWorkingDay }

  /// E.g. "2025-10-04 Saturday: holiday 国庆节、中秋节".
  public var description: String {
    "\(date) \(date.weekday): \(kind)"
  }
}
