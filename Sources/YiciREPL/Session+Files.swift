import Foundation
import Yici

/// Files: loading and `:reload`ing the rules, `:save` and `:open` of applications.
extension Session {
  /// Reads and checks the rules at `rulePaths`: the diagnostics as `yici check` shows them,
  /// then a summary line. Failed when a path cannot be read or the rules have errors.
  mutating func loadRules() -> Output {
    let (sources, problems) = files.ruleSources(rulePaths)
    self.sources = sources
    rules = RuleSet(sources: sources)
    var text = problems.map { "error: \($0)\n" }.joined()
    let renderer = DiagnosticRenderer(colored: colored)
    text += rules.diagnostics.map { renderer.render($0) + "\n" }.joined()
    let services = rules.compiled.services.count
    let errors = rules.errors.count
    let warnings = rules.diagnostics.count - errors
    var summary = "loaded " + Self.plural(services, "service") + " from " + Self.plural(sources.count, "file")
    if errors + warnings > 0 {
      summary +=
        ": "
        + [errors > 0 ? Self.plural(errors, "error") : nil, warnings > 0 ? Self.plural(warnings, "warning") : nil]
        .compactMap { $0 }.joined(separator: ", ")
    }
    return Output(text: text + summary + "\n", failed: !problems.isEmpty || errors > 0)
  }

  /// `:reload`: reads the rules again and keeps the application, dropping only what the
  /// edited service no longer has.
  mutating func reload() -> Output {
    let report = loadRules()
    let id = application.service
    guard !id.isEmpty else { return report }
    guard let fresh = rules.compiled.service(id) else {
      service = nil
      decision = nil
      return report.then(
        .failure("service '\(id)' is not among the rules now; the application is kept until the next :reload"))
    }
    service = fresh
    var dropped: [String] = []
    for (factID, value) in application.facts.sorted(by: { $0.key < $1.key }) {
      let fact = fresh.factSlots[factID].map { fresh.facts[$0] }
      if let fact, fact.isInput, let valid = FactInput.revalidate(value, for: fact) {
        application.facts[factID] = valid
      } else {
        application.facts[factID] = nil
        dropped.append("\(factID) = \(Self.json(value))")
      }
    }
    let allowed = Self.commitmentIDs(in: fresh)
    dropped +=
      application.materials.filter { fresh.materialSlots[$0] == nil }
      + application.shared.filter { fresh.materialSlots[$0] == nil }
      + application.commitments.filter { !allowed.contains($0) }
    application.materials.removeAll { fresh.materialSlots[$0] == nil }
    application.shared.removeAll { fresh.materialSlots[$0] == nil }
    application.commitments.removeAll { !allowed.contains($0) }
    let note: Output =
      dropped.isEmpty ? .empty : .line("dropped, no longer in \(id): " + dropped.joined(separator: ", "))
    return report.then(note).then(decideAndSummarize())
  }

  /// `:save [FILE]`: the application as interchange JSON, shown or written.
  func save(to path: String) -> Output {
    guard service != nil else { return Self.noService }
    var current = application
    current.date = date
    let text = String(decoding: PrettyJSON.format(current.jsonBytes), as: UTF8.self) + "\n"
    guard !path.isEmpty else { return Output(text: text) }
    if let problem = files.write(Array(text.utf8), to: path) { return .failure(problem) }
    return .line("saved the application to \(path)")
  }

  /// `:open FILE`: an application in interchange JSON; its service is chosen and its date,
  /// when it has one, becomes the session's.
  mutating func open(_ path: String) -> Output {
    guard !path.isEmpty else { return .failure("name the file to open: :open FILE") }
    guard let bytes = files.contents(of: path) else { return .failure("cannot read \(path)") }
    var opened: Application
    do {
      opened = try JSONDecoder().decode(Application.self, from: Data(bytes))
    } catch {
      do {
        _ = try rules.decide(json: bytes, options: DecisionOptions(date: date, trace: false, explanation: false))
        return .failure("\(path) is not an application")
      } catch {
        return .failure("\(path): \(error)")
      }
    }
    do {
      let fallback = opened.date == nil ? date : nil
      _ = try rules.decide(json: bytes, options: DecisionOptions(date: fallback, trace: false, explanation: false))
    } catch .invalidApplication(let error) {
      return .failure("\(path): \(error)")
    } catch {}
    opened.date = opened.date ?? date
    guard let chosen = rules.compiled.service(opened.service) else { return .failure("no service '\(opened.service)'") }
    for fact in chosen.facts {
      if let value = opened.facts[fact.id] { opened.facts[fact.id] = FactInput.revalidate(value, for: fact) }
    }
    service = chosen
    date = opened.date ?? date
    application = opened
    decision = nil
    let counts =
      Self.plural(opened.facts.count, "fact") + ", "
      + Self.plural(opened.materials.count, "material") + " on the counter"
    return .lines(["opened \(path): \(chosen.id), \(counts)", "decisions are made on \(date)"])
      .then(decideAndSummarize())
  }

  /// A fact value as interchange JSON writes it.
  static func json(_ value: FactValue) -> String {
    switch value {
    case .bool(let flag): flag ? "true" : "false"
    case .number(let number): number.description
    case .text(let text): "\"\(text)\""
    case .null: "null"
    }
  }

  static func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
}
