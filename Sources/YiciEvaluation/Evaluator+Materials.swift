import YiciSemantics

extension Evaluator {
  /// Materials whose fate is not yet settled by the outcome.
  struct MaterialResults {
    /// Required, not provided, not exempt, not committed.
    var definite: [Int] = []
    /// Missing if a `when` that is unknown turns out true.
    var possible: [Int] = []
    /// The first `when` that could not be evaluated, among the possible ones.
    var error: EvaluationError?
    /// Whether the applicant qualifies for the waiver (false without a policy).
    var qualifies: Truth = .false
    /// Where each material's trace entry is, to fill in its final verdict.
    var traceIndex: [Int: Int] = [:]
    /// The expressions whose unknown facts could settle the materials.
    var pendingExpressions: [CompiledExpression] = []
  }

  mutating func evaluateMaterials(into decision: inout Decision) throws(EvaluationError) -> MaterialResults {
    var results = MaterialResults()
    for (slot, material) in service.materials.enumerated() where material.isRequirement {
      let verdict: String
      if !material.period.contains(application.date) {
        verdict = "not_in_force"
      } else {
        let required = material.when.map { expressions.truth($0) } ?? .true
        if required == .false {
          verdict = "not_required"
        } else if isProvided(slot, material) {
          verdict = "provided"
          if required == .true {
            decision.materials.required.append(material.id)
            decision.materials.provided.append(material.id)
          }
        } else if isExempt(slot, material) {
          verdict = "exempt"
          if required == .true {
            decision.materials.required.append(material.id)
            decision.materials.exempt.append(material.id)
          }
        } else if let commitment = material.commitment, application.committedMaterials[slot] {
          verdict = "committed"
          decision.materials.committed.append(material.id)
          decision.commitments.append(Commitment(id: material.id, text: commitment.text(english: english)))
        } else if required == .true {
          verdict = "missing"
          decision.materials.required.append(material.id)
          results.definite.append(slot)
        } else {
          verdict = required == .unknown ? "undetermined" : "error"
          results.possible.append(slot)
          if let when = material.when { results.pendingExpressions.append(when) }
          if case .error(let message) = required, results.error == nil {
            results.error = EvaluationError(
              "when '\(material.id)' is required cannot be evaluated: \(message)", location: material.span.description)
          }
        }
      }
      results.traceIndex[slot] = decision.trace?.materials.count
      decision.trace?.materials.append(
        MaterialVerdict(
          id: material.id, verdict: verdict, location: material.span.description,
          basis: material.basis?.text(english: english)))
    }
    if let waiver = service.waiver {
      results.qualifies = waiver.qualifier.map { expressions.truth($0) } ?? .true
      if results.qualifies == .unknown, let qualifier = waiver.qualifier {
        results.pendingExpressions.append(qualifier)
      }
    }
    return results
  }

  private func isProvided(_ slot: Int, _ material: CompiledMaterial) -> Bool {
    application.provided[slot] || material.alternatives.contains { application.provided[$0] }
  }

  private func isExempt(_ slot: Int, _ material: CompiledMaterial) -> Bool {
    (material.shared && application.shared[slot])
      || material.alternatives.contains { service.materials[$0].shared && application.shared[$0] }
  }

  /// The outcome when exactly `missing` are missing and the waiver qualifier is `qualifies`.
  private func outcome(missing: [Int], qualifies: Bool) -> Outcome {
    if missing.isEmpty { return .accepted }
    if qualifies, let waiver = service.waiver, missing.count <= (waiver.atMost ?? Int.max),
      missing.allSatisfy({ service.materials[$0].waivable })
    {
      return .acceptedWithWaiver
    }
    return .needsCorrection
  }

  /// Settles the outcome from the materials if unknown facts cannot change it, filling in
  /// missing / waived; returns false when it depends on facts not yet known.
  mutating func settleMaterials(_ results: MaterialResults, into decision: inout Decision) throws(EvaluationError)
    -> Bool
  {
    let qualifierValues: [Bool] =
      switch results.qualifies {
      case .true: [true]
      case .false: [false]
      default: [true, false]
      }
    let missingSets = results.possible.isEmpty ? [results.definite] : [results.definite, results.definite + results.possible]
    let outcomes = Set(missingSets.flatMap { missing in qualifierValues.map { outcome(missing: missing, qualifies: $0) } })
    decision.materials.undetermined = results.possible.map { service.materials[$0].id }
    guard outcomes.count == 1, let settled = outcomes.first else {
      if let error = results.error { throw error }
      if case .error(let message) = results.qualifies {
        throw EvaluationError("the waiver's 'only if' cannot be evaluated: \(message)", location: service.waiver?.span.description)
      }
      decision.materials.missing = results.definite.map { service.materials[$0].id }
      return false
    }
    decision.outcome = settled
    let ids = results.definite.map { service.materials[$0].id }
    if settled == .acceptedWithWaiver {
      decision.materials.waived = ids.map { Waived(id: $0, due: nil) }
      for slot in results.definite { setTraceVerdict("waived", for: slot, results, &decision) }
      let letter = service.waiver?.letter?.text(english: english) ?? (english ? "waiver commitment letter" : "容缺受理承诺书")
      decision.commitments.append(Commitment(id: "waiver", text: letter))
    } else {
      decision.materials.missing = ids
    }
    return true
  }

  private func setTraceVerdict(_ verdict: String, for slot: Int, _ results: MaterialResults, _ decision: inout Decision) {
    if let index = results.traceIndex[slot] { decision.trace?.materials[index].verdict = verdict }
  }
}
