/// What the REPL answers to one line: the text to show, whether the command failed, and
/// whether the session should end.
///
/// The text ends with a newline unless it is empty. A failed command never ends the
/// session; the driver only remembers it for the exit code of a script.
public struct Output: Sendable, Equatable {
  /// The text to show, with its final newline.
  public var text: String
  /// Whether the command failed (a wrong value, an unknown name, a file that cannot be read).
  public var failed: Bool
  /// Whether the session ends after this output.
  public var quits: Bool

  /// Creates an output.
  public init(text: String, failed: Bool = false, quits: Bool = false) {
    self.text = text
    self.failed = failed
    self.quits = quits
  }

  /// Nothing to show.
  public static let empty = Output(text: "")

  /// Lines of text, each followed by a newline.
  static func lines(_ lines: [String]) -> Output {
    Output(text: lines.map { $0 + "\n" }.joined())
  }

  /// One line of text.
  static func line(_ line: String) -> Output {
    Output(text: line + "\n")
  }

  /// A failure: `error: message`, then any further lines (help, suggestions).
  static func failure(_ message: String, _ more: [String] = []) -> Output {
    Output(text: (["error: " + message] + more).map { $0 + "\n" }.joined(), failed: true)
  }

  /// This output followed by another (a change, then the decision's summary line).
  func then(_ other: Output) -> Output {
    Output(text: text + other.text, failed: failed || other.failed, quits: quits || other.quits)
  }
}
