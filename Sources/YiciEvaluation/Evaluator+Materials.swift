import YiciSemantics

extension Evaluator {
  /// Materials whose fate is not yet settled by the outcome.
  struct MaterialResults {
    /// Required, not provided, not exempt, not committed (marked `.missing`).
    var definite = Missing()
    /// Missing if a `when` that is unknown turns out true.
    var possible = Missing()
    /// The first `when` that could not be evaluated, among the possible ones.
    var error: EvaluationError?
    /// Whether the applicant qualifies for the waiver (false without a policy).
    var qualifies: Truth = .false
    /// The expressions whose unknown facts could settle the materials.
    var pendingExpressions: [CompiledExpression] = []
  }

  /// The copies of a material counted per a fact, for this applicant: its copies times the
  /// fact's value; nil while the fact is unknown, or when it is not a whole number from 0 on.
  private func countedCopies(_ slot: Int, per fact: Int) -> Int? {
    guard case .value(.number(let number)) = expressions.fact(fact), let count = number.wholeValue, count >= 0
    else { return nil }
    let (copies, overflow) = (service.materials[slot].copies ?? 1).multipliedReportingOverflow(by: count)
    return overflow ? nil : copies
  }

  mutating func evaluateMaterials(into verdicts: inout Verdicts) throws(EvaluationError) -> MaterialResults {
    var results = MaterialResults()
    // The loop reads the materials' plans (plain values); texts and trees are read only to
    // word an error or to find the questions.
    let plans = program.materialPlans
    for slot in plans.indices where plans[slot].isRequirement {
      let status: MaterialStatus
      if !plans[slot].period.contains(date) {
        status = .notInForce
      } else {
        let required = whenTruth(slot, plans[slot])
        if required == .false {
          status = .notRequired
        } else if isProvided(slot, plans) {
          status = required == .true ? .provided : .providedIfRequired
        } else if isExempt(slot, plans) {
          status = required == .true ? .exempt : .exemptIfRequired
        } else if plans[slot].hasCommitment, materialFlags[slot].contains(.committed),
          let committed = commitmentStatus(slot, into: &verdicts)
        {
          status = committed
          if committed == .undetermined {
            // Whether this applicant may use the commitment is not known yet: ask.
            results.possible.add(waivable: plans[slot].waivable)
            let material = service.materials[slot]
            if let qualifier = material.commitmentQualifier { results.pendingExpressions.append(qualifier) }
            if let when = material.when, required != .true { results.pendingExpressions.append(when) }
          }
        } else if required == .true {
          status = .missing
          results.definite.add(waivable: plans[slot].waivable)
          if plans[slot].hasCommitment { noteClosedCommitment(slot, into: &verdicts) }
        } else {
          status = required == .unknown ? .undetermined : .error
          results.possible.add(waivable: plans[slot].waivable)
          if plans[slot].hasCommitment { noteClosedCommitment(slot, into: &verdicts) }
          let material = service.materials[slot]
          if let when = material.when { results.pendingExpressions.append(when) }
          if required == .error, results.error == nil, let when = material.when,
            case .error(let message) = expressions.truth(when)
          {
            results.error = EvaluationError(
              "when '\(material.id)' is required cannot be evaluated: \(message)", location: material.span.description
            )
          }
        }
      }
      verdicts.materials[slot] = status
    }
    // Every material counted per a fact, alternatives (`any(…)`) too: the text names them.
    for slot in program.countedSlots {
      if let fact = plans[slot].copiesPer, let counted = countedCopies(slot, per: fact) {
        if verdicts.copies.isEmpty { verdicts.copies = Array(repeating: nil, count: plans.count) }
        verdicts.copies[slot] = counted
      }
    }
    if let index = service.waiverIndex(on: date) {
      let waiver = service.waivers[index]
      if let test = program.flatTests.waiverQualifiers[index], let trit = expressions.truth(program.flatTests, test) {
        results.qualifies = trit == .true ? .true : trit == .false ? .false : .unknown
      } else {
        results.qualifies = waiver.qualifier.map { expressions.truth($0) } ?? .true
      }
      verdicts.waiver =
        switch results.qualifies {
        case .true: .holds
        case .false: .fails
        case .unknown: .unknown
        case .error: .error
        }
      if results.qualifies == .unknown, let qualifier = waiver.qualifier {
        results.pendingExpressions.append(qualifier)
      }
    }
    return results
  }

  /// The status of a required (or maybe required) material whose commitment the applicant
  /// signs, when the commitment replaces it: only for an applicant its `only if` admits.
  /// Nil when it does not replace it (noted in `verdicts.ignored` when the `only if` is
  /// false); `.undetermined` when the `only if` is not known yet (its facts are asked).
  private func commitmentStatus(
    _ slot: Int, into verdicts: inout Verdicts
  ) -> MaterialStatus? {
    guard let qualifier = service.materials[slot].commitmentQualifier else { return .committed }
    switch expressions.truth(qualifier).trit {
    case .true: return .committed
    case .false:
      verdicts.ignored.append(
        IgnoredRequest(.materialCommitment, slot: service.materialIdentities[slot], .notQualified))
      return nil
    case .unknown, .error: return .undetermined
    }
  }

  /// Notes a missing (or maybe required) material whose commitment this applicant may not
  /// use (its `only if` is false), so that the text does not offer it.
  private func noteClosedCommitment(_ slot: Int, into verdicts: inout Verdicts) {
    if let qualifier = service.materials[slot].commitmentQualifier, expressions.truth(qualifier).trit == .false {
      verdicts.closedCommitments.append(slot)
    }
  }

  /// Notes commitments and shared materials the application names that cannot apply on
  /// its date: no version in force, or the version in force allows no commitment or is not
  /// supplied by the platform.
  func noteIgnoredMaterialRequests(into verdicts: inout Verdicts) {
    let checked = program.requestChecks
    var suspect: UInt8 = 0
    for slot in 0..<min(materialFlags.count, checked.count) { suspect |= materialFlags[slot].rawValue & checked[slot] }
    guard suspect != 0 else { return }
    let plans = program.materialPlans
    let identities = service.materialIdentities
    // Flags are spread to every version of an id (see `Evaluator.init`): one note per id.
    for slot in materialFlags.indices
    where materialFlags[slot].rawValue & checked[slot] != 0 && identities[slot] == slot {
      let flags = materialFlags[slot]
      let version =
        service.materialVersions.isEmpty ? slot : service.materialSlot(service.materials[slot].id, on: date) ?? slot
      let inForce = plans[version].period.contains(date)
      if flags.contains(.committed), !inForce || !plans[version].hasCommitment {
        verdicts.ignored.append(IgnoredRequest(.materialCommitment, slot: slot, inForce ? .notAllowed : .notInForce))
      }
      if flags.contains(.shared), !inForce || !plans[version].shared {
        verdicts.ignored.append(IgnoredRequest(.shared, slot: slot, inForce ? .notAllowed : .notInForce))
      }
    }
  }

  /// Whether a material's `when` holds (true without one): by its flat test when it has
  /// one, else by walking its tree.
  private func whenTruth(_ slot: Int, _ plan: MaterialPlan) -> Trit {
    guard plan.hasWhen else { return .true }
    if let test = plan.whenTest, let trit = expressions.truth(program.flatTests, test) { return trit }
    return service.materials[slot].when.map { expressions.truth($0).trit } ?? .true
  }

  /// Whether the material, or one of its alternatives, is on the counter.
  @inline(__always)
  private func isProvided(_ slot: Int, _ plans: [MaterialPlan]) -> Bool {
    materialFlags[slot].contains(.provided)
      || plans[slot].alternatives.contains { materialFlags[program.alternativeSlots[$0]].contains(.provided) }
  }

  /// Whether the shared platform supplies the material, or one of its alternatives.
  private func isExempt(_ slot: Int, _ plans: [MaterialPlan]) -> Bool {
    (plans[slot].shared && materialFlags[slot].contains(.shared))
      || plans[slot].alternatives.contains {
        let alternative = program.alternativeSlots[$0]
        return plans[alternative].shared && materialFlags[alternative].contains(.shared)
      }
  }

  /// How many materials are missing, and whether all of them may be waived.
  struct Missing {
    var count = 0
    var allWaivable = true

    mutating func add(waivable: Bool) {
      count += 1
      allWaivable = allWaivable && waivable
    }

    static func + (a: Missing, b: Missing) -> Missing {
      Missing(count: a.count + b.count, allWaivable: a.allWaivable && b.allWaivable)
    }
  }

  /// The outcome when exactly `missing` are missing and the waiver qualifier is `qualifies`.
  private func outcome(missing: Missing, qualifies: Bool) -> Outcome {
    if missing.count == 0 { return .accepted }
    if qualifies, let waiver = service.waiver(on: date), missing.count <= (waiver.atMost ?? Int.max),
      missing.allWaivable
    {
      return .acceptedWithWaiver
    }
    return .needsCorrection
  }

  /// Settles the outcome from the materials if unknown facts cannot change it (waived
  /// materials are marked so); returns false when it depends on facts not yet known.
  mutating func settleMaterials(_ results: MaterialResults, into verdicts: inout Verdicts) throws(EvaluationError)
    -> Bool
  {
    // The outcome is settled when the extremes agree: every undetermined material
    // missing or none, and (when unknown) the applicant qualifying for the waiver or not.
    var settledOutcome: Outcome?
    var agree = true
    for qualifies in [true, false]
    where results.qualifies == (qualifies ? .true : .false) || !results.qualifies.isKnown {
      for includePossible in [false, true] where !includePossible || results.possible.count > 0 {
        let outcome = outcome(
          missing: includePossible ? results.definite + results.possible : results.definite, qualifies: qualifies)
        if let settledOutcome, settledOutcome != outcome { agree = false }
        settledOutcome = settledOutcome ?? outcome
      }
    }
    // An accepted application is told every material it must bring or supply later: while
    // one that may be required is not on the counter, the facts that decide it are asked.
    let hidesMaterial = results.possible.count > 0 && settledOutcome == .acceptedWithWaiver
    guard agree, !hidesMaterial, let settled = settledOutcome else {
      if let error = results.error { throw error }
      if case .error(let message) = results.qualifies {
        throw EvaluationError(
          "the waiver's 'only if' cannot be evaluated: \(message)", location: service.waiver(on: date)?.span.description
        )
      }
      return false
    }
    verdicts.outcome = settled
    if settled == .acceptedWithWaiver {
      for slot in verdicts.materials.indices where verdicts.materials[slot] == .missing {
        verdicts.materials[slot] = .waived
      }
    }
    return true
  }
}
