import YiciCalendar
import YiciEvaluation
import YiciSemantics

/// The handling lines of an accepted decision, dated when the decision has deadlines.
extension Rendering {
  /// The deadlines as dates (即办, or the promised and statutory dates with their limits), then
  /// the visits; without deadlines, the plain 即办件 / 承诺件 line (`handlingLines`).
  ///
  /// `forNotice` adds the statutory limit's legal basis and the periods not counted.
  func timeLines(forNotice: Bool = false) -> [String] {
    guard let deadlines = decision.deadlines, let limits = service.timeLimits(on: decision.date) else {
      return handlingLines
    }
    var lines: [String] = []
    // An acceptance date the calendar cannot count is said among the undated ones only.
    let acceptedUndated = deadlines.undated.contains { $0.field == "accepted" }
    if acceptedUndated {
    } else if deadlines.accepted != decision.date {
      lines.append(phrases.receivedOnDayOff(decision.date, accepted: deadlines.accepted))
    } else if !deadlines.immediate {
      lines.append(phrases.acceptedOn(deadlines.accepted))
    }
    if deadlines.immediate {
      if !acceptedUndated { lines.append(phrases.immediateOn(deadlines.accepted)) }
    } else if let date = deadlines.promised, let limit = limits.promised {
      lines.append(phrases.promisedBy(date, limit: limit))
    }
    if !deadlines.immediate, let date = deadlines.statutory, let limit = limits.statutory {
      lines.append(phrases.statutoryBy(date, limit: limit))
      if forNotice, let basis = limits.statutoryBasis {
        lines.append("   " + phrases.basis(basis.text(english: english)))
      }
    }
    lines += calendarNotes(deadlines)
    if forNotice, !deadlines.immediate, !limits.notCounted.isEmpty {
      lines.append(
        phrases.notCounted(
          limits.notCounted.map { phrases.periodWithMaximum($0.label?.text(english: english) ?? $0.id, $0.maximum) }))
    }
    return lines + visitsLines
  }

  /// What the applicant must know of dates the calendar cannot give yet, or gives only
  /// provisionally: one line per year.
  func calendarNotes(_ deadlines: Deadlines) -> [String] {
    var lines: [String] = []
    for year in Set(deadlines.undated.map(\.year)).sorted() {
      lines.append(phrases.undatedDates(deadlines.undated.filter { $0.year == year }.map(\.field), year: year))
    }
    for year in Set(deadlines.provisional.map(\.year)).sorted() {
      lines.append(phrases.provisionalDates(year))
    }
    return lines
  }
}
