extension Parser {
  /// `materials { id: ["display name"] attributes… }`.
  mutating func parseMaterials() throws(Recovery) -> [MaterialSyntax] {
    var materials: [MaterialSyntax] = []
    _ = try parseBlock("the materials block", isItemStart: \.atEntry) { (parser: inout Parser) throws(Recovery) in
      materials.append(try parser.parseMaterial())
    }
    return materials
  }

  private mutating func parseMaterial() throws(Recovery) -> MaterialSyntax {
    guard atEntry else { throw fail("expected a material ('id: \"name\" …'), found \(describe(current))") }
    let id = Identifier(current.text, range: advance().range)
    advance()  // ':'
    var material = MaterialSyntax(
      id: id, displayName: nil, form: nil, copies: nil, when: nil, alternatives: [], shared: false,
      waivable: false, source: nil, sourceIsLibrary: false, basis: nil, commitment: nil, period: .always,
      range: id.range)
    if current.kind == .string { material.displayName = try parseText("the material's name") }
    while try parseMaterialAttribute(&material) {}
    material.range = material.range.union(tokens[index - 1].range)
    return material
  }

  /// Parses one attribute if one is next; returns whether it did.
  private mutating func parseMaterialAttribute(_ material: inout MaterialSyntax) throws(Recovery) -> Bool {
    for (keyword, form) in [(Keyword.original, MaterialForm.original), (.copy, .copy), (.electronic, .electronic)] {
      if let range = accept(keyword) {
        material.form = combinedForm(material.form, form, at: range)
        return true
      }
    }
    if let keyword = accept(.copies) {
      material.copies = try parseCopies(at: keyword, material.copies)
      try parseCopiesPer(&material)
      return true
    }
    if current.kind == .number, peek().is(.copiesSuffix) {
      let number = advance()
      advance()
      if material.copies != nil { reportDuplicate("copies", at: number.range) }
      material.copies = copies(number)
      try parseCopiesPer(&material)
      return true
    }
    if let keyword = accept(.when) {
      if material.when != nil { reportDuplicate("when", at: keyword) }
      material.when = try parseExpression()
      return true
    }
    if let keyword = accept(.any) {
      if !material.alternatives.isEmpty { reportDuplicate("any", at: keyword) }
      _ = try expect(.leftParen, "'(' after 'any'")
      var alternatives = [try expectIdentifier("a material id")]
      while current.kind == .comma {
        advance()
        alternatives.append(try expectIdentifier("a material id"))
      }
      _ = try expect(.rightParen, "')' after the alternatives")
      material.alternatives = alternatives
      return true
    }
    if accept(.shared) != nil {
      material.shared = true
      return true
    }
    if accept(.waivable) != nil {
      material.waivable = true
      return true
    }
    if let keyword = accept(.source) {
      if material.source != nil || material.sourceIsLibrary { reportDuplicate("source", at: keyword) }
      if accept(.library) != nil {
        material.sourceIsLibrary = true
      } else {
        material.source = try parseText("where the material comes from, or 'library'")
      }
      return true
    }
    if let keyword = accept(.basis) {
      if material.basis != nil { reportDuplicate("basis", at: keyword) }
      material.basis = try parseText("the legal basis after 'basis'")
      return true
    }
    if let keyword = accept(.commitment) {
      if material.commitment != nil { reportDuplicate("commitment", at: keyword) }
      material.commitment = try parseText("the commitment text after 'commitment'")
      material.commitmentQualifier = try parseCommitmentQualifier()
      return true
    }
    if try parseMaterialNote(&material.notes) { return true }
    return try parsePeriodClause(&material.period)
  }

  /// The form after `form` is written where the material already has `existing`: `original`
  /// and `copy` together are 原件核验 + 复印件留存, in either order; the same form twice is
  /// E0112, and `electronic` beside another form E0113.
  private mutating func combinedForm(
    _ existing: MaterialForm?, _ form: MaterialForm, at range: SourceRange
  ) -> MaterialForm {
    guard let existing else { return form }
    switch (existing, form) {
    case (.original, .copy), (.copy, .original):
      return .originalAndCopy
    case (.original, .original), (.copy, .copy), (.electronic, .electronic), (.originalAndCopy, .original),
      (.originalAndCopy, .copy):
      reportDuplicate("form", at: range)
      return existing
    default:
      report(
        .conflictingForms, "'\(tokens[index - 1].text)' cannot go with the form already given",
        at: range,
        help: "a material is an original, a copy, an original with copies kept ('original copy' / '原件 复印件': "
          + "原件核验，复印件留存), or electronic alone")
      return existing
    }
  }

  private mutating func parseCopies(at keyword: SourceRange, _ existing: Int?) throws(Recovery) -> Int {
    let number = try expect(.number, "the number of copies")
    if existing != nil { reportDuplicate("copies", at: keyword) }
    return copies(number)
  }

  /// `per fact` / `每 fact` after the copies: that many for each one the fact counts.
  private mutating func parseCopiesPer(_ material: inout MaterialSyntax) throws(Recovery) {
    // `per:` is the next material, not this one's `per`.
    guard !atEntry, accept(.copiesPer) != nil else { return }
    material.copiesPer = try expectIdentifier("the number fact the copies are counted per")
  }

  /// The number of copies a number token says, or 1 after reporting one that is not a
  /// whole number from 1 to 999.
  private mutating func copies(_ number: Token) -> Int {
    guard let copies = Int(number.text), (1...999).contains(copies) else {
      report(.invalidNumber, "the number of copies must be a whole number from 1 to 999", at: number.range)
      return 1
    }
    return copies
  }
}
