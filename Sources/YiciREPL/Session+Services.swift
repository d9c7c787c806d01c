import Yici
import YiciSemantics
import YiciSyntax

/// Services: `:services [TEXT]` and `:use SERVICE`.
extension Session {
  /// Lists the services, or those whose id, name, alias, search word, department or code contains
  /// the text.
  func listServices(matching query: String) -> Output {
    let services = rules.compiled.services
    guard !services.isEmpty else { return .line("no services are loaded (see the problems reported when loading)") }
    let lowered = query.lowercased()
    let shown = services.filter { service in
      query.isEmpty || searchableNames(service).contains { $0.lowercased().contains(lowered) }
    }
    guard !shown.isEmpty else { return .line("no service matches '\(query)'") }
    var table = TextTable()
    for candidate in shown {
      let mark = candidate.id == service?.id ? "* " : "  "
      table.add(
        mark + candidate.id, candidate.header.name.text(english: english),
        Show.text(candidate.header.department, english: english))
    }
    return .lines(table.lines(indent: 0))
  }

  /// Chooses a service by id, name, or a part of them; facts the new service also has are kept.
  mutating func useService(_ query: String) -> Output {
    if query.isEmpty {
      guard let service else { return .failure("name the service: :use SERVICE (:services lists them)") }
      return describeService(service)
    }
    let chosen: CompiledService
    let found = rules.compiled.bundles.first { $0.id == query || $0.header.name.text == query }
    if let found {
      chosen = found.form
    } else {
      switch findService(query) {
      case .failure(let error): return .failure(error.message, error.help)
      case .success(let found): chosen = found
      }
    }
    let previous = application.facts
    bundle = found
    service = chosen
    application = Application(id: nil, service: chosen.id, date: date)
    var kept: [String] = []
    for fact in chosen.facts where fact.isInput {
      if let value = previous[fact.id], let valid = FactInput.revalidate(value, for: fact) {
        application.facts[fact.id] = valid
        kept.append(fact.id)
      }
    }
    decision = nil  // a new application: its outcome is not a change of the last one
    var output = describeService(chosen)
    if !kept.isEmpty {
      output = output.then(.line("kept " + Self.plural(kept.count, "fact") + ": " + kept.joined(separator: ", ")))
    }
    return output.then(decideAndSummarize())
  }

  /// The service a clerk's text means, or why there is none (several, or none near).
  func findService(_ query: String) -> Result<CompiledService, InputError> {
    let services = rules.compiled.services
    if let exact = services.first(where: { $0.id == query })
      ?? services.first(where: { names($0).contains { $0.lowercased() == query.lowercased() } })
    {
      return .success(exact)
    }
    let lowered = query.lowercased()
    let matching = services.filter { names($0).contains { $0.lowercased().contains(lowered) } }
    if matching.count == 1 { return .success(matching[0]) }
    if matching.count > 1 {
      return .failure(
        InputError(
          message: "'\(query)' matches \(matching.count) services; say which",
          help: matching.map { "  \($0.id)  \($0.header.name.text(english: english))" }))
    }
    if declaresService(query) {
      return .failure(InputError(message: "service '\(query)' has errors in the rules", help: [":reload shows them"]))
    }
    let hint =
      NameMatch.nearest(to: query, in: services.flatMap { searchableNames($0).dropLast(2) })
      .map { "; did you mean '\($0)'?" } ?? ""
    return .failure(InputError(message: "no service '\(query)'\(hint)", help: [":services lists them"]))
  }

  /// Whether a rule file declares a service with this id (that did not compile).
  private func declaresService(_ id: String) -> Bool {
    sources.contains { source in
      Parser.parse(source).file.declarations.contains {
        if case .service(let s) = $0 { s.id.name == id } else { false }
      }
    }
  }

  /// Id, names, then department and code (those two only for searching).
  /// The names `:services TEXT` searches: the service's names and aliases, its guide's
  /// search words (搜索词: `:services 社保` finds the social-security items), its department
  /// and its code.
  private func searchableNames(_ service: CompiledService) -> [String] {
    names(service) + (service.guide?.searchWords.flatMap { [$0.text] + ($0.english.map { [$0] } ?? []) } ?? []) + [
      service.header.department?.text ?? "", service.header.code ?? "",
    ]
  }

  /// The names `:use` knows a service by: its id, its name and its aliases (别名), in both
  /// languages.
  private func names(_ service: CompiledService) -> [String] {
    let aliases = service.guide?.aliases.flatMap { [$0.text] + ($0.english.map { [$0] } ?? []) } ?? []
    return [service.id, service.header.name.text, service.header.name.english ?? service.header.name.text] + aliases
  }

  /// `id: name`, the department and kind, and how much the service holds; for a bundle, its
  /// members.
  func describeService(_ service: CompiledService) -> Output {
    if let bundle {
      var lines = ["一件事 \(bundle.id): \(bundle.header.name.text(english: english))"]
      for member in rules.compiled.members(of: bundle) {
        lines.append("  \(member.id): \(member.header.name.text(english: english))")
      }
      let inputs = service.facts.filter(\.isInput).count
      lines.append(
        "  \(bundle.members.count) members, \(inputs) facts to ask once, \(service.materials.count) materials")
      return .lines(lines)
    }
    var lines = ["\(service.id): \(service.header.name.text(english: english))"]
    let about = [service.header.department, service.header.kind].compactMap { $0?.text(english: english) }
    if !about.isEmpty { lines.append("  " + about.joined(separator: " · ")) }
    let inputs = service.facts.filter(\.isInput).count
    let required = service.materials.filter(\.isRequirement).count
    lines.append("  \(inputs) facts to ask, \(service.conditions.count) conditions, \(required) materials")
    return .lines(lines)
  }
}
