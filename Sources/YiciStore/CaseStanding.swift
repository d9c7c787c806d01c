import Foundation
import Yici

/// Where a case stands on a day: its state, its clock (`CaseReport`, as `yici track` gives
/// it), its waived materials with their due dates and whether each is supplied or late, and
/// its events. The body of `GET /v1/cases/{id}` and a row of `yici track --data`.
public struct CaseStanding: Encodable, Sendable {
  /// `running`, `warning`, `due_today`, `overdue`, `paused`, or, once closed, `completed` or
  /// `withdrawn`.
  public var status: String
  /// The case id.
  public var caseID: String
  /// The decision it was opened from.
  public var decisionID: String
  /// The service.
  public var service: String
  /// The acceptance date.
  public var accepted: String
  /// The day reported on.
  public var today: String
  /// When it was opened, and by whom.
  public var openedAt: Date
  /// Who opened it.
  public var openedBy: String
  /// The clock (promised or statutory limit, warning, due dates, days used and paused, the
  /// pauses past their maximum); nil when it cannot be computed (`clockError` says why).
  public var clock: CaseReport?
  /// Why the clock cannot be computed.
  public var clockError: String?
  /// The waived materials (容缺) and where each stands.
  public var waived: [Supplement]
  /// The events, in order.
  public var events: [Event]

  /// A waived material: due when, supplied when, or late.
  public struct Supplement: Encodable, Sendable {
    /// The material id.
    public var id: String
    /// The day it is due by.
    public var due: String?
    /// The day it was supplied.
    public var supplied: String?
    /// Not supplied and past its due date (补交超期).
    public var overdue: Bool
  }

  /// An event as listed.
  public struct Event: Encodable, Sendable {
    var seq: Int
    var kind: String
    var day: String
    var subject: String?
    var note: String?
    var actor: String
    var recordedAt: Date

    enum CodingKeys: String, CodingKey {
      case seq, kind, day, subject, note, actor
      case recordedAt = "recorded_at"
    }
  }

  enum CodingKeys: String, CodingKey {
    case status
    case caseID = "case_id"
    case decisionID = "decision_id"
    case service, accepted, today
    case openedAt = "opened_at"
    case openedBy = "opened_by"
    case clock
    case clockError = "clock_error"
    case waived, events
  }

  /// The statuses a list may ask for.
  public static let statuses = ["running", "warning", "due_today", "overdue", "paused", "completed", "withdrawn"]
}

extension CaseBook {
  /// Where the case stands on `today`.
  public func standing(_ file: CaseFile, on today: CivilDate) -> CaseStanding {
    var clock: CaseReport?
    var clockError: String?
    if let accepted = CivilDate(iso: file.accepted) {
      let record = CaseRecord(
        id: file.id, service: file.service, accepted: accepted, immediate: file.immediate,
        pauses: Self.pauses(file), today: today)
      do throws(TrackingError) {
        clock = try ruleSet.track(record)
      } catch {
        clockError = error.description
      }
    } else {
      clockError = "the acceptance date '\(file.accepted)' is not a date"
    }
    let closing = file.events.last { $0.kind == .completed || $0.kind == .withdrawn }
    let status = closing?.kind.rawValue ?? clock?.state.rawValue ?? "running"
    let waived = file.waived.map { material in
      let supplied = file.events.first { $0.kind == .materialSupplied && $0.subject == material.id }?.day
      let late =
        supplied == nil && closing == nil && (material.due.flatMap(CivilDate.init(iso:)).map { $0 < today } ?? false)
      return CaseStanding.Supplement(id: material.id, due: material.due, supplied: supplied, overdue: late)
    }
    return CaseStanding(
      status: status, caseID: file.id, decisionID: file.decisionID, service: file.service, accepted: file.accepted,
      today: today.description, openedAt: file.openedAt, openedBy: file.openedBy, clock: clock,
      clockError: clockError, waived: waived,
      events: file.events.map {
        CaseStanding.Event(
          seq: $0.sequence, kind: $0.kind.rawValue, day: $0.day, subject: $0.subject.isEmpty ? nil : $0.subject,
          note: $0.note.isEmpty ? nil : $0.note, actor: $0.actor, recordedAt: $0.recordedAt)
      })
  }
}
