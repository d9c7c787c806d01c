import YiciSyntax

extension ServiceCompiler {
  /// Checks that hold across the compiled service: waivers that can never apply, and the
  /// reform rules of the brief (seed 000: no material without a legal basis; a material
  /// the shared licence library holds should be exempt, not required).
  mutating func lint(_ service: CompiledService) {
    for material in service.materials where material.isRequirement {
      if material.waivable {
        checkWaivable(material, waivers: service.waivers.filter { $0.period.overlaps(material.period) })
      }
      if material.basis == nil && !checkingVocabulary {
        diagnostics.append(
          Diagnostic(
            .materialWithoutBasis, "material '\(material.id)' is required without a legal basis", at: material.span,
            help:
              "cite the law or regulation with basis \"…\" (reform rule: 减少申请材料, a material without basis may not be required)"
          ))
      }
      if material.sourceIsLibrary && !material.shared {
        diagnostics.append(
          Diagnostic(
            .sharedMaterialRequired,
            "material '\(material.id)' comes from the shared licence library but is still required", at: material.span,
            help: "mark it 'shared' so it is exempt when the platform supplies it (reform rule: 数据共享, 免提交)"))
      }
    }
    // By the compiled condition's own place: a condition that did not compile is not in
    // `service.conditions`, so its neighbours do not line up with the syntax.
    for condition in service.conditions {
      guard let syntax = self.service.conditions.first(where: { $0.id.range == condition.span.range }) else { continue }
      if condition.reason == nil {
        report(
          .conditionWithoutReason, "condition '\(condition.id)' has no reason for the applicant", in: file,
          at: syntax.id.range, help: "add otherwise \"…\" to say why an application that fails it is not accepted")
      }
      if condition.basis == nil {
        report(
          .conditionWithoutBasis, "condition '\(condition.id)' has no legal basis", in: file, at: syntax.id.range,
          help: "cite the law or regulation that sets it with basis \"…\" (an acceptance condition must have one)")
      }
      if condition.expression.constantBool == false {
        report(
          .neverApplies, "condition '\(condition.id)' can never hold: every application would be rejected", in: file,
          at: syntax.expression.range)
      }
    }
    lintNeverApplies(service)
    if service.header.basis == nil && !checkingVocabulary {
      report(
        .serviceWithoutBasis, "service '\(service.id)' has no legal basis (设定依据)", in: file,
        at: self.service.id.range, help: "cite the law that sets the service with basis \"…\" in its header")
    }
  }

  /// A `when` or `only if` that is always false: what it guards never applies.
  private mutating func lintNeverApplies(_ service: CompiledService) {
    for material in service.materials where material.isRequirement && material.when?.constantBool == false {
      diagnostics.append(
        Diagnostic(
          .neverApplies, "material '\(material.id)' is never required: its 'when' is always false",
          at: material.span, help: "drop the material, or give the condition under which it is required"))
    }
    for waiver in service.waivers
    where waiver.qualifier?.constantBool == false && !service.materials.contains(where: \.waivable) {
      diagnostics.append(
        Diagnostic(
          .neverApplies, "the waiver policy's 'only if' can never hold: no material is ever waived",
          at: waiver.span, help: "give the condition under which materials may be waived"))
    }
  }

  /// E0208 for a waivable material that no waiver policy in force in its period can waive.
  private mutating func checkWaivable(_ material: CompiledMaterial, waivers: [CompiledWaiver]) {
    let why: String?
    if waivers.isEmpty {
      why = "the service has no waiver policy" + (service.waivers.isEmpty ? "" : " in force in its period")
    } else if waivers.allSatisfy({ $0.atMost == 0 }) {
      why = "the waiver policy allows at most 0 materials"
    } else if waivers.allSatisfy({ $0.qualifier?.constantBool == false }) {
      why = "the waiver policy's 'only if' is always false"
    } else {
      why = nil
    }
    guard let why else { return }
    diagnostics.append(
      Diagnostic(
        .waivableNeverWaived, "material '\(material.id)' is waivable but can never be waived: \(why)",
        at: material.span, help: "add a waiver { at most N; only if … } block, or drop 'waivable'"))
  }
}
