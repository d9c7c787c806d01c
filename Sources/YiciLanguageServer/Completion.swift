import YiciSyntax

/// What may be typed at a position (`textDocument/completion`): the keywords in the file's
/// own keyword language, the facts, options, conditions and materials in scope, and the
/// vocabularies and services of the tree. The client filters by what is typed.
enum Completion {
  /// The protocol's `CompletionItemKind` numbers used here.
  private enum Kind {
    static let field = 5
    static let variable = 6
    static let `class` = 7
    static let module = 9
    static let value = 12
    static let keyword = 14
    static let enumMember = 20
  }

  static func items(at offset: Int, in source: SourceFile, table: SymbolTable) -> [JSONValue] {
    guard let file = table.ruleFile(source) else { return [] }
    var items: [JSONValue] = []
    var seen = Set<String>()
    func add(_ label: String, kind: Int, detail: String?) {
      guard seen.insert("\(kind):\(label)").inserted else { return }
      var item: [String: JSONValue] = ["label": .string(label), "kind": .int(kind)]
      if let detail { item["detail"] = .string(detail) }
      items.append(.object(item))
    }
    func addItems(facts: [FactSyntax], conditions: [ConditionSyntax], materials: [MaterialSyntax]) {
      for fact in facts {
        add(fact.id.name, kind: Kind.variable, detail: fact.label?.value ?? "fact")
        if case .input(let type) = fact.definition, let options = type.optionList {
          for option in options { add(option.id.name, kind: Kind.enumMember, detail: "option of \(fact.id.name)") }
        }
      }
      for condition in conditions { add(condition.id.name, kind: Kind.value, detail: "condition") }
      for material in materials {
        add(material.id.name, kind: Kind.field, detail: material.displayName?.value ?? "material")
      }
    }
    for declaration in file.declarations {
      switch declaration {
      case .service(let service) where service.range.start <= offset && offset <= service.range.end:
        addItems(facts: service.facts, conditions: service.conditions, materials: service.materials)
        for used in SymbolTable.uses(service) {
          guard case .vocabulary(let vocabulary, _)? = table.topLevel(used) else { continue }
          addItems(facts: vocabulary.facts, conditions: [], materials: vocabulary.materials)
        }
      case .vocabulary(let vocabulary) where vocabulary.range.start <= offset && offset <= vocabulary.range.end:
        addItems(facts: vocabulary.facts, conditions: [], materials: vocabulary.materials)
      default: continue
      }
    }
    for other in table.files {
      for declaration in other.declarations {
        switch declaration {
        case .vocabulary(let vocabulary): add(vocabulary.id.name, kind: Kind.module, detail: "vocabulary")
        case .service(let service): add(service.id.name, kind: Kind.class, detail: "service")
        default: continue
        }
      }
    }
    let language = file.language ?? .chinese
    for keyword in Keyword.allCases where keyword != .english && keyword != .copiesSuffix {
      let (english, chinese) = keyword.spellings
      let label = language == .english ? english : chinese
      add(label, kind: Kind.keyword, detail: language == .english ? chinese : english)
    }
    return items
  }
}
