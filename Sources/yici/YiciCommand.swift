import ArgumentParser
import Foundation
import YiciServer

/// `yici`: check, test and format rule files; decide applications.
@main
struct YiciCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "yici",
    abstract: "Rules for public-service acceptance: check rule files, decide applications, explain decisions.",
    discussion: """
      Rule files (.yici) describe government service items (事项): their acceptance conditions, \
      materials, waivable items (容缺受理) and commitments (告知承诺). Give `yici` the files or \
      folders that hold them.

      Exit codes: 0 success, 1 errors in the rules, 64 usage, 65 bad input data, 74 the output \
      could not be written.
      """,
    version: "0.1.0",
    subcommands: [
      Check.self, Eval.self, Fmt.self, Repl.self, Deadline.self, CalendarCommand.self, Track.self, Report.self,
      TestCommand.self, LanguageServerCommand.self, GuideCommand.self, Serve.self, Replay.self,
    ]
  )

  /// Runs the command. A closed pipe is a write error to report (`Terminal.write`), not a
  /// signal that ends the program without a word. `yici serve` runs its tasks on the event
  /// loops (`DecisionServer.runTasksOnEventLoops()`), which must be said before any task runs.
  static func main() async {
    signal(SIGPIPE, SIG_IGN)
    if CommandLine.arguments.dropFirst().first == "serve" {
      DecisionServer.runTasksOnEventLoops()
    }
    await main(nil)
  }
}
