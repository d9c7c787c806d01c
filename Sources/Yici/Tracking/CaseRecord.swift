import YiciCalendar
import YiciInterchange

/// A case under electronic supervision (电子监察): what `yici track CASE.json` reads.
///
/// ```json
/// {"id": "fbl-2025-0042", "service": "food_business_license_catering",
///  "accepted": "2025-09-29", "today": "2025-10-10",
///  "pauses": [{"kind": "听证", "start": "2025-10-09", "end": "2025-10-15"}]}
/// ```
public struct CaseRecord: Codable, Sendable, Equatable {
  /// The case's reference, echoed in the report.
  public var id: String?
  /// The service id.
  public var service: String
  /// The acceptance date (a day off counts as the next working day, as in decisions).
  public var accepted: CivilDate
  /// Whether the case was handled as 即办件 (the decision's `deadlines.immediate`).
  public var immediate: Bool?
  /// The periods not counted in the limit taken so far, in any order.
  public var pauses: [Pause]
  /// The day the status is for.
  public var today: CivilDate

  /// One pause: a period not counted (不计入时限) the service declares.
  public struct Pause: Codable, Sendable, Equatable {
    /// The period's id, as the service's `not counted` block names it (`现场勘验`).
    public var kind: String
    /// Its first day.
    public var start: CivilDate
    /// Its last day; absent while it goes on.
    public var end: CivilDate?

    /// Creates a pause.
    public init(kind: String, start: CivilDate, end: CivilDate? = nil) {
      self.kind = kind
      self.start = start
      self.end = end
    }
  }

  /// Creates a case record.
  public init(
    id: String? = nil, service: String, accepted: CivilDate, immediate: Bool? = nil, pauses: [Pause] = [],
    today: CivilDate
  ) {
    self.id = id
    self.service = service
    self.accepted = accepted
    self.immediate = immediate
    self.pauses = pauses
    self.today = today
  }

  enum CodingKeys: String, CodingKey {
    case id, service, accepted, immediate, pauses, today
  }

  /// Decodes a record; `pauses` may be left out.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decodeIfPresent(String.self, forKey: .id)
    service = try container.decode(String.self, forKey: .service)
    accepted = try container.decode(CivilDate.self, forKey: .accepted)
    immediate = try container.decodeIfPresent(Bool.self, forKey: .immediate)
    pauses = try container.decodeIfPresent([Pause].self, forKey: .pauses) ?? []
    today = try container.decode(CivilDate.self, forKey: .today)
  }
}
