import YiciSyntax

extension ServiceCompiler {
  /// The vocabulary material with an id, among the vocabularies this service uses.
  private func vocabularyMaterial(_ id: String) -> (syntax: MaterialSyntax, file: SourceFile, vocabulary: String)? {
    for entry in used {
      if let material = entry.syntax.materials.first(where: { $0.id.name == id }) {
        return (material, entry.file, entry.syntax.id.name)
      }
    }
    return nil
  }

  /// Compiles the materials in declaration order, then the vocabulary materials named only
  /// as alternatives. A material defined here (with a display name) that an `any(…)` names
  /// is an alternative only, not required in its own right; a vocabulary material that is
  /// both required here and named in an `any(…)` stays required (W0310).
  mutating func compileMaterials() -> [CompiledMaterial] {
    var materials: [CompiledMaterial] = []
    var slots: [String: Int] = [:]
    var definedHere = Set<String>()
    var pendingAlternatives: [(slot: Int, names: [Identifier])] = []
    let requirements =
      checkingVocabulary
      ? used.flatMap { entry in entry.syntax.materials.map { ($0, entry.file) } }
      : service.materials.map { ($0, file) }
    // Kept for the life of the rule set: sized once (alternatives may add vocabulary ones).
    materials.reserveCapacity(requirements.reduce(requirements.count) { $0 + $1.0.alternatives.count })
    for (requirement, requirementFile) in requirements {
      guard let material = compileRequirement(requirement, in: requirementFile) else { continue }
      if slots[material.id] != nil {
        // Another policy period of the same material: one id, one more version.
        let earlier = materials.filter { $0.id == material.id }.map { ($0.period, $0.span) }
        let span = SourceSpan(file: requirementFile, range: requirement.id.range)
        guard acceptsVersion(of: "material '\(material.id)'", period: material.period, at: span, earlier: earlier)
        else {
          continue
        }
      } else {
        slots[material.id] = materials.count
      }
      if !requirement.alternatives.isEmpty { pendingAlternatives.append((materials.count, requirement.alternatives)) }
      if requirement.displayName != nil { definedHere.insert(material.id) }
      materials.append(material)
    }
    var alternativesOnly = Set<String>()
    for (slot, names) in pendingAlternatives {
      for name in names {
        if name.name == materials[slot].id {
          report(.unknownMaterial, "a material cannot be its own alternative", in: file, at: name.range)
          continue
        }
        if let existing = slots[name.name] {
          materials[slot].alternatives.append(existing)
          // A vocabulary material an earlier `any(…)` brought in is an alternative only too.
          if checkingVocabulary || !materials[existing].isRequirement {
          } else if definedHere.contains(name.name) {
            alternativesOnly.insert(name.name)
          } else if materials[existing].period.overlaps(materials[slot].period) {
            reportAlsoRequired(name, of: materials[slot].id, required: materials[existing].span)
          }
        } else if let definition = vocabularyMaterial(name.name) {
          var material = makeMaterial(definition.syntax, in: definition.file, isRequirement: false)
          material.when = nil
          slots[name.name] = materials.count
          materials[slot].alternatives.append(materials.count)
          materials.append(material)
        } else {
          reportUnknownMaterial(name)
        }
      }
    }
    for slot in materials.indices where alternativesOnly.contains(materials[slot].id) {
      materials[slot].isRequirement = false
      materials[slot].when = nil
    }
    return materials
  }

  /// W0310: an alternative of an `any(…)` that the service also requires on its own, so
  /// that bringing the other alternatives never suffices.
  private mutating func reportAlsoRequired(_ name: Identifier, of material: String, required: SourceSpan) {
    guard reportsMore else { return }
    report(
      .alternativeAlsoRequired,
      "'\(name.name)' is an alternative of '\(material)' but is also required on its own", in: file, at: name.range,
      help:
        "bringing another alternative of '\(material)' never suffices while '\(name.name)' is required anyway: drop its own requirement, or drop it from the any(…)",
      notes: [Diagnostic.Note("required on its own here", at: required)])
  }

  private mutating func compileRequirement(_ syntax: MaterialSyntax, in syntaxFile: SourceFile) -> CompiledMaterial? {
    checkPeriod(syntax.period, in: syntaxFile)
    if syntax.displayName != nil || checkingVocabulary {
      if !checkingVocabulary, let definition = vocabularyMaterial(syntax.id.name) {
        report(
          .duplicateDefinition,
          "material '\(syntax.id.name)' is already defined in vocabulary '\(definition.vocabulary)'",
          in: syntaxFile, at: syntax.id.range,
          help: "leave out the display name to require the vocabulary's material",
          notes: [
            Diagnostic.Note("defined here", at: SourceSpan(file: definition.file, range: definition.syntax.id.range))
          ])
        return nil
      }
      return makeMaterial(syntax, in: syntaxFile, isRequirement: true)
    }
    guard let definition = vocabularyMaterial(syntax.id.name) else {
      reportUnknownMaterial(syntax.id)
      return nil
    }
    var material = makeMaterial(definition.syntax, in: definition.file, isRequirement: true)
    // The requirement's own attributes refine the vocabulary's definition.
    material.span = SourceSpan(file: syntaxFile, range: syntax.id.range)
    if let form = syntax.form { material.form = form }
    if let copies = syntax.copies {
      material.copies = copies
      material.copiesPer = syntax.copiesPer.flatMap { copiesPer($0, in: syntaxFile) }
    }
    if let when = syntax.when { material.when = typeCheckBool(when, in: syntaxFile, what: "a 'when' clause") }
    material.shared = material.shared || syntax.shared
    material.waivable = material.waivable || syntax.waivable
    if let source = syntax.source { material.source = LocalizedText(source) }
    material.sourceIsLibrary = material.sourceIsLibrary || syntax.sourceIsLibrary
    if let basis = syntax.basis { material.basis = LocalizedText(basis) }
    if let commitment = syntax.commitment {
      material.commitment = LocalizedText(commitment)
      material.commitmentQualifier = commitmentQualifier(syntax, in: syntaxFile)
    }
    material.notes.refine(with: materialNotes(syntax.notes, in: syntaxFile))
    let period = period(syntax.period)
    if period.from != nil { material.period.from = period.from }
    if period.until != nil { material.period.until = period.until }
    return material
  }

  private mutating func makeMaterial(_ syntax: MaterialSyntax, in file: SourceFile, isRequirement: Bool)
    -> CompiledMaterial
  {
    var material = CompiledMaterial(
      id: syntax.id.name, name: syntax.displayName.map(LocalizedText.init) ?? LocalizedText(syntax.id.name),
      form: syntax.form, copies: syntax.copies,
      when: syntax.when.flatMap { typeCheckBool($0, in: file, what: "a 'when' clause") }, alternatives: [],
      shared: syntax.shared, waivable: syntax.waivable, source: syntax.source.map(LocalizedText.init),
      sourceIsLibrary: syntax.sourceIsLibrary, basis: syntax.basis.map(LocalizedText.init),
      commitment: syntax.commitment.map(LocalizedText.init),
      commitmentQualifier: commitmentQualifier(syntax, in: file), period: period(syntax.period),
      isRequirement: isRequirement, span: SourceSpan(file: file, range: syntax.id.range))
    material.notes = materialNotes(syntax.notes, in: file)
    material.copiesPer = syntax.copiesPer.flatMap { copiesPer($0, in: file) }
    return material
  }

  /// The slot of the fact copies are counted per: a number fact, given or derived (E0227).
  private mutating func copiesPer(_ name: Identifier, in file: SourceFile) -> Int? {
    guard let slot = factSlots[name.name] else {
      reportUnknownName(name.name, at: name.range, in: file)
      return nil
    }
    guard let type = factSyntax[slot].syntax.isDerived ? derivedType(slot) : facts[slot].type else { return nil }
    guard case .number = type else {
      report(
        .copiesPerNotNumber, "copies are counted per a number, but '\(name.name)' is \(type)", in: file,
        at: name.range, help: "name a number fact that counts people, e.g. shareholders: number \"股东人数\"")
      return nil
    }
    return slot
  }

  private mutating func commitmentQualifier(_ syntax: MaterialSyntax, in file: SourceFile) -> CompiledExpression? {
    syntax.commitmentQualifier.flatMap { typeCheckBool($0, in: file, what: "a commitment's 'only if'") }
  }

  private mutating func reportUnknownMaterial(_ name: Identifier) {
    guard reportsMore else { return }
    let known = service.materials.map(\.id.name) + used.flatMap { $0.syntax.materials.map(\.id.name) }
    report(
      .unknownMaterial, "no material named '\(name.name)'", in: file, at: name.range,
      label: Suggestions.label(for: name.name, in: known),
      help: "give it a display name to define it here, or 'uses' the vocabulary that defines it")
  }

  /// Compiles the waiver policy.
  mutating func compileWaiver(_ syntax: WaiverSyntax) -> CompiledWaiver? {
    var atMost: Int?
    if let limit = syntax.atMost {
      if let value = Int(limit.value) {
        atMost = value
      } else {
        report(.invalidWaiverLimit, "'at most' takes a whole number, not \(limit.value)", in: file, at: limit.range)
      }
    }
    checkPeriod(syntax.period, in: file)
    let qualifier = syntax.qualifier.flatMap { typeCheckBool($0, in: file, what: "the waiver's 'only if'") }
    return CompiledWaiver(
      atMost: atMost, qualifier: qualifier, letter: syntax.letter.map(LocalizedText.init),
      basis: syntax.basis.map(LocalizedText.init), period: period(syntax.period),
      span: SourceSpan(file: file, range: syntax.range))
  }
}

extension ServiceCompiler {
  /// The service's waiver policies: one, or one per policy period; two in force on the
  /// same days are an error at both (E0204), as two versions of one condition are.
  mutating func compileWaivers() -> [CompiledWaiver] {
    var compiled: [CompiledWaiver] = []
    var earlier: [(period: Period, span: SourceSpan)] = []
    for syntax in service.waivers {
      guard let waiver = compileWaiver(syntax) else { continue }
      let keyword = SourceSpan(file: file, range: syntax.keyword)
      if acceptsVersion(of: "the waiver policy", period: waiver.period, at: keyword, earlier: earlier) {
        compiled.append(waiver)
      }
      earlier.append((waiver.period, keyword))
    }
    return compiled
  }
}
