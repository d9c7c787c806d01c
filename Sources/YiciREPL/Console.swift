import Foundation
import Yici
import YiciInterchange
import YiciReadline

/// Runs a session on standard input and output: the loop `yici repl` runs.
///
/// On a terminal it reads through readline with a prompt; from a pipe or a file it reads
/// plain lines, writes no prompt, and reports failed commands on standard error as
/// `<stdin>:LINE: error: …`.
public enum Console {
  /// Whether standard input is a terminal.
  public static var inputIsTerminal: Bool { isatty(0) != 0 }

  /// Today in the local time zone.
  public static func today() -> CivilDate {
    let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
    return CivilDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? CivilDate(dayNumber: 0)
  }

  /// The session the completer reads while the loop changes it.
  private final class Current {
    var session: Session
    init(_ session: Session) { self.session = session }
  }

  /// Runs the session to its end and returns the exit code: 1 when input was piped and a
  /// command (or loading the rules) failed, `outputFailed` (74) when the output could not
  /// be written (the session stops then), else 0. The `preamble` lines (from command-line
  /// options) are handled first, as if typed.
  public static func run(_ session: Session, preamble: [String] = [], interactive: Bool = inputIsTerminal) -> Int32 {
    let current = Current(session)
    let reader = LineReader(
      interactive: interactive, historyPath: interactive ? LineReader.defaultHistoryPath() : nil,
      wordBreaks: Completion.wordBreaks,
      completer: { line, cursor in
        let completions = current.session.complete(line, cursor: cursor)
        return (completions.candidates, completions.files)
      })
    defer { reader.close() }
    let report = session.loadReport
    write(report.text, to: report.failed ? 2 : (interactive ? 1 : 2))
    var failed = report.failed
    if interactive {
      write("type :help for the commands, :services for the services, Ctrl-D to quit\n", to: 1)
    }
    for line in preamble {
      let output = current.session.handle(line)
      failed = show(output, interactive: interactive, colored: session.colored, place: "<options>").failed || failed
    }
    var lineNumber = 0
    while let line = reader.readLine(prompt: current.session.prompt) {
      lineNumber += 1
      let output = current.session.handle(line)
      let shown = show(output, interactive: interactive, colored: session.colored, place: "<stdin>:\(lineNumber)")
      failed = shown.failed || failed
      if let problem = shown.problem {
        // Nobody reads the answers any more (a closed pipe, a full disk): stop, and say so.
        write("error: cannot write the output: \(problem)\n", to: 2)
        return outputFailed
      }
      if output.quits { return exitCode(failed: failed, interactive: interactive) }
    }
    if interactive { write("\n", to: 1) }
    return exitCode(failed: failed, interactive: interactive)
  }

  /// Writes an output; from a pipe, a failure goes to standard error after its place, and
  /// on a coloured terminal its `error` is red. Returns whether it failed, and why it
  /// could not be written, if it could not.
  private static func show(_ output: Output, interactive: Bool, colored: Bool, place: String) -> (
    failed: Bool, problem: String?
  ) {
    let problem: String?
    if output.failed && !interactive {
      problem = write(place + ": " + output.text, to: 2)
    } else if output.failed && colored && output.text.hasPrefix("error: ") {
      problem = write("\u{1B}[1;31merror\u{1B}[0m" + output.text.dropFirst("error".count), to: 1)
    } else {
      problem = write(output.text, to: 1)
    }
    return (output.failed, problem)
  }

  private static func exitCode(failed: Bool, interactive: Bool) -> Int32 {
    failed && !interactive ? 1 : 0
  }

  /// The exit code when the output cannot be written (EX_IOERR, as `yici` uses).
  public static let outputFailed: Int32 = 74

  /// Writes all of the text to a file descriptor; returns why it could not, or nil.
  @discardableResult
  private static func write(_ text: String, to descriptor: Int32) -> String? {
    FileDescriptorIO.write(Array(text.utf8), to: descriptor)
  }

}
