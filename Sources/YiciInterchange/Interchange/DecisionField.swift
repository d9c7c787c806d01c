import YiciEvaluation

/// The fields of the decision JSON, in the documented order: the one place their names and
/// their order are declared.
///
/// Both ways a decision is written, from a `Decision` value and straight from verdicts in a
/// batch, go through `DecisionJSON.append(_:to:)`, which walks `order`; a test holds
/// `Decision`'s `Codable` form (the same names) to the bytes written.
enum DecisionField: CaseIterable {
  case id, service, bundle, selected, date, revision, decisionID, outcome, reasons, members, materials, produced,
    deadlines, visits
  case commitments, closedCommitments, questions, warnings, trace
  /// Last, so that its text (most of the bytes) can go straight to the output.
  case explanation

  /// Every field, in order.
  static let order: [DecisionField] = allCases

  /// Which of the optional fields a decision has (every other field it always has).
  struct Optionals {
    var id: Bool
    var deadlines: Bool
    var trace: Bool
    /// A bundle's decision (一件事) has `bundle`, `members` and `produced` instead of `service`;
    /// a member's decision inside it has `selected` and no explanation.
    var bundle = false
    var member = false
    /// A decision that names the revision of its rules (`DecisionOptions.revision`); never
    /// a member's inside a bundle's decision.
    var revision = false
    /// A decision the server put on record (`"decision_id"`): never written by the library,
    /// put in by `DecisionIDField.insert(_:into:)`.
    var decisionID = false
    /// A decision of a service whose visits depend on the facts (`visits 0 when online`):
    /// how many this application needs at most.
    var visits = false
    /// A decision whose applicant may not use some 告知承诺 (its `only if` is false): the
    /// materials whose commitment the text does not offer.
    var closedCommitments = false

    /// Whether the decision has the field.
    @inline(__always)
    func has(_ field: DecisionField) -> Bool {
      switch field {
      case .id: id
      case .service: !bundle
      case .bundle, .members, .produced: bundle
      case .selected: member
      case .revision: revision
      case .decisionID: decisionID
      case .deadlines: deadlines
      case .visits: visits
      case .closedCommitments: closedCommitments
      case .trace: trace
      case .explanation: !member
      default: true
      }
    }
  }

  /// `,"name":` (the comma is left out before the first field written).
  @inline(__always)
  var key: StaticString {
    switch self {
    case .id: ",\"id\":"
    case .service: ",\"service\":"
    case .bundle: ",\"bundle\":"
    case .selected: ",\"selected\":"
    case .members: ",\"members\":"
    case .produced: ",\"produced\":"
    case .date: ",\"date\":"
    case .revision: ",\"revision\":"
    case .decisionID: ",\"decision_id\":"
    case .outcome: ",\"outcome\":"
    case .reasons: ",\"reasons\":"
    case .materials: ",\"materials\":"
    case .deadlines: ",\"deadlines\":"
    case .visits: ",\"visits\":"
    case .commitments: ",\"commitments\":"
    case .closedCommitments: ",\"closed_commitments\":"
    case .questions: ",\"questions\":"
    case .warnings: ",\"warnings\":"
    case .trace: ",\"trace\":"
    case .explanation: ",\"explanation\":"
    }
  }
}

/// The lists of a decision's `materials` object, in the documented order.
enum MaterialListField: UInt8, CaseIterable {
  case required, provided, missing, waived, exempt, committed, undetermined

  /// Every list, in order.
  static let order: [MaterialListField] = allCases

  /// The list for a summary list of the evaluator's.
  init(_ list: MaterialList) {
    self =
      switch list {
      case .provided: .provided
      case .missing: .missing
      case .waived: .waived
      case .exempt: .exempt
      case .committed: .committed
      case .undetermined: .undetermined
      }
  }

  /// What opens the list, closing the one before: `{"required":[`, `],"provided":[`, ….
  @inline(__always)
  var opening: StaticString {
    switch self {
    case .required: "{\"required\":["
    case .provided: "],\"provided\":["
    case .missing: "],\"missing\":["
    case .waived: "],\"waived\":["
    case .exempt: "],\"exempt\":["
    case .committed: "],\"committed\":["
    case .undetermined: "],\"undetermined\":["
    }
  }

  /// What closes the last list and the object.
  static let closing: StaticString = "]}"

  /// The list's bit in a set of lists (`1 << rawValue`).
  var bit: UInt8 { 1 << rawValue }
}
