import YiciCalendar
import YiciInterchange
import YiciSemantics

/// Why a case cannot be tracked.
public enum TrackingError: Error, Sendable, Equatable, CustomStringConvertible {
  /// No service has the id.
  case unknownService(String)
  /// The service has no time limits in force on the acceptance date.
  case noTimeLimits(service: String, on: CivilDate)
  /// A pause names a period the service does not exclude from its limit.
  case unknownPauseKind(String, known: [String])
  /// The clock cannot be computed (a date the calendar does not cover, a pause ending
  /// before it starts).
  case clock(CaseClockError)

  /// A lowercase message without a final period.
  public var description: String {
    switch self {
    case .unknownService(let id): "no service '\(id)' in the rules"
    case .noTimeLimits(let service, let date): "service '\(service)' has no time limits in force on \(date)"
    case .unknownPauseKind(let kind, let known):
      "'\(kind)' is not a period the service leaves out of its limit"
        + (known.isEmpty ? " (it declares none)" : " (it declares: \(known.joined(separator: ", ")))")
    case .clock(let error): error.description
    }
  }
}

extension RuleSet {
  /// The status of a case on `record.today`: the watched limit (promised, else statutory;
  /// 0 days when immediate) counted from acceptance on the service's calendar, suspended by
  /// the pauses, with its warning point; the statutory due date with the same pauses; and the
  /// pauses longer than the maximum the service declares for their kind.
  public func track(_ record: CaseRecord) throws(TrackingError) -> CaseReport {
    guard let service = compiled.service(record.service) else { throw .unknownService(record.service) }
    guard let limits = service.timeLimits(on: record.accepted) else {
      throw .noTimeLimits(service: record.service, on: record.accepted)
    }
    var pauses: [CasePause] = []
    for pause in record.pauses {
      guard let kind = limits.pauseKind(pause.kind) else {
        throw .unknownPauseKind(pause.kind, known: limits.notCounted.map(\.id))
      }
      pauses.append(CasePause(kind: pause.kind, start: pause.start, end: pause.end, maximum: kind.maximum))
    }
    let immediate = record.immediate ?? false
    let watched = immediate ? "immediate" : (limits.promised != nil ? "promised" : "statutory")
    let limit = immediate ? DayCount(0, limits.watched?.unit ?? .workingDays) : limits.watched ?? .workingDays(0)
    do throws(CaseClockError) {
      let accepted: CivilDate
      do throws(CalendarError) {
        accepted = try limits.calendar.acceptanceDate(received: record.accepted, rules: limits.rules)
      } catch {
        throw .calendar(error)
      }
      let clock = CaseClock(
        calendar: limits.calendar, acceptance: accepted, limit: limit, warning: immediate ? nil : limits.warning,
        pauses: pauses, rules: limits.rules)
      let status = try clock.status(on: record.today)
      var statutoryDue: CivilDate?
      if let statutory = limits.statutory {
        var statutoryClock = clock
        statutoryClock.limit = statutory
        statutoryClock.warning = nil
        statutoryDue = try statutoryClock.status(on: record.today).dueDate
      }
      return CaseReport(
        id: record.id, service: record.service, today: record.today, state: status.state, accepted: accepted,
        watched: watched, limit: limit, due: status.dueDate, unpausedDue: status.unpausedDueDate,
        warning: status.warningDate, daysUsed: status.daysUsed, daysLeft: status.daysLeft,
        daysOverdue: status.daysOverdue, daysPaused: status.daysPaused, statutoryDue: statutoryDue,
        overlongPauses: status.overlongPauses.map {
          CaseReport.Overrun(
            kind: $0.pause.kind, start: $0.pause.start, end: $0.pause.end, length: $0.length, maximum: $0.maximum,
            excess: $0.excess)
        })
    } catch {
      throw .clock(error)
    }
  }
}
