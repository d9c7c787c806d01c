import Foundation
import Yici
import YiciInterchange

/// Files: loading and `:reload`ing the rules, `:save` and `:open` of applications.
extension Session {
  /// Reads and checks the rules at `rulePaths` and takes them: the diagnostics as
  /// `yici check` shows them, then a summary line. Failed when a path cannot be read or
  /// the rules have errors.
  mutating func loadRules() -> Output {
    let loaded = readRules()
    sources = loaded.sources
    rules = loaded.rules
    return loaded.report
  }

  /// The rules at `rulePaths`, read and checked, and what to say of them.
  private func readRules() -> (rules: RuleSet, sources: [SourceFile], report: Output) {
    let (sources, problems) = files.ruleSources(rulePaths)
    let rules = RuleSet(sources: sources)
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
    return (rules, sources, Output(text: text + summary + "\n", failed: !problems.isEmpty || errors > 0))
  }

  /// `:reload`: reads the rules again and keeps the application, dropping only what the
  /// edited service no longer has. New rules with errors (or a path that cannot be read)
  /// never replace rules without: the session goes on with the rules it had, and says so.
  mutating func reload() -> Output {
    let loaded = readRules()
    if loaded.report.failed && rules.errors.isEmpty && !rules.compiled.services.isEmpty {
      let kept = Self.plural(rules.compiled.services.count, "service")
      return loaded.report.then(
        .failure("the rules were not reloaded; the \(kept) loaded before stay until a :reload without errors"))
    }
    sources = loaded.sources
    rules = loaded.rules
    let report = loaded.report
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
    let allowed = Self.commitmentIDs(in: fresh, on: date)
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

  /// `:save [FILE]`: the application as interchange JSON, shown or written;
  /// `:save! FILE` may replace an existing file.
  func save(to path: String, replacing: Bool = false) -> Output {
    guard service != nil else { return Self.noService }
    var current = application
    current.date = date
    let text = String(decoding: PrettyJSON.format(current.jsonBytes), as: UTF8.self) + "\n"
    guard !path.isEmpty else {
      return replacing ? .failure("name the file to replace: :save! FILE") : Output(text: text)
    }
    if let problem = write(Array(text.utf8), to: path, replacing: replacing, command: "save") { return problem }
    return .line("saved the application to \(path)")
  }

  /// Writes a file for `:command FILE`: never over what is not a regular file, and over
  /// an existing file only for `:command! FILE`. The failure to show, or nil.
  func write(_ bytes: [UInt8], to path: String, replacing: Bool, command: String) -> Output? {
    switch files.kind(of: path) {
    case .other:
      return .failure("cannot write \(path): it is not a regular file (a link, a folder, a pipe or a device)")
    case .regular where !replacing:
      return .failure("\(path) exists; :\(command)! \(path) replaces it")
    case .regular, .missing:
      return files.write(bytes, to: path).map { .failure($0) }
    }
  }

  /// `:open FILE`: an application in interchange JSON; its service is chosen and its date,
  /// when it has one, becomes the session's. It is read by the library's decoder, as
  /// `yici eval` reads it: the same exact numbers, the same errors.
  mutating func open(_ path: String) -> Output {
    guard !path.isEmpty else { return .failure("name the file to open: :open FILE") }
    guard let bytes = files.contents(of: path) else { return .failure("cannot read \(path)") }
    let read: (application: Application, warnings: [String])
    do {
      read = try rules.application(json: bytes)
    } catch {
      return .failure("\(path): invalid application: \(error)")
    }
    var opened = read.application
    guard let chosen = rules.compiled.service(opened.service) else { return .failure("no service '\(opened.service)'") }
    opened.date = opened.date ?? date
    service = chosen
    date = opened.date ?? date
    application = opened
    decision = nil
    let counts =
      Self.plural(opened.facts.count, "fact") + ", "
      + Self.plural(opened.materials.count, "material") + " on the counter"
    return .lines(["opened \(path): \(chosen.id), \(counts)"] + read.warnings.map { "warning: \($0)" })
      .then(.line("decisions are made on \(date)")).then(decideAndSummarize())
  }

  /// A fact value as interchange JSON writes it.
  static func json(_ value: FactValue) -> String {
    switch value {
    case .bool(let flag): flag ? "true" : "false"
    case .number(let number): number.description
    case .text(let text): "\"\(text)\""
    case .list(let texts): "[" + texts.map { "\"\($0)\"" }.joined(separator: ", ") + "]"
    case .null: "null"
    }
  }

  static func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
}
