/// What a test case says its decision must be; a field left out is not checked.
///
/// Lists are compared as sets (the decision's order is its declaration order, which a test
/// need not repeat); an empty list says the decision's must be empty.
public struct Expectation: Sendable, Equatable {
  /// `accepted`, `accepted_with_waiver`, `needs_correction`, `needs_information` or `rejected`.
  public var outcome: String?
  /// The ids of the failed conditions (`reasons`).
  public var reasons: [String]?
  /// Materials still to bring.
  public var missing: [String]?
  /// Waived materials, each with the day it is due when the test says one.
  public var waived: [WaivedMaterial]?
  /// Materials the shared platform supplies.
  public var exempt: [String]?
  /// Materials replaced by a signed commitment.
  public var committed: [String]?
  /// The facts asked (`questions`).
  public var questions: [String]?
  /// Deadline fields (`accepted`, `immediate`, `promised`, `statutory`, `warning`): a date
  /// `YYYY-MM-DD`, `true`/`false` for `immediate`, or nil for "must be absent".
  public var deadlines: [(field: String, value: String?)]?
  /// Texts the explanation must contain, by language (`zh`, `en`).
  public var explanation: [(language: String, texts: [String])] = []

  /// A waived material as a test names it.
  public struct WaivedMaterial: Sendable, Equatable {
    /// The material's id.
    public var id: String
    /// The day it is due, when the test says.
    public var due: String?
  }

  /// The keys an `expect` object may have.
  public static let keys = [
    "outcome", "reasons", "missing", "waived", "exempt", "committed", "questions", "deadlines", "explanation",
  ]

  /// The deadline fields a test may name.
  public static let deadlineFields = ["accepted", "immediate", "promised", "statutory", "warning"]

  /// Whether two expectations check the same.
  public static func == (left: Expectation, right: Expectation) -> Bool {
    left.outcome == right.outcome && left.reasons == right.reasons && left.missing == right.missing
      && left.waived == right.waived && left.exempt == right.exempt && left.committed == right.committed
      && left.questions == right.questions
      && left.deadlines?.map(\.field) == right.deadlines?.map(\.field)
      && left.deadlines?.map(\.value) == right.deadlines?.map(\.value)
      && left.explanation.map(\.language) == right.explanation.map(\.language)
      && left.explanation.map(\.texts) == right.explanation.map(\.texts)
  }
}
