import Foundation
import YiciREPL

/// A golden transcript: commands and the output they give, replayed through
/// `Session.handle`.
///
/// ```
/// # what the transcript shows (comments come first)
/// #! rules: broken rules
/// > credit = goood
/// error: 'goood' is not an option of 'credit'; did you mean 'good'?
/// the options are good (良好), normal (一般), dishonest (严重失信)
/// [failed]
/// ```
/// Lines starting with `> ` are commands; the lines up to the next command are its output;
/// `[failed]` ends the output of a command that failed, `[quit]` of one that ends the
/// session. `#! rules:` names the rule paths (under `Transcripts/`; `rules` when absent).
struct Transcript: Equatable {
  /// One command and what it gave.
  struct Step: Equatable {
    var command: String
    var output: String
    var failed: Bool
    var quits = false
  }

  /// The comment lines before the first command.
  var header: [String] = []
  var steps: [Step] = []

  /// The rule paths the header names.
  var rulePaths: [String] {
    let directive = header.first { $0.hasPrefix("#! rules:") }
    return directive.map { $0.dropFirst("#! rules:".count).split(separator: " ").map(String.init) } ?? ["rules"]
  }

  init(header: [String], steps: [Step]) {
    self.header = header
    self.steps = steps
  }

  /// Reads a transcript's text.
  init(parsing text: String) {
    var current: Step?
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) {
      if line.hasPrefix("> ") {
        if let current { steps.append(current) }
        current = Step(command: String(line.dropFirst(2)), output: "", failed: false)
      } else if current == nil {
        header.append(line)
      } else if line == "[failed]" {
        current?.failed = true
      } else if line == "[quit]" {
        current?.quits = true
      } else {
        current?.output += line + "\n"
      }
    }
    if let current { steps.append(current) }
  }

  /// The transcript as a file holds it.
  var text: String {
    header.map { $0 + "\n" }.joined()
      + steps.map { "> \($0.command)\n" + $0.output + ($0.failed ? "[failed]\n" : "") + ($0.quits ? "[quit]\n" : "") }
      .joined()
  }

  /// Replays the commands through a session and returns what they give now.
  func replay(in session: inout Session) -> Transcript {
    Transcript(
      header: header,
      steps: steps.map { step in
        let output = session.handle(step.command)
        return Step(command: step.command, output: output.text, failed: output.failed, quits: output.quits)
      })
  }
}
