import YiciCalendar
import YiciSemantics

/// An application in the interchange format, for Swift callers.
///
/// ```swift
/// let application = Application(
///   service: "food_business_license", date: CivilDate(iso: "2025-09-28"),
///   facts: ["applicant_type": "company", "area_m2": 120, "credit": "good"],
///   materials: ["application_form"], shared: ["business_license_copy"])
/// ```
/// Its JSON form is the documented interchange format; it is decoded by the same
/// `ApplicationDecoder` as JSON text, so both are checked the same way.
public struct Application: Codable, Sendable, Equatable {
  /// An id of the caller's, echoed in the decision.
  public var id: String?
  /// The service applied for.
  public var service: String
  /// The date to decide on (it picks the rules in force).
  public var date: CivilDate?
  /// What the applicant told, by fact id; absent facts are unknown.
  public var facts: [String: FactValue]
  /// Ids of the materials on the counter.
  public var materials: [String]
  /// Ids of the materials the shared-data platform can supply.
  public var shared: [String]
  /// Ids of conditions or materials whose 告知承诺 the applicant signs.
  public var commitments: [String]

  /// Creates an application.
  public init(
    id: String? = nil, service: String, date: CivilDate? = nil, facts: [String: FactValue] = [:],
    materials: [String] = [], shared: [String] = [], commitments: [String] = []
  ) {
    self.id = id
    self.service = service
    self.date = date
    self.facts = facts
    self.materials = materials
    self.shared = shared
    self.commitments = commitments
  }

  /// Reads the interchange JSON; absent lists and facts are empty.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decodeIfPresent(String.self, forKey: .id)
    service = try container.decode(String.self, forKey: .service)
    date = try container.decodeIfPresent(CivilDate.self, forKey: .date)
    facts = try container.decodeIfPresent([String: FactValue].self, forKey: .facts) ?? [:]
    materials = try container.decodeIfPresent([String].self, forKey: .materials) ?? []
    shared = try container.decodeIfPresent([String].self, forKey: .shared) ?? []
    commitments = try container.decodeIfPresent([String].self, forKey: .commitments) ?? []
  }

  /// The application as interchange JSON (facts in id order, so the text is deterministic).
  public var jsonBytes: [UInt8] {
    var out = JSONWriter()
    out.openObject(id: id, service: service)
    if let date {
      out.raw(",\"date\":")
      out.string(date.description)
    }
    out.raw(",\"facts\":{")
    for (index, key) in facts.keys.sorted().enumerated() {
      if index > 0 { out.comma() }
      out.string(key)
      out.raw(":")
      switch facts[key]! {
      case .bool(let value): value ? out.raw("true") : out.raw("false")
      case .number(let value): out.append(Array(value.description.utf8))
      case .text(let value): out.string(value)
      case .list(let values): out.stringArray(values)
      case .null: out.raw("null")
      }
    }
    out.raw("},\"materials\":")
    out.stringArray(materials)
    out.raw(",\"shared\":")
    out.stringArray(shared)
    out.raw(",\"commitments\":")
    out.stringArray(commitments)
    out.raw("}")
    return out.bytes
  }
}
