import YiciSemantics

extension Decision {
  /// The decision rendered from its verdicts: the ids in declaration order, the reasons,
  /// questions and commitments in the chosen language, the trace when asked for. The
  /// explanation is left empty for the explainer to write.
  package init(
    _ verdicts: Verdicts, application: BoundApplication, service: CompiledService, english: Bool, trace wantsTrace: Bool
  ) {
    self.init(
      id: application.id, service: service.id, date: application.date, outcome: verdicts.outcome, reasons: [],
      materials: MaterialSummary(), deadlines: verdicts.deadlines, commitments: [], questions: [],
      warnings: application.warnings + verdicts.ignoredWarnings(in: service, on: application.date), trace: nil,
      explanation: "")
    // A condition is read only when it is said (most hold): copying each would retain and
    // release every field of it, a decision's most frequent reference counting.
    for (slot, status) in verdicts.conditions.enumerated() {
      switch status {
      case .fails: reasons.append(Self.reason(for: service.conditions[slot], english: english))
      case .committed:
        if let commitment = service.conditions[slot].commitment {
          commitments.append(Commitment(id: service.conditions[slot].id, text: commitment.text(english: english)))
        }
      default: break
      }
    }
    // The two long lists grow once, not by doubling.
    materials.required.reserveCapacity(verdicts.materials.count)
    materials.provided.reserveCapacity(verdicts.materials.count)
    for (slot, status) in verdicts.materials.enumerated() {
      let id = service.materials[slot].id
      if status.isRequired { materials.required.append(id) }
      let list = status.list(outcome: verdicts.outcome)
      if let copies = verdicts.listedCopies(slot) {
        materials.copies = (materials.copies ?? []) + [CountedCopies(id: id, copies: copies)]
      }
      switch list {
      case .provided: materials.provided.append(id)
      case .missing: materials.missing.append(id)
      case .waived: materials.waived.append(Waived(id: id, due: verdicts.due(slot)))
      case .exempt: materials.exempt.append(id)
      case .committed:
        materials.committed.append(id)
        if let commitment = service.materials[slot].commitment {
          commitments.append(Commitment(id: id, text: commitment.text(english: english)))
        }
      case .undetermined: materials.undetermined.append(id)
      case nil: break
      }
    }
    if verdicts.outcome == .acceptedWithWaiver {
      let letter =
        service.waiver(on: application.date)?.letter?.text(english: english)
        ?? (english ? "waiver commitment letter" : "容缺受理承诺书")
      commitments.append(Commitment(id: "waiver", text: letter))
    }
    visits = verdicts.visits
    if !verdicts.closedCommitments.isEmpty {
      closedCommitments = verdicts.closedCommitments.map { service.materials[$0].id }
    }
    questions = verdicts.questions.map {
      Self.question(for: service.fact($0, on: application.date), english: english)
    }
    if wantsTrace { trace = Self.trace(verdicts, service: service, english: english) }
  }

  private static func reason(for condition: CompiledCondition, english: Bool) -> Reason {
    let text =
      condition.reason?.text(english: english)
      ?? (english ? "the condition '\(condition.id)' is not met" : "不符合受理条件“\(condition.id)”")
    return Reason(id: condition.id, text: text, basis: condition.basis?.text(english: english))
  }

  package static func question(for fact: FactDefinition, english: Bool) -> Question {
    let text =
      fact.question?.text(english: english) ?? fact.label.map {
        english ? "What is: \($0.text(english: true))?" : "请提供：\($0.text)"
      }
      ?? (english ? "What is '\(fact.id)'?" : "请提供“\(fact.id)”")
    let options = fact.options.isEmpty ? nil : fact.options.map(\.id)
    return Question(fact: fact.id, text: text, options: options, multiple: fact.isMultiSelect ? true : nil)
  }

  private static func trace(_ verdicts: Verdicts, service: CompiledService, english: Bool) -> Trace {
    let conditions = verdicts.conditions.enumerated().map { slot, status in
      let condition = service.conditions[slot]
      return ConditionVerdict(
        id: condition.id, verdict: status.traceWord, location: condition.span.description,
        basis: condition.basis?.text(english: english))
    }
    let materials = verdicts.materials.enumerated().compactMap { slot, status -> MaterialVerdict? in
      guard status != .notRequirement else { return nil }
      let material = service.materials[slot]
      return MaterialVerdict(
        id: material.id, verdict: status.traceWord, location: material.span.description,
        basis: material.basis?.text(english: english))
    }
    return Trace(conditions: conditions, materials: materials, waiver: verdicts.waiver?.traceWord)
  }
}
