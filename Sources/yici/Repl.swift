import ArgumentParser
import Foundation
import Yici
import YiciREPL

/// `yici repl`: the clerk's interactive session at the window.
struct Repl: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Decide applications interactively: choose a service, tell facts, mark materials, print the notice.",
    discussion: """
      Type `area_m2 = 120` to set a fact and :help for the commands; the decision is made again \
      after every change. On a terminal, lines are edited with readline, with Tab completion and \
      a history kept in ~/.yici_history ($YICI_HISTORY overrides it). From a pipe or a file, lines \
      are read plainly, failed commands are reported on standard error, and the exit code is 1 if \
      any failed.
      """)

  @Argument(help: "Rule files (.yici) or folders that hold them (default: the bundled rules/).")
  var paths: [String] = []

  @Option(help: ArgumentHelp("Choose this service at the start.", valueName: "id"))
  var service: String?

  @Option(help: "Language of decisions and notices: zh or en.")
  var lang: Language = .zh

  @Option(help: ArgumentHelp("Decide on this date (YYYY-MM-DD) instead of today.", valueName: "date"))
  var date: String?

  @Option(help: "Colour output: auto (on a terminal), always, never.")
  var color: ColorChoice = .auto

  func validate() throws {
    if let date, CivilDate(iso: date) == nil {
      throw ValidationError("--date takes a date as YYYY-MM-DD, not '\(date)'")
    }
  }

  func run() throws {
    var rulePaths = paths
    if rulePaths.isEmpty {
      guard let bundled = Self.bundledRules() else {
        throw ValidationError("no rules given, and no rules/ folder here or beside the yici binary")
      }
      rulePaths = [bundled]
    }
    let session = Session(
      rulePaths: rulePaths, today: Console.today(), language: lang, colored: Terminal.shouldColor(.output, color))
    var preamble: [String] = []
    if let date { preamble.append(":date \(date)") }
    if let service { preamble.append(":use \(service)") }
    let status = Console.run(session, preamble: preamble)
    if status != 0 { throw ExitCode(status) }
  }

  /// `rules/` in the current folder, else in a folder above the binary (a checkout's
  /// `.build/debug/yici` finds the checkout's rules).
  static func bundledRules() -> String? {
    if RuleSources.isFolder("rules") == true { return "rules" }
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
    while folder.path != "/" {
      let candidate = folder.appendingPathComponent("rules")
      if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("services").path) {
        return candidate.path
      }
      folder.deleteLastPathComponent()
    }
    return nil
  }
}
