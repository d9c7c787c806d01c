import YiciSyntax

/// The document's outline (`textDocument/documentSymbol`): services, vocabularies and
/// calendars, each with its facts, conditions and materials.
enum Outline {
  /// The symbols of a parsed file, as protocol `DocumentSymbol`s.
  static func symbols(of file: RuleFile) -> [JSONValue] {
    let source = file.source
    func symbol(_ id: Identifier, detail: String?, kind: Int, range: SourceRange, children: [JSONValue] = [])
      -> JSONValue
    {
      var members: [String: JSONValue] = [
        "name": .string(id.name), "kind": .int(kind), "range": Positions.range(range, in: source),
        "selectionRange": Positions.range(id.range, in: source),
      ]
      if let detail { members["detail"] = .string(detail) }
      if !children.isEmpty { members["children"] = .array(children) }
      return .object(members)
    }
    func items(_ facts: [FactSyntax], _ conditions: [ConditionSyntax], _ materials: [MaterialSyntax]) -> [JSONValue] {
      facts.map { symbol($0.id, detail: $0.label?.value, kind: SymbolKind.variable, range: $0.range) }
        + conditions.map { symbol($0.id, detail: $0.reason?.value, kind: SymbolKind.boolean, range: $0.range) }
        + materials.map { symbol($0.id, detail: $0.displayName?.value, kind: SymbolKind.field, range: $0.range) }
    }
    return file.declarations.map { declaration in
      switch declaration {
      case .service(let service):
        let name = service.header.lazy.compactMap { item -> String? in
          guard item.keyword == .name, case .text(let text) = item.value else { return nil }
          return text.value
        }.first
        return symbol(
          service.id, detail: name, kind: SymbolKind.class, range: service.range,
          children: items(service.facts, service.conditions, service.materials))
      case .vocabulary(let vocabulary):
        return symbol(
          vocabulary.id, detail: vocabulary.name?.value, kind: SymbolKind.module, range: vocabulary.range,
          children: items(vocabulary.facts, [], vocabulary.materials))
      case .calendar(let calendar):
        return symbol(calendar.id, detail: calendar.name?.value, kind: SymbolKind.namespace, range: calendar.range)
      case .bundle(let bundle):
        let name = bundle.header.lazy.compactMap { item -> String? in
          guard item.keyword == .name, case .text(let text) = item.value else { return nil }
          return text.value
        }.first
        let members = bundle.members.map {
          symbol($0.service, detail: nil, kind: SymbolKind.field, range: $0.range)
        }
        return symbol(
          bundle.id, detail: name, kind: SymbolKind.package, range: bundle.range,
          children: items(bundle.facts + bundle.situations.map(\.fact), [], []) + members)
      }
    }
  }
}

/// The protocol's `SymbolKind` numbers used here.
enum SymbolKind {
  static let module = 2
  static let namespace = 3
  static let package = 4
  static let `class` = 5
  static let field = 8
  static let variable = 13
  static let boolean = 17
  static let enumMember = 22
}
