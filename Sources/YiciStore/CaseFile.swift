import Foundation

/// A case under electronic supervision (电子监察): opened from an accepted decision on record,
/// then only ever added to by its events. Nothing in it is updated in place.
public struct CaseFile: Sendable, Equatable {
  /// The case id (a `DecisionID`-form UUID).
  public var id: String
  /// The decision it was opened from.
  public var decisionID: String
  /// The service.
  public var service: String
  /// The acceptance date (the decision's date), YYYY-MM-DD.
  public var accepted: String
  /// Whether it was handled as 即办件.
  public var immediate: Bool
  /// The waived materials (容缺) and the day each is due, from the decision.
  public var waived: [WaivedMaterial]
  /// When it was opened and by whom.
  public var openedAt: Date
  /// Who opened it.
  public var openedBy: String
  /// Its events, in order.
  public var events: [CaseEvent]

  /// A material accepted on a promise to supply it later.
  public struct WaivedMaterial: Codable, Sendable, Equatable {
    /// The material id.
    public var id: String
    /// The day it must be supplied by (YYYY-MM-DD), when the service sets one.
    public var due: String?

    /// Creates a waived material.
    public init(id: String, due: String?) {
      self.id = id
      self.due = due
    }
  }

  /// Creates a case.
  public init(
    id: String, decisionID: String, service: String, accepted: String, immediate: Bool, waived: [WaivedMaterial],
    openedAt: Date, openedBy: String, events: [CaseEvent] = []
  ) {
    self.id = id
    self.decisionID = decisionID
    self.service = service
    self.accepted = accepted
    self.immediate = immediate
    self.waived = waived
    self.openedAt = openedAt
    self.openedBy = openedBy
    self.events = events
  }
}

/// One thing that happened to a case, with its time and actor: appended, never changed.
public struct CaseEvent: Sendable, Equatable {
  /// What happened.
  public enum Kind: String, Sendable, CaseIterable, Codable {
    /// A period not counted began (现场勘验, 听证, 补正 …): `subject` names it.
    case pause
    /// The open pause of `subject` ended.
    case resume
    /// A waived material (`subject`) was supplied.
    case materialSupplied = "material_supplied"
    /// The case was decided and closed.
    case completed
    /// The applicant withdrew; the case is closed.
    case withdrawn
  }

  /// Its place in the case's events, from 1.
  public var sequence: Int
  /// When it was recorded.
  public var recordedAt: Date
  /// Who recorded it.
  public var actor: String
  /// What happened.
  public var kind: Kind
  /// The day it happened (YYYY-MM-DD): a pause's first day, a resume's last paused day.
  public var day: String
  /// The pause's period, or the material supplied; empty for the others.
  public var subject: String
  /// A free note.
  public var note: String

  /// Creates an event.
  public init(
    sequence: Int, recordedAt: Date, actor: String, kind: Kind, day: String, subject: String = "", note: String = ""
  ) {
    self.sequence = sequence
    self.recordedAt = recordedAt
    self.actor = actor
    self.kind = kind
    self.day = day
    self.subject = subject
    self.note = note
  }
}
