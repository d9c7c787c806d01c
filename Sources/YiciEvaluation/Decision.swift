import YiciCalendar

/// The decision on one application: the outcome, why, what is missing, what to ask.
///
/// Its JSON form is a public contract (see the README): field names never change.
public struct Decision: Codable, Sendable, Equatable {
  /// The application's `id`, echoed.
  public var id: String?
  /// The service decided.
  public var service: String
  /// The date it was decided on.
  public var date: CivilDate
  /// The revision of the rules that decided it (`DecisionOptions.revision`: what a service
  /// such as `yici serve` names its rule set by), so the decision can be reproduced; nil
  /// (and not in the JSON) unless asked for.
  public var revision: String? = nil
  /// One of the five outcomes.
  public var outcome: Outcome
  /// Failed acceptance conditions, in declaration order (for `rejected`).
  public var reasons: [Reason]
  /// What happened to each material.
  public var materials: MaterialSummary
  /// The acceptance, promised, statutory and warning dates: for an accepted decision
  /// (with or without waiver) of a service with time limits; nil otherwise.
  public var deadlines: Deadlines?
  /// The visits to the office this application needs at most, when the service's visits
  /// depend on the facts (`visits 0 when online`, 到现场次数 per scenario); nil otherwise.
  public var visits: Int? = nil
  /// Commitments the applicant signs: 告知承诺 in lieu of proof, and the waiver letter.
  public var commitments: [Commitment]
  /// Facts to ask, most decisive first (for `needs_information`).
  public var questions: [Question]
  /// Things in the application that were ignored.
  public var warnings: [String]
  /// Each condition and material with its verdict, location and legal basis.
  public var trace: Trace?
  /// The explanation for the applicant, in the requested language.
  public var explanation: String
  /// Materials whose 告知承诺 this applicant may not use (its `only if` is false), so the
  /// text does not offer it; nil when there are none.
  public var closedCommitments: [String]? = nil
  /// For a decision on a bundle (一件事): its id, its members' decisions, what it makes for
  /// itself and its deadlines; `service` is then empty. Written by the decision writer (it is
  /// not part of the `Codable` form).
  public var bundle: BundleParts? = nil

  enum CodingKeys: String, CodingKey {
    case id, service, date, revision, outcome, reasons, materials, deadlines, visits, commitments
    case closedCommitments = "closed_commitments"
    case questions, warnings
    case trace
    case explanation
  }
}

/// The five outcomes of a decision.
public enum Outcome: String, Codable, Sendable, CaseIterable {
  /// 受理: all is in order.
  case accepted
  /// 容缺受理: only waivable materials are missing, within the policy.
  case acceptedWithWaiver = "accepted_with_waiver"
  /// 需补正: required materials are missing and cannot be waived.
  case needsCorrection = "needs_correction"
  /// 需补充信息: facts that decide the outcome are unknown.
  case needsInformation = "needs_information"
  /// 不予受理: an acceptance condition is false.
  case rejected
}

/// A failed acceptance condition.
public struct Reason: Codable, Sendable, Equatable {
  /// The condition's id.
  public var id: String
  /// The reason the applicant is told.
  public var text: String
  /// The legal basis.
  public var basis: String?
}

/// Materials by what happened to them; every list is in declaration order.
public struct MaterialSummary: Codable, Sendable, Equatable {
  /// Materials required for this application.
  public var required: [String] = []
  /// Required materials on the counter.
  public var provided: [String] = []
  /// Required materials still to bring before the application can be accepted.
  public var missing: [String] = []
  /// Materials accepted as missing under the waiver policy, to supply later.
  public var waived: [Waived] = []
  /// Materials the shared-data platform supplies, so the applicant need not bring them.
  public var exempt: [String] = []
  /// Materials replaced by a signed commitment (告知承诺).
  public var committed: [String] = []
  /// Materials that may be required, depending on facts not yet known.
  public var undetermined: [String] = []
  /// The listed materials whose copies are counted per a fact (`copies 1 per shareholders`),
  /// with the number this applicant brings; absent when there are none.
  public var copies: [CountedCopies]? = nil

  /// Creates an empty summary.
  public init() {}
}

/// How many copies of a material this applicant brings, its copies counted per a fact.
public struct CountedCopies: Codable, Sendable, Equatable {
  /// The material's id.
  public var id: String
  /// Its copies times the fact's value.
  public var copies: Int

  /// Creates a count.
  public init(id: String, copies: Int) {
    self.id = id
    self.copies = copies
  }
}

/// A waived material and when it is due.
public struct Waived: Codable, Sendable, Equatable {
  /// The material's id.
  public var id: String
  /// The date by which to supply it, once the service has time limits.
  public var due: CivilDate?
}

/// A commitment the applicant signs.
public struct Commitment: Codable, Sendable, Equatable {
  /// The condition or material it concerns, or `waiver` for the waiver letter.
  public var id: String
  /// What is committed to, or the letter's title.
  public var text: String
}

/// A fact to ask the applicant.
public struct Question: Codable, Sendable, Equatable {
  /// The fact's id.
  public var fact: String
  /// The question.
  public var text: String
  /// The accepted answers, for a fact with named options.
  public var options: [String]?
  /// True for a multi-select fact (`choices`): the answer is a list of any of the options.
  /// Absent (nil) otherwise.
  public var multiple: Bool? = nil
}
