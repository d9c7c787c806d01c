/// Why a case clock cannot report a status.
public enum CaseClockError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The working-day calendar cannot answer (a date outside its years, a negative count).
  case calendar(CalendarError)
  /// A closed pause ends before it starts.
  case pauseEndsBeforeItStarts(kind: String, start: CivilDate, end: CivilDate)
  /// A warning percentage outside 0...100.
  case warningPercentOutOfRange(Int)
  /// A warning a negative number of days before the deadline.
  case negativeWarningDays(Int)

  /// A lowercase message without a final period.
  public var description: String {
    switch self {
    case .calendar(let error):
      return error.description
    case .pauseEndsBeforeItStarts(let kind, let start, let end):
      return "the \(kind) pause ends (\(end)) before it starts (\(start))"
    case .warningPercentOutOfRange(let percent):
      return "a warning percentage must lie in 0...100 (got \(percent))"
    case .negativeWarningDays(let days):
      return "a warning cannot come a negative number of days before the deadline (got \(days))"
    }
  }
}
