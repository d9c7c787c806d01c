/// The structured account of a decision: every condition and material with its verdict,
/// where it is written, and its legal basis.
public struct Trace: Codable, Sendable, Equatable {
  /// Conditions in declaration order.
  public var conditions: [ConditionVerdict]
  /// Required materials in declaration order.
  public var materials: [MaterialVerdict]
  /// The waiver policy's verdict, when the service has one.
  public var waiver: String?
}

/// How one condition came out.
public struct ConditionVerdict: Codable, Sendable, Equatable {
  /// The condition's id.
  public var id: String
  /// `holds`, `fails`, `unknown`, `committed` (replaced by 告知承诺), `not_in_force` or `error`.
  public var verdict: String
  /// `file:line:column` of the condition.
  public var location: String
  /// The legal basis.
  public var basis: String?
}

/// How one material came out.
public struct MaterialVerdict: Codable, Sendable, Equatable {
  /// The material's id.
  public var id: String
  /// `provided`, `exempt`, `committed`, `missing`, `waived`, `not_required`, `undetermined`,
  /// `not_in_force` or `error`.
  public var verdict: String
  /// `file:line:column` of the requirement.
  public var location: String
  /// The legal basis.
  public var basis: String?
}
