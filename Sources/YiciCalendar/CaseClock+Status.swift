// Computing a case's status on a day; the rule is documented on `CaseClock`.

extension CaseClock {
  /// The case's status on `today`: state, due date, days used, left, overdue and paused, and
  /// the pauses that exceeded their maximum.
  ///
  /// A `today` before the acceptance date reports a running clock with nothing used.
  ///
  /// - Throws: `CaseClockError` for a closed pause ending before it starts, a warning point
  ///   out of range, a negative limit or maximum, or a date the calendar does not cover.
  public func status(on today: CivilDate) throws(CaseClockError) -> CaseStatus {
    try checkInputs()
    do throws(CalendarError) {
      return try computeStatus(on: today)
    } catch {
      throw .calendar(error)
    }
  }

  private func checkInputs() throws(CaseClockError) {
    guard limit.value >= 0 else { throw .calendar(.negativeDayCount(limit.value)) }
    for pause in pauses {
      if let end = pause.end, end < pause.start {
        throw .pauseEndsBeforeItStarts(kind: pause.kind, start: pause.start, end: end)
      }
      if let maximum = pause.maximum, maximum.value < 0 {
        throw .calendar(.negativeDayCount(maximum.value))
      }
    }
    switch warning {
    case .daysBeforeDeadline(let days) where days < 0: throw .negativeWarningDays(days)
    case .percentElapsed(let percent) where !(0...100).contains(percent):
      throw .warningPercentOutOfRange(percent)
    default: break
    }
  }

  private func computeStatus(on today: CivilDate) throws(CalendarError) -> CaseStatus {
    let suspended = suspendedIntervals(asOf: today)
    let counter = try CountedDays(
      calendar: calendar, acceptance: acceptance, unit: limit.unit, suspended: suspended,
      countsAcceptanceDay: rules.countAcceptanceDay)
    var dueDate = try counter.dateOfCountedDay(limit.value)
    if limit.unit == .naturalDays, limit.value > 0, rules.naturalDayDeadlineMovesToNextWorkingDay {
      dueDate = try calendar.nextWorkingDay(onOrAfter: dueDate)
    }
    let warningDate = try warning.map { (point) throws(CalendarError) in
      try counter.dateOfCountedDay(warningThreshold(point))
    }
    let used = try counter.countedDays(through: today)
    let countedThroughDue = try counter.countedDays(through: dueDate)
    let elapsed = try counter.elapsedDays(through: today)
    let isPaused = suspended.contains { $0.contains(today.dayNumber) }
    let state = Self.state(
      on: today, dueDate: dueDate, warningDate: warningDate, isPaused: isPaused)
    return CaseStatus(
      state: state, asOf: today, dueDate: dueDate,
      unpausedDueDate: try limit.deadline(from: acceptance, in: calendar, rules: rules),
      warningDate: warningDate, daysUsed: used,
      daysLeft: today <= dueDate ? countedThroughDue - used : 0,
      daysOverdue: today > dueDate ? used - countedThroughDue : 0,
      daysPaused: elapsed - used, overlongPauses: try overlongPauses(asOf: today))
  }

  /// The most urgent state that applies: overdue, due today, paused, warning, running.
  private static func state(
    on today: CivilDate, dueDate: CivilDate, warningDate: CivilDate?, isPaused: Bool
  ) -> CaseStatus.State {
    if today > dueDate { return .overdue }
    if today == dueDate { return .dueToday }
    if isPaused { return .paused }
    if let warningDate, today >= warningDate { return .warning }
    return .running
  }

  /// The number of counted days at which the warning starts.
  private func warningThreshold(_ point: WarningPoint) -> Int {
    switch point {
    case .daysBeforeDeadline(let days): limit.value - days
    case .percentElapsed(let percent):
      // ceil(value × percent / 100), split so that no product can overflow.
      limit.value / 100 * percent + (limit.value % 100 * percent + 99) / 100
    }
  }

  /// The pauses as day-number intervals (an open pause ends `today`), sorted and merged so
  /// that no two overlap or touch.
  private func suspendedIntervals(asOf today: CivilDate) -> [ClosedRange<Int>] {
    let intervals = pauses.compactMap { pause -> ClosedRange<Int>? in
      let end = pause.end ?? today
      return end < pause.start ? nil : pause.start.dayNumber...end.dayNumber
    }.sorted { $0.lowerBound < $1.lowerBound }
    var merged: [ClosedRange<Int>] = []
    for interval in intervals {
      if let last = merged.last, interval.lowerBound <= last.upperBound + 1 {
        merged[merged.count - 1] = last.lowerBound...max(last.upperBound, interval.upperBound)
      } else {
        merged.append(interval)
      }
    }
    return merged
  }

  /// The pauses whose length, counted in their maximum's unit, exceeds that maximum.
  private func overlongPauses(asOf today: CivilDate) throws(CalendarError) -> [PauseOverrun] {
    var overruns: [PauseOverrun] = []
    for pause in pauses {
      guard let maximum = pause.maximum else { continue }
      let end = pause.end ?? today
      guard end >= pause.start else { continue }
      let length = try calendar.count(maximum.unit, in: pause.start...end)
      if length > maximum.value {
        overruns.append(PauseOverrun(pause: pause, length: length, maximum: maximum))
      }
    }
    return overruns
  }
}
