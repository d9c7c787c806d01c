import Foundation

/// What `yici replay` found: how many logged decisions were decided again with the new rules,
/// and every one that would change.
public struct ReplayReport: Codable, Sendable, Equatable {
  /// The revision of the rules replayed with.
  public var revision: String
  /// How many decisions were replayed.
  public var replayed: Int
  /// Those that would change, in the order they were decided.
  public var changed: [Change]

  /// A decision the new rules would make differently.
  public struct Change: Codable, Sendable, Equatable {
    /// The logged decision's id.
    public var decisionID: String
    /// When it was decided.
    public var recordedAt: Date
    /// Its service or bundle.
    public var service: String
    /// The revision that decided it.
    public var revision: String
    /// Its outcome then.
    public var outcome: String
    /// The outcome now; nil when it cannot be decided now.
    public var newOutcome: String?
    /// The top-level fields of the decision that differ (`outcome`, `reasons`, `materials` …).
    public var fields: [String]
    /// Why it cannot be decided now (an unknown service, a fact no longer declared …).
    public var error: String?

    enum CodingKeys: String, CodingKey {
      case decisionID = "decision_id"
      case recordedAt = "recorded_at"
      case service, revision, outcome
      case newOutcome = "new_outcome"
      case fields, error
    }
  }
}
