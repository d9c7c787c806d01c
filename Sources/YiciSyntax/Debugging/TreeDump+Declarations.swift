// Services, vocabularies and what they hold, as tree-dump nodes.

extension TreeDump {
  mutating func declaration(_ declaration: Declaration) {
    switch declaration {
    case .service(let service): self.service(service)
    case .vocabulary(let vocabulary): self.vocabulary(vocabulary)
    case .calendar(let calendar): self.calendar(calendar)
    case .bundle(let bundle): self.bundle(bundle)
    }
  }

  mutating func service(_ service: ServiceSyntax) {
    node("Service", [service.id.name], range: service.range) { dump in
      for item in service.header { dump.header(item) }
      for fact in service.facts { dump.fact(fact) }
      for condition in service.conditions { dump.condition(condition) }
      for material in service.materials { dump.material(material) }
      for waiver in service.waivers { dump.waiver(waiver) }
      for limits in service.timeLimits { dump.timeLimits(limits) }
      for guide in service.guides { dump.guide(guide) }
    }
  }

  mutating func vocabulary(_ vocabulary: VocabularySyntax) {
    node("Vocabulary", [vocabulary.id.name, Self.field("name", vocabulary.name)], range: vocabulary.range) { dump in
      for fact in vocabulary.facts { dump.fact(fact) }
      for material in vocabulary.materials { dump.material(material) }
    }
  }

  mutating func header(_ item: HeaderItem) {
    if case .conditionalNumber(let number, let when) = item.value {
      node("Header", [item.keyword.rawValue, "number=\(number)"], range: item.range) { dump in
        dump.expression(when, label: "when")
      }
      return
    }
    let value: String? =
      switch item.value {
      case .text(let text): Self.field("text", text)
      case .number(let number), .conditionalNumber(let number, _): "number=\(number)"
      case .names(let names): "names=\(names.map(\.name).joined(separator: ","))"
      case .date(let date): "date=\(date.iso)"
      case .flag: nil
      }
    node("Header", [item.keyword.rawValue, value], range: item.range)
  }

  mutating func fact(_ fact: FactSyntax) {
    let definition: String =
      switch fact.definition {
      case .input(let type): "input=\(Self.describe(type))"
      case .derived: "derived"
      }
    let fields = [
      fact.id.name, definition, Self.field("label", fact.label), Self.field("question", fact.question),
      Self.field(fact.period),
    ]
    node("Fact", fields, range: fact.range) { dump in
      switch fact.definition {
      case .input(let type):
        guard let options = type.optionList else { return }
        for option in options {
          dump.node("Option", [option.id.name, Self.field("label", option.label)], range: option.id.range)
        }
      case .derived(let expression): dump.expression(expression, label: "let:")
      }
    }
  }

  static func describe(_ type: TypeSyntax) -> String {
    switch type.kind {
    case .bool: "bool"
    case .number(let unit): unit.map { "number(\($0))" } ?? "number"
    case .text: "text"
    case .date: "date"
    case .options(let options): "options(\(options.count))"
    case .choices(let options): "choices(\(options.count))"
    }
  }

  mutating func condition(_ condition: ConditionSyntax) {
    let fields = [
      condition.id.name, Self.field("reason", condition.reason), Self.field("basis", condition.basis),
      Self.field("commitment", condition.commitment), Self.field(condition.period),
    ]
    node("Condition", fields, range: condition.range) { dump in
      dump.expression(condition.expression)
      if let qualifier = condition.commitmentQualifier { dump.expression(qualifier, label: "commitmentOnlyIf:") }
    }
  }

  mutating func material(_ material: MaterialSyntax) {
    let fields =
      [
        material.id.name, Self.field("name", material.displayName), Self.field("form", material.form?.rawValue),
        Self.field("copies", material.copies.map(String.init)), Self.field("per", material.copiesPer?.name),
        material.alternatives.isEmpty ? nil : "any=\(material.alternatives.map(\.name).joined(separator: ","))",
        material.shared ? "shared" : nil, material.waivable ? "waivable" : nil, Self.field("source", material.source),
        material.sourceIsLibrary ? "source=library" : nil, Self.field("basis", material.basis),
        Self.field("commitment", material.commitment), Self.field(material.period),
      ] + Self.fields(material.notes)
    node("Material", fields, range: material.range) { dump in
      if let when = material.when { dump.expression(when, label: "when:") }
      if let qualifier = material.commitmentQualifier { dump.expression(qualifier, label: "commitmentOnlyIf:") }
    }
  }

  mutating func waiver(_ waiver: WaiverSyntax) {
    let fields = [
      waiver.atMost.map { "atMost=\($0.value)" + at($0.range) }, Self.field("letter", waiver.letter),
      Self.field("basis", waiver.basis), Self.field(waiver.period),
    ]
    node("Waiver", fields, range: waiver.range) { dump in
      if let qualifier = waiver.qualifier { dump.expression(qualifier, label: "onlyIf:") }
    }
  }
}
