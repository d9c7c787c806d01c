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
    let materials = service.materials
    // Fields are read in place (materials[slot].x): binding a whole material would copy it.
    for slot in materials.indices where materials[slot].isRequirement {
      let verdict: String
      if !materials[slot].period.contains(application.date) {
        verdict = "not_in_force"
      } else {
        let required = materials[slot].when.map { expressions.truth($0) } ?? .true
        if required == .false {
          verdict = "not_required"
        } else if isProvided(slot) {
          verdict = "provided"
          if required == .true {
            decision.materials.required.append(materials[slot].id)
            decision.materials.provided.append(materials[slot].id)
          }
        } else if isExempt(slot) {
          verdict = "exempt"
          if required == .true {
            decision.materials.required.append(materials[slot].id)
            decision.materials.exempt.append(materials[slot].id)
          }
        } else if let commitment = materials[slot].commitment, application.materials[slot].contains(.committed) {
          verdict = "committed"
          decision.materials.committed.append(materials[slot].id)
          decision.commitments.append(Commitment(id: materials[slot].id, text: commitment.text(english: english)))
        } else if required == .true {
          verdict = "missing"
          decision.materials.required.append(materials[slot].id)
          results.definite.append(slot)
        } else {
          verdict = required == .unknown ? "undetermined" : "error"
          results.possible.append(slot)
          if let when = materials[slot].when { results.pendingExpressions.append(when) }
          if case .error(let message) = required, results.error == nil {
            results.error = EvaluationError(
              "when '\(materials[slot].id)' is required cannot be evaluated: \(message)",
              location: materials[slot].span.description)
          }
        }
      }
      if decision.trace != nil {
        results.traceIndex[slot] = decision.trace?.materials.count
        decision.trace?.materials.append(
          MaterialVerdict(
            id: materials[slot].id, verdict: verdict, location: materials[slot].span.description,
            basis: materials[slot].basis?.text(english: english)))
      }
    }
    if let waiver = service.waiver {
      results.qualifies = waiver.qualifier.map { expressions.truth($0) } ?? .true
      if decision.trace != nil {
        decision.trace?.waiver =
          switch results.qualifies {
          case .true: "holds"
          case .false: "fails"
          case .unknown: "unknown"
          case .error: "error"
          }
      }
      if results.qualifies == .unknown, let qualifier = waiver.qualifier {
        results.pendingExpressions.append(qualifier)
      }
    }
    return results
  }

  private func isProvided(_ slot: Int) -> Bool {
    application.materials[slot].contains(.provided)
      || service.materials[slot].alternatives.contains { application.materials[$0].contains(.provided) }
  }

  private func isExempt(_ slot: Int) -> Bool {
    (service.materials[slot].shared && application.materials[slot].contains(.shared))
      || service.materials[slot].alternatives.contains {
        service.materials[$0].shared && application.materials[$0].contains(.shared)
      }
  }

  /// The outcome when exactly `missing` and `possible` are missing and the waiver
  /// qualifier is `qualifies`.
  private func outcome(missing: [Int], possible: [Int], qualifies: Bool) -> Outcome {
    let count = missing.count + possible.count
    if count == 0 { return .accepted }
    if qualifies, let waiver = service.waiver, count <= (waiver.atMost ?? Int.max),
      missing.allSatisfy({ service.materials[$0].waivable }), possible.allSatisfy({ service.materials[$0].waivable })
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
    // The outcome is settled when the extremes agree: every undetermined material
    // missing or none, and (when unknown) the applicant qualifying for the waiver or not.
    var settledOutcome: Outcome?
    var agree = true
    for qualifies in [true, false] where results.qualifies == (qualifies ? .true : .false) || !results.qualifies.isKnown
    {
      for includePossible in results.possible.isEmpty ? [false] : [false, true] {
        let outcome = outcome(
          missing: results.definite, possible: includePossible ? results.possible : [], qualifies: qualifies)
        if let settledOutcome, settledOutcome != outcome { agree = false }
        settledOutcome = settledOutcome ?? outcome
      }
    }
    if !results.possible.isEmpty { decision.materials.undetermined = results.possible.map { service.materials[$0].id } }
    guard agree, let settled = settledOutcome else {
      if let error = results.error { throw error }
      if case .error(let message) = results.qualifies {
        throw EvaluationError(
          "the waiver's 'only if' cannot be evaluated: \(message)", location: service.waiver?.span.description)
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

  private func setTraceVerdict(_ verdict: String, for slot: Int, _ results: MaterialResults, _ decision: inout Decision)
  {
    if let index = results.traceIndex[slot] { decision.trace?.materials[index].verdict = verdict }
  }
}
