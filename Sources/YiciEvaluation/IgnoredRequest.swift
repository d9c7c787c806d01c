import YiciCalendar
import YiciSemantics

/// Something the application asks for that the rules in force cannot give it: a
/// commitment (告知承诺) or a `shared` material that does not apply. Each is said in the
/// decision's `warnings` (for the clerk and for tools; never in the applicant's text), as
/// the REPL refuses the same `:commit`.
package struct IgnoredRequest: Sendable, Hashable {
  /// What was asked for.
  package enum Target: UInt8, Sendable, Hashable {
    /// A commitment for a condition (slot: a condition slot).
    case conditionCommitment
    /// A commitment for a material (slot: a material slot).
    case materialCommitment
    /// A material the applicant says the shared platform supplies (slot: a material slot).
    case shared
  }

  /// Why it does not apply.
  package enum Reason: UInt8, Sendable, Hashable {
    /// The version in force allows no commitment, or the material is not supplied by
    /// the platform under these rules.
    case notAllowed
    /// No version of the condition or material is in force on the decision's date.
    case notInForce
    /// The applicant's own answers make the condition false: a commitment stands in for
    /// proof, it cannot make a condition hold that the answers deny.
    case answeredFalse
    /// The commitment's `only if` does not hold for this applicant.
    case notQualified
  }

  /// What was asked for.
  package var target: Target
  /// The slot of the condition or material (its identity: the id's first slot).
  package var slot: Int
  /// Why it does not apply.
  package var reason: Reason

  /// Creates an ignored request.
  package init(_ target: Target, slot: Int, _ reason: Reason) {
    self.target = target
    self.slot = slot
    self.reason = reason
  }

  /// The warning, in English like every machine warning of a decision.
  package func warning(in service: CompiledService, on date: CivilDate) -> String {
    let id = target == .conditionCommitment ? service.conditions[slot].id : service.materials[slot].id
    let field = target == .shared ? "shared" : "commitments"
    let what = target == .conditionCommitment ? "condition" : "material"
    switch (target, reason) {
    case (.shared, .notAllowed):
      return "\(field): '\(id)' is not supplied by the shared-data platform under these rules, ignored"
    case (_, .notAllowed):
      return "\(field): \(what) '\(id)' allows no commitment (告知承诺), ignored"
    case (_, .notInForce):
      return "\(field): \(what) '\(id)' is not in force on \(date), ignored"
    case (_, .answeredFalse):
      return
        "\(field): condition '\(id)' does not hold by the applicant's own answers; a commitment stands in for proof, not for a condition answered false, ignored"
    case (_, .notQualified):
      return
        "\(field): the commitment for \(what) '\(id)' is not open to this applicant (its 'only if' does not hold), ignored"
    }
  }
}

extension Verdicts {
  /// The warnings of the requests the rules could not grant, in the order found.
  package func ignoredWarnings(in service: CompiledService, on date: CivilDate) -> [String] {
    ignored.map { $0.warning(in: service, on: date) }
  }
}
