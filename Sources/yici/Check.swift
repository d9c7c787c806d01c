import ArgumentParser
import Foundation
import Synchronization
import Yici

/// `yici check`: parse and check rule files, report every problem.
struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Check rule files: names, types, cycles, duplicates and the reform rules.",
    discussion: """
      Prints every diagnostic with its code, file:line:column and the source line. Exits 0 when \
      there are no errors (warnings allowed), 1 when there are.
      """)

  @OptionGroup var rules: RuleOptions

  @Option(help: "Output format: text (for people, on standard error) or json (for tools, on standard output).")
  var format: OutputFormat = .text

  /// The rule set checked, kept until the process exits: freeing a catalogue's objects one
  /// by one costs a sixth of checking it, and the process ends right after.
  private static let checked = Mutex<RuleSet?>(nil)

  func run() throws {
    let ruleSet = try rules.load()
    Self.checked.withLock { $0 = ruleSet }
    let diagnostics = ruleSet.diagnostics
    switch format {
    case .text:
      rules.report(diagnostics)
      let services = ruleSet.compiled.services.count
      if !ruleSet.context.isEmpty {
        Terminal.write(
          "using the vocabularies and calendar of \(ruleSet.context.joined(separator: ", "))\n", to: .error)
      }
      let bundles = ruleSet.compiled.bundles.count
      let checked =
        "\(services) service\(services == 1 ? "" : "s")"
        + (bundles == 0 ? "" : " and \(bundles) bundle\(bundles == 1 ? "" : "s")")
      Terminal.write("checked \(checked): \(RuleOptions.summary(diagnostics))\n", to: .error)
    case .json:
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      let data = try encoder.encode(diagnostics.map(\.record))
      Terminal.write(bytes: Array(data) + [0x0A])
    }
    if !ruleSet.errors.isEmpty { throw ExitCode(ExitStatus.rulesHaveErrors) }
  }
}

/// `--format text|json`.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
  case text, json
}
