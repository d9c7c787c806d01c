import ArgumentParser
import Yici

/// The rule files or folders a subcommand reads, and how to show their diagnostics.
struct RuleOptions: ParsableArguments {
  @Argument(help: "Rule files (.yici) or folders that hold them.")
  var paths: [String] = []

  @Option(help: "Colour diagnostics: auto (on a terminal), always, never.")
  var color: ColorChoice = .auto

  /// Loads and checks the rules; a path that cannot be read is a usage error.
  func load() throws -> RuleSet {
    let sources = try sources()
    return RuleSet(sources: sources, context: RuleSources.context(for: sources, paths: paths))
  }

  /// Reads the rule files; a path that cannot be read is a usage error.
  func sources() throws -> [SourceFile] {
    guard !paths.isEmpty else {
      throw ValidationError("give the rule files or folders to read, e.g. `yici check rules`")
    }
    do {
      return try RuleSources.read(paths)
    } catch {
      Terminal.error(error.description)
      throw ExitCode(ExitStatus.usage)
    }
  }

  /// Prints diagnostics to standard error, with a summary line.
  func report(_ diagnostics: [Diagnostic], files: Int? = nil) {
    let renderer = DiagnosticRenderer(colored: Terminal.shouldColor(.error, color))
    for diagnostic in diagnostics {
      Terminal.write(renderer.render(diagnostic) + "\n", to: .error)
    }
  }

  /// "2 errors, 1 warning" (or "no problems").
  static func summary(_ diagnostics: [Diagnostic]) -> String {
    let errors = diagnostics.filter { $0.severity == .error }.count
    let warnings = diagnostics.count - errors
    if errors == 0 && warnings == 0 { return "no problems" }
    func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
    return [errors > 0 ? plural(errors, "error") : nil, warnings > 0 ? plural(warnings, "warning") : nil]
      .compactMap { $0 }.joined(separator: ", ")
  }
}
