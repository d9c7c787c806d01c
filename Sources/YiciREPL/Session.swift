import Foundation
import Yici
import YiciSemantics

/// One clerk's session at the window: the loaded rules, the chosen service, the
/// application taking shape, the decision date and the language.
///
/// `handle(_:)` takes one typed line and returns what to show. It does no I/O of its own
/// (files go through `FileAccess`), so the terminal, scripts and tests drive it alike.
/// The decision is made again after every change and summed up in one line.
public struct Session {
  /// Where the rules were loaded from, read again by `:reload`.
  public private(set) var rulePaths: [String]
  /// The rules of the session.
  public internal(set) var rules: RuleSet
  /// The rule files as read (`:eval` checks an expression among them).
  var sources: [SourceFile]
  /// The chosen service, if any; for a bundle, the bundle's form (its merged facts and every
  /// member's materials), so facts, materials and questions are handled as for a service.
  public internal(set) var service: CompiledService?
  /// The chosen bundle (一件事), if one is used instead of a service.
  public internal(set) var bundle: CompiledBundle?
  /// The application being put together (its `service` is empty until one is chosen).
  public internal(set) var application: Application
  /// The day decisions are made on.
  public internal(set) var date: CivilDate
  /// Today, for `:date today`.
  let today: CivilDate
  /// The language of decisions, explanations and notices.
  public internal(set) var language: Language
  /// The latest decision, made again after every change.
  public internal(set) var decision: Decision?
  /// Why there is no decision (the service is not in force on the date, …).
  var decisionProblem: String?
  /// Whether to colour output with ANSI escapes.
  let colored: Bool
  let files: any FileAccess
  /// What loading the rules said (diagnostics as `yici check` shows them, and a summary).
  public private(set) var loadReport: Output = .empty

  /// Loads the rules at `rulePaths` and starts with no service chosen.
  ///
  /// Rules that fail to load are reported in `loadReport`; the session starts with the
  /// services that are valid.
  public init(
    rulePaths: [String], files: any FileAccess = DiskFiles(), today: CivilDate, language: Language = .zh,
    colored: Bool = false
  ) {
    self.rulePaths = rulePaths
    self.files = files
    self.today = today
    self.date = today
    self.language = language
    self.colored = colored
    self.rules = RuleSet(sources: [])
    self.sources = []
    self.application = Application(service: "", date: today)
    loadReport = loadRules()
  }

  /// The prompt for a terminal: `yici> `, or `yici(service_id)> ` once a service is chosen.
  public var prompt: String {
    if let bundle { return "yici(一件事 \(bundle.id))> " }
    return service.map { "yici(\($0.id))> " } ?? "yici> "
  }

  /// Handles one line: a `:command`, `fact = value`, or a fact's name (to show it).
  /// Blank lines and `#` comments give no output.
  public mutating func handle(_ line: String) -> Output {
    let text = line.trimmingCharacters(in: .whitespacesAndNewlines)
    if text.isEmpty || text.hasPrefix("#") { return .empty }
    if text.hasPrefix(":") || text.hasPrefix("：") {
      return runCommand(String(text.dropFirst()))
    }
    if let (name, value) = Self.splitAssignment(text) {
      return setFact(name, to: value)
    }
    return showBareName(text)
  }

  /// Runs `name arguments` (the text after the colon).
  private mutating func runCommand(_ text: String) -> Output {
    let name = String(text.prefix { !$0.isWhitespace })
    let arguments = text.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
    if name.hasSuffix("!"), let command = Commands.named(String(name.dropLast())), let replacing = command.replacing {
      return replacing(&self, arguments)
    }
    guard let command = Commands.named(name) else {
      let hint = Commands.suggestion(for: name).map { "; did you mean ':\($0)'?" } ?? ""
      return .failure("unknown command ':\(name)'\(hint)", ["type :help for the list of commands"])
    }
    return command.run(&self, arguments)
  }

  /// `name = value` (also with a full-width `＝`), but not `==`, `!=`, `<=` or `>=`.
  static func splitAssignment(_ text: String) -> (String, String)? {
    let normalized = text.replacingOccurrences(of: "＝", with: "=")
    guard let index = normalized.firstIndex(of: "=") else { return nil }
    let after = normalized.index(after: index)
    if after < normalized.endIndex && normalized[after] == "=" { return nil }
    if index > normalized.startIndex, "!<>".contains(normalized[normalized.index(before: index)]) { return nil }
    let name = normalized[..<index].trimmingCharacters(in: .whitespaces)
    let value = normalized[after...].trimmingCharacters(in: .whitespaces)
    return name.isEmpty ? nil : (name, value)
  }

  /// A bare fact name shows that fact; anything else is explained.
  private func showBareName(_ text: String) -> Output {
    if let service, let slot = FactLookup(service: service).slot(of: text) {
      return describeFact(service.fact(slot, on: date), detailed: true)
    }
    if let command = Commands.named(text) {
      return .failure("commands start with ':'; did you mean ':\(command.name)'?")
    }
    guard let service else {
      return .failure("choose a service first with :use SERVICE (see :services), or type :help")
    }
    let materials = MaterialNames(service: service, english: english).items
    if let index = materials.index(of: text) {
      return .failure("'\(text)' is a material; :provide \(materials[index].id) puts it on the counter")
    }
    if text.contains(where: { " <>!=()".contains($0) }) {
      return .failure("to evaluate an expression, write :eval \(text)")
    }
    return .failure(
      FactLookup(service: service).unknownMessage(text), ["set a fact with FACT = VALUE; :facts lists them"])
  }
}
