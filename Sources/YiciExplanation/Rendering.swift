import YiciEvaluation
import YiciSemantics

/// One decision about to be written for the applicant: the pieces the explanation and the
/// notice both use, each re-read from the service in the requested language (so the text
/// does not depend on the language the decision was made in).
struct Rendering {
  let decision: Decision
  let service: CompiledService
  let phrases: Phrases
  let materials: MaterialDescription
  /// Whether the applicant qualifies for the waiver (`holds`, `fails`, `unknown`, `error`),
  /// when known: given by the caller, else read from the decision's trace.
  let waiverVerdict: String?

  init(
    _ decision: Decision, service: CompiledService, language: Language, waiver: QualifierStatus? = nil,
    prepared: PreparedMaterials? = nil
  ) {
    self.decision = decision
    self.service = service
    self.phrases = Phrases(language)
    self.materials = MaterialDescription(
      service: service, phrases: phrases, prepared: prepared, date: decision.date,
      counted: decision.materials.copies)
    self.waiverVerdict = waiver?.traceWord ?? decision.trace?.waiver
  }

  var english: Bool { phrases.english }

  /// The service's name in the language.
  var serviceName: String { service.header.name.text(english: english) }

  /// The first line: 不予受理：食品经营许可（餐饮服务）.
  var title: String { phrases.outcome(decision.outcome) + phrases.colon + serviceName }

  // MARK: - Conditions and questions

  /// Failed conditions, numbered: the reason and the basis. A condition fails only when the
  /// applicant's answers make it false, which no 告知承诺 can stand in for: none is offered.
  var reasonItems: [String] {
    decision.reasons.enumerated().flatMap { offset, reason -> [String] in
      let condition = service.condition(reason.id, on: decision.date)
      let text =
        condition.map { $0.reason?.text(english: english) ?? phrases.conditionNotMet(reason.id) } ?? reason.text
      var details: [String] = []
      if let basis = condition.map({ $0.basis?.text(english: english) }) ?? reason.basis {
        details.append(phrases.basis(basis))
      }
      return [phrases.number(offset + 1) + text] + details.map { "   " + $0 }
    }
  }

  /// The questions, numbered in the decision's order (most decisive first), with options.
  var questionItems: [String] {
    decision.questions.enumerated().flatMap { offset, question -> [String] in
      let fact = service.factSlots[question.fact].map { service.fact($0, on: decision.date) }
      let text =
        fact?.question?.text(english: english) ?? fact?.label.map { phrases.askFor($0.text(english: english)) }
        ?? question.text
      var lines = [phrases.number(offset + 1) + text]
      if let options = question.options, !options.isEmpty {
        let labels = options.map { id in
          fact?.options.first { $0.id == id }?.label?.text(english: english) ?? id
        }
        lines.append("   " + (question.multiple == true ? phrases.choices(labels) : phrases.options(labels)))
      }
      return lines
    }
  }

  // MARK: - Materials

  /// Missing materials and those waived so far, in declaration order (for needs_information).
  var knownMissing: [String] {
    materials.inDeclarationOrder(decision.materials.missing + decision.materials.waived.map(\.id))
  }

  /// Numbered missing materials, with everything needed to get them.
  func missingItems(_ ids: [String]) -> [String] {
    materials.items(ids, offerCommitment: true, closed: decision.closedCommitments ?? [])
  }

  /// Numbered waived materials with their due dates.
  var waivedItems: [String] {
    let waived = decision.materials.waived
    return materials.items(waived.map(\.id)) { id in waived.first { $0.id == id }?.due }
  }

  /// Numbered provided materials: name, form and copies.
  var providedItems: [String] {
    decision.materials.provided.enumerated().map { offset, id in
      phrases.number(offset + 1) + (english ? capitalizedFirst(materials.heading(id)) : materials.heading(id))
    }
  }

  /// 以下材料由共享平台获取，无需提交：…, when any are exempt.
  var exemptLine: String? {
    let exempt = decision.materials.exempt
    return exempt.isEmpty ? nil : phrases.exempt(materials.names(exempt))
  }

  // MARK: - Commitments

  /// Whether a commitment is the waiver letter rather than a 告知承诺.
  private func isWaiverLetter(_ commitment: Commitment) -> Bool {
    commitment.id == "waiver" && service.materialSlots["waiver"] == nil && service.conditionSlots["waiver"] == nil
  }

  /// Signed 告知承诺, numbered: the material each replaces, and what is committed.
  var commitmentItems: [String] {
    decision.commitments.filter { !isWaiverLetter($0) }.enumerated().flatMap { offset, commitment -> [String] in
      let number = phrases.number(offset + 1)
      if let material = materials.material(commitment.id) {
        let name = material.name.text(english: english)
        let text = material.commitment?.text(english: english) ?? commitment.text
        return [number + phrases.replacedByCommitment(english ? capitalizedFirst(name) : name), "   " + text]
      }
      let condition = service.condition(commitment.id, on: decision.date)
      return [number + (condition?.commitment?.text(english: english) ?? commitment.text)]
    }
  }

  // MARK: - Waiver

  /// The waiver letter's line: 请签署容缺受理承诺书：….
  var letterLine: String {
    phrases.letter(service.waiver(on: decision.date)?.letter?.text(english: english))
  }

  /// For needs_correction: which missing materials could be supplied after acceptance,
  /// once the others are brought, under the service's waiver policy.
  ///
  /// Nothing is said when the policy cannot help: no policy, nothing waivable, or every
  /// missing material waivable within the limit (the applicant would then have been
  /// accepted with a waiver, so does not qualify). When the policy has a qualifier the
  /// decision does not settle, the hint is conditional.
  var waiverHint: String? {
    guard let waiver = service.waiver(on: decision.date), waiver.atMost != 0 else { return nil }
    let missing = decision.materials.missing
    let waivable = missing.filter { materials.material($0)?.waivable == true }
    guard !waivable.isEmpty else { return nil }
    if waivable.count == missing.count, waivable.count <= (waiver.atMost ?? Int.max) { return nil }
    let verdict = waiverVerdict
    if verdict == "fails" || verdict == "false" { return nil }
    let conditional = waiver.qualifier != nil && verdict != "holds" && verdict != "true"
    let limit = waiver.atMost.flatMap { $0 < waivable.count ? $0 : nil }
    return phrases.waiverHint(materials.names(waivable), atMost: limit, conditional: conditional)
  }

  // MARK: - Handling

  /// 即办件 or 承诺件, and the visits to the office.
  var handlingLines: [String] {
    [service.header.immediate ? phrases.immediate : phrases.promised] + visitsLines
  }

  /// The visits to the office: this application's when they depend on its facts (`visits 0
  /// when online`), else the service's.
  var visitsLines: [String] {
    (decision.visits ?? service.header.visits).map { [phrases.visits($0)] } ?? []
  }
}
