import YiciSyntax

/// What a hover says of a symbol or a keyword, as Markdown.
enum Hover {
  /// The hover text of a symbol, read from its declaration.
  static func text(of symbol: Symbol) -> String {
    switch symbol {
    case .service(let service, _):
      var lines = ["**service** `\(service.id.name)`"]
      for item in service.header {
        guard case .text(let text) = item.value else { continue }
        lines.append("\(item.keyword.spellings.english) (\(item.keyword.spellings.chinese)): \(show(text))")
      }
      return lines.joined(separator: "\n\n")
    case .vocabulary(let vocabulary, _):
      var lines = ["**vocabulary** `\(vocabulary.id.name)`"]
      if let name = vocabulary.name { lines.append(show(name)) }
      lines.append("\(vocabulary.facts.count) facts, \(vocabulary.materials.count) materials")
      return lines.joined(separator: "\n\n")
    case .calendar(let calendar, _):
      var lines = ["**calendar** `\(calendar.id.name)`"]
      if let name = calendar.name { lines.append(show(name)) }
      lines.append("years: " + calendar.years.map(\.year).map(String.init).joined(separator: ", "))
      return lines.joined(separator: "\n\n")
    case .fact(let fact, let file): return factText(fact, file)
    case .condition(let condition, let file):
      var lines = ["**condition** `\(condition.id.name)`: `\(file.text(in: condition.expression.range))`"]
      if let reason = condition.reason { lines.append("otherwise: " + show(reason)) }
      if let basis = condition.basis { lines.append("basis: " + show(basis)) }
      if let commitment = condition.commitment { lines.append("commitment (告知承诺): " + show(commitment)) }
      lines += period(condition.period)
      return lines.joined(separator: "\n\n")
    case .material(let material, let file): return materialText(material, file)
    case .option(let option, let fact, _):
      var text = "**option** `\(option.id.name)` of fact `\(fact.id.name)`"
      if let label = option.label { text += ": " + show(label) }
      return text
    }
  }

  /// The hover text of a keyword: both spellings and what it means.
  static func text(of keyword: Keyword) -> String {
    let (english, chinese) = keyword.spellings
    return "**\(english)** · **\(chinese)** (keyword)\n\n\(keyword.meaning)"
  }

  private static func factText(_ fact: FactSyntax, _ file: SourceFile) -> String {
    var lines: [String] = []
    switch fact.definition {
    case .input(let type):
      let written =
        switch type.kind {
        case .options: "options"
        case .choices: "choices (any number of the options)"
        default: file.text(in: type.range)
        }
      lines.append("**fact** `\(fact.id.name)`: \(written)")
    case .derived(let expression):
      lines.append("**derived fact** `\(fact.id.name)` = `\(file.text(in: expression.range))`")
    }
    if let label = fact.label { lines.append(show(label)) }
    if let question = fact.question { lines.append("ask: " + show(question)) }
    if case .input(let type) = fact.definition, let options = type.optionList {
      lines.append(
        "options: "
          + options.map { option in option.label.map { "`\(option.id.name)` \(show($0))" } ?? "`\(option.id.name)`" }
          .joined(separator: ", "))
    }
    lines += period(fact.period)
    return lines.joined(separator: "\n\n")
  }

  private static func materialText(_ material: MaterialSyntax, _ file: SourceFile) -> String {
    var lines = ["**material** `\(material.id.name)`" + (material.displayName.map { ": " + show($0) } ?? "")]
    var traits: [String] = []
    if let form = material.form { traits.append(form.rawValue) }
    if let copies = material.copies {
      traits.append("\(copies) copies" + (material.copiesPer.map { " per `\($0.name)`" } ?? ""))
    }
    if material.shared { traits.append("shared (免提交 when the platform supplies it)") }
    if material.waivable { traits.append("waivable (容缺)") }
    if material.sourceIsLibrary { traits.append("from the electronic licence library") }
    if !traits.isEmpty { lines.append(traits.joined(separator: " · ")) }
    if let when = material.when { lines.append("when: `\(file.text(in: when.range))`") }
    if !material.alternatives.isEmpty {
      lines.append("any of: " + material.alternatives.map { "`\($0.name)`" }.joined(separator: ", "))
    }
    if let source = material.source { lines.append("source: " + show(source)) }
    if let basis = material.basis { lines.append("basis: " + show(basis)) }
    if let commitment = material.commitment { lines.append("commitment (告知承诺): " + show(commitment)) }
    return lines.joined(separator: "\n\n")
  }

  private static func show(_ text: TextSyntax) -> String {
    text.value + (text.english.map { " — \($0)" } ?? "")
  }

  private static func period(_ period: PeriodSyntax) -> [String] {
    let parts = [period.from.map { "from \($0.iso)" }, period.until.map { "until \($0.iso)" }].compactMap { $0 }
    return parts.isEmpty ? [] : ["in force " + parts.joined(separator: " ")]
  }
}
