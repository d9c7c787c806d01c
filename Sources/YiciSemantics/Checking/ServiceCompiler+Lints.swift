import YiciSyntax

extension ServiceCompiler {
  /// Checks that hold across the compiled service: waivers that can never apply, and the
  /// reform rules of the brief (seed 000: no material without a legal basis; a material
  /// the shared licence library holds should be exempt, not required).
  mutating func lint(_ service: CompiledService) {
    for material in service.materials where material.isRequirement {
      if material.waivable { checkWaivable(material, waiver: service.waiver) }
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
    for (condition, syntax) in zip(service.conditions, self.service.conditions) where condition.reason == nil {
      report(
        .conditionWithoutReason, "condition '\(condition.id)' has no reason for the applicant", in: file,
        at: syntax.id.range, help: "add otherwise \"…\" to say why an application that fails it is not accepted")
    }
  }

  private mutating func checkWaivable(_ material: CompiledMaterial, waiver: CompiledWaiver?) {
    let why: String?
    if waiver == nil {
      why = "the service has no waiver policy"
    } else if waiver?.atMost == 0 {
      why = "the waiver policy allows at most 0 materials"
    } else if waiver?.qualifier?.constantBool == false {
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
