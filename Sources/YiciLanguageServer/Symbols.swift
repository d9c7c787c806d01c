import YiciSyntax

/// Something a name in a rule file stands for, with where it is declared.
enum Symbol {
  case service(ServiceSyntax, SourceFile)
  case vocabulary(VocabularySyntax, SourceFile)
  case calendar(CalendarSyntax, SourceFile)
  case fact(FactSyntax, SourceFile)
  case condition(ConditionSyntax, SourceFile)
  case material(MaterialSyntax, SourceFile)
  case option(OptionSyntax, of: FactSyntax, SourceFile)

  /// The declaring file.
  var file: SourceFile {
    switch self {
    case .service(_, let file), .vocabulary(_, let file), .calendar(_, let file), .fact(_, let file),
      .condition(_, let file), .material(_, let file), .option(_, _, let file):
      file
    }
  }

  /// The declared id.
  var id: Identifier {
    switch self {
    case .service(let service, _): service.id
    case .vocabulary(let vocabulary, _): vocabulary.id
    case .calendar(let calendar, _): calendar.id
    case .fact(let fact, _): fact.id
    case .condition(let condition, _): condition.id
    case .material(let material, _): material.id
    case .option(let option, _, _): option.id
    }
  }

  /// Whether two symbols are the same declaration.
  func isSame(as other: Symbol) -> Bool {
    file.path == other.file.path && id.range == other.id.range
  }
}

/// Names resolved as the checker resolves them: in a service, its own facts, conditions and
/// materials (and its facts' options), then those of the vocabularies it uses in the order
/// named; in a vocabulary, its own; anywhere, the ids of services, vocabularies and
/// calendars. A material required without a display name is the vocabulary's material.
struct SymbolTable {
  /// The files, parsed.
  let files: [RuleFile]

  init(_ sources: [SourceFile]) {
    files = sources.map { Parser.parse($0).file }
  }

  /// The parsed file of a source.
  func ruleFile(_ source: SourceFile) -> RuleFile? {
    files.first { $0.source.path == source.path }
  }

  /// What the name at `offset` of `source` stands for.
  func resolve(_ name: String, at offset: Int, in source: SourceFile) -> Symbol? {
    guard let file = ruleFile(source) else { return nil }
    for declaration in file.declarations {
      switch declaration {
      case .service(let service) where service.range.start <= offset && offset <= service.range.end:
        if service.id.name == name, service.id.range.start <= offset, offset <= service.id.range.end {
          return .service(service, source)
        }
        if let own = Self.item(
          name, facts: service.facts, conditions: service.conditions,
          materials: service.materials, in: source)
        {
          if case .material(let material, _) = own, material.displayName == nil,
            let lent = vocabularyItem(name, uses: Self.uses(service))
          {
            return lent
          }
          return own
        }
        if let lent = vocabularyItem(name, uses: Self.uses(service)) { return lent }
      case .vocabulary(let vocabulary) where vocabulary.range.start <= offset && offset <= vocabulary.range.end:
        if let own = Self.item(
          name, facts: vocabulary.facts, conditions: [], materials: vocabulary.materials,
          in: source)
        {
          return own
        }
      default: continue
      }
    }
    return topLevel(name)
  }

  /// A service, vocabulary or calendar by id, in any file.
  func topLevel(_ name: String) -> Symbol? {
    for file in files {
      for declaration in file.declarations {
        switch declaration {
        case .service(let service) where service.id.name == name: return .service(service, file.source)
        case .vocabulary(let vocabulary) where vocabulary.id.name == name: return .vocabulary(vocabulary, file.source)
        case .calendar(let calendar) where calendar.id.name == name: return .calendar(calendar, file.source)
        default: continue
        }
      }
    }
    return nil
  }

  /// Every place the symbol is named (its declaration first): the identifier tokens of the
  /// files that resolve to it.
  func references(to symbol: Symbol) -> [(file: SourceFile, range: SourceRange)] {
    var found: [(file: SourceFile, range: SourceRange)] = [(symbol.file, symbol.id.range)]
    for file in files {
      var lexer = Lexer(file: file.source)
      for token in lexer.tokenize() where token.kind == .identifier && token.text == symbol.id.name {
        guard !(file.source.path == symbol.file.path && token.range == symbol.id.range),
          let target = resolve(token.text, at: token.range.start, in: file.source), target.isSame(as: symbol)
        else { continue }
        found.append((file.source, token.range))
      }
    }
    return found
  }

  /// The vocabularies a service names in `uses`.
  static func uses(_ service: ServiceSyntax) -> [String] {
    service.header.flatMap { item -> [String] in
      guard item.keyword == .uses, case .names(let names) = item.value else { return [] }
      return names.map(\.name)
    }
  }

  private func vocabularyItem(_ name: String, uses: [String]) -> Symbol? {
    for used in uses {
      guard case .vocabulary(let vocabulary, let source)? = topLevel(used),
        let item = Self.item(name, facts: vocabulary.facts, conditions: [], materials: vocabulary.materials, in: source)
      else { continue }
      return item
    }
    return nil
  }

  private static func item(
    _ name: String, facts: [FactSyntax], conditions: [ConditionSyntax], materials: [MaterialSyntax],
    in source: SourceFile
  ) -> Symbol? {
    if let fact = facts.first(where: { $0.id.name == name }) { return .fact(fact, source) }
    if let condition = conditions.first(where: { $0.id.name == name }) { return .condition(condition, source) }
    if let material = materials.first(where: { $0.id.name == name }) { return .material(material, source) }
    for fact in facts {
      guard case .input(let type) = fact.definition, let options = type.optionList,
        let option = options.first(where: { $0.id.name == name })
      else { continue }
      return .option(option, of: fact, source)
    }
    return nil
  }
}
