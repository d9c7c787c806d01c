import YiciCalendar
import YiciExplanation

/// How to decide.
public struct DecisionOptions: Sendable {
  /// The language of the explanation, reasons and questions.
  public var language: Language
  /// Decide on this date instead of the application's own.
  public var date: CivilDate?
  /// Record every condition's and material's verdict in `Decision.trace`.
  public var trace: Bool
  /// Write the applicant's explanation (`Decision.explanation`).
  public var explanation: Bool
  /// The revision of the rules (`RuleRevision`), written in each decision's `revision`
  /// field; nil leaves the field out.
  public var revision: String?

  /// Creates options; the defaults give a Chinese explanation and a full trace.
  public init(
    language: Language = .zh, date: CivilDate? = nil, trace: Bool = true, explanation: Bool = true,
    revision: String? = nil
  ) {
    self.revision = revision
    self.language = language
    self.date = date
    self.trace = trace
    self.explanation = explanation
  }
}
