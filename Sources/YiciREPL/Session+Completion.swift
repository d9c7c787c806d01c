import Yici

/// What the session offers to complete now.
extension Session {
  /// The completion context: commands; services; the chosen service's facts with their
  /// values (option ids and labels, yes/no words), materials and commitments.
  public var completionContext: CompletionContext {
    var context = CompletionContext()
    context.commands = Commands.all.map { CompletionContext.CommandEntry(names: $0.names, arguments: $0.arguments) }
    for service in rules.compiled.services {
      context.services += [service.id, service.header.name.text] + [service.header.name.english].compactMap { $0 }
    }
    guard let service else { return context }
    context.facts = service.facts.map { fact in
      let names = [fact.id] + [fact.label?.text, fact.label?.english].compactMap { $0 }.filter { !$0.contains(" ") }
      let values: [String] =
        switch fact.type {
        case .bool: ["true", "false", "是", "否"]
        case .date: ["today"]
        case .options(let set), .choices(let set):
          set.options.flatMap { [$0.id] + [$0.label?.text, $0.label?.english].compactMap { $0 } }
        case .number, .text: []
        }
      return CompletionContext.FactEntry(names: names, values: values, options: fact.options.map(\.id))
    }
    context.materials = service.materials.flatMap { [$0.id, $0.name.text] }.filter { !$0.contains(" ") }
    context.provided = application.materials + application.shared
    context.commitments = Self.commitmentIDs(in: service, on: date)
    context.signed = application.commitments
    return context
  }

  /// Candidates for the word before `cursor` (a UTF-8 offset) in `line`.
  public func complete(_ line: String, cursor: Int) -> Completions {
    Completion.complete(line, cursor: cursor, in: completionContext)
  }
}
