import Foundation

/// One decision on record: what the decision log keeps of each decision `yici serve` returns.
///
/// The application is kept with its personal facts masked or hashed as the rules declare
/// (`PersonalFacts`); the decision is kept whole, as the bytes returned (with its
/// `decision_id`).
public struct StoredDecision: Sendable, Equatable {
  /// The decision id (`DecisionID`): time-ordered, unique.
  public var id: String
  /// When it was decided.
  public var recordedAt: Date
  /// The service (or bundle, 一件事) decided.
  public var subject: String
  /// Whether `subject` is a service or a bundle.
  public var kind: Kind
  /// The revision of the rules that decided.
  public var revision: String
  /// The outcome (`accepted`, `rejected`, …).
  public var outcome: String
  /// The decision's date (the application's, or the day it was decided), as YYYY-MM-DD.
  public var date: String
  /// How it was decided: the language and whether with the trace and the explanation.
  public var variant: Variant
  /// The application as received, personal facts masked or hashed (JSON text).
  public var application: String
  /// The full decision as returned (JSON text).
  public var decision: String

  /// A service's decision or a bundle's.
  public enum Kind: String, Sendable, Codable {
    case service, bundle
  }

  /// The options of `POST /v1/decisions` that shape a decision (`?lang=`, `?trace=`,
  /// `?explanation=`): replay decides again with the same.
  public struct Variant: Sendable, Equatable {
    /// `zh` or `en`.
    public var language: String
    /// Whether with the trace.
    public var trace: Bool
    /// Whether with the explanation.
    public var explanation: Bool

    /// Creates a variant.
    public init(language: String, trace: Bool, explanation: Bool) {
      self.language = language
      self.trace = trace
      self.explanation = explanation
    }
  }

  /// Creates a record.
  public init(
    id: String, recordedAt: Date, subject: String, kind: Kind, revision: String, outcome: String, date: String,
    variant: Variant, application: String, decision: String
  ) {
    self.id = id
    self.recordedAt = recordedAt
    self.subject = subject
    self.kind = kind
    self.revision = revision
    self.outcome = outcome
    self.date = date
    self.variant = variant
    self.application = application
    self.decision = decision
  }
}
