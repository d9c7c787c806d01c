// Listing the days a count skipped, for explanations such as `yici deadline` output.

extension WorkingCalendar {
  /// The days between `start` (exclusive) and `end` (inclusive) that are not ordinary working
  /// days, in date order: each weekend day and holiday day skipped, and each make-up working
  /// day crossed (counted although it is a Saturday or Sunday). Empty if `end <= start`.
  ///
  /// Walks the days, so it costs one step per day of the interval.
  ///
  /// - Throws: `CalendarError.yearNotCovered` if either date is in an uncovered year, or an
  ///   uncovered year lies between them.
  public func skippedDays(after start: CivilDate, through end: CivilDate) throws(CalendarError)
    -> [DayExplanation]
  {
    let run = try coveredRun(of: start)
    _ = try coveredRun(of: end)
    guard end > start else { return [] }
    guard run.days.contains(end.dayNumber) else { throw notCovered(run.years.upperBound + 1) }
    var explanations: [DayExplanation] = []
    for dayNumber in (start.dayNumber + 1)...end.dayNumber {
      let date = CivilDate(dayNumber: dayNumber)
      let kind = knownDayKind(date)
      if kind != .workday {
        explanations.append(DayExplanation(date: date, kind: kind))
      }
    }
    return explanations
  }

  /// A one-line summary of the covered years and special days, e.g. for `yici calendar`.
  ///
  /// E.g. "national: 2024–2026, holiday days off: 61, make-up working days: 19".
  public var summary: String {
    var daysOff = 0
    var makeUpWorkdays = 0
    for kind in specialDays.values {
      if case .makeUpWorkday = kind { makeUpWorkdays += 1 } else { daysOff += 1 }
    }
    return "\(name): \(CalendarError.describeYears(coveredYears)), holiday days off: \(daysOff),"
      + " make-up working days: \(makeUpWorkdays)"
  }
}
