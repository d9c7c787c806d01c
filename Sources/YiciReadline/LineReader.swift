@preconcurrency import CReadline
import Foundation

/// Reads the clerk's lines: through GNU readline on a terminal (line editing, history
/// kept in a file across sessions, Tab completion), and as plain lines from a pipe or a
/// file, with no prompt and no echo.
public final class LineReader {
  /// Whether lines come from a terminal through readline.
  public let interactive: Bool
  private let historyPath: String?
  private var lastLine: String?

  /// What Tab offers: given the line and the cursor's UTF-8 offset, whole replacements for
  /// the word before the cursor, and whether the word is a file name (readline completes
  /// those itself).
  public typealias Completer = (_ line: String, _ cursor: Int) -> (candidates: [String], files: Bool)

  /// A reader of standard input. On a terminal, `historyPath` keeps the history (nil: none)
  /// and `completer` answers Tab; `wordBreaks` are the characters that end a word.
  public init(interactive: Bool, historyPath: String?, wordBreaks: String, completer: @escaping Completer) {
    self.interactive = interactive
    self.historyPath = historyPath
    guard interactive else { return }
    Readline.start(wordBreaks: wordBreaks, completer: completer)
    if let historyPath {
      if !FileManager.default.fileExists(atPath: historyPath) { write_history(historyPath) }
      read_history(historyPath)
    }
  }

  /// The next line without its newline, or nil at the end of input (Ctrl-D).
  public func readLine(prompt: String) -> String? {
    guard interactive else { return Swift.readLine(strippingNewline: true) }
    Readline.interrupted = 0
    guard let pointer = readline(prompt) else { return nil }
    defer { free(pointer) }
    let line = String(cString: pointer)
    remember(line)
    return line
  }

  /// Adds a line to the history and appends it to the history file at once, so a session
  /// that ends abruptly keeps it. Blank lines and repeats of the last line are not kept.
  private func remember(_ line: String) {
    guard !line.trimmingCharacters(in: .whitespaces).isEmpty, line != lastLine else { return }
    lastLine = line
    add_history(line)
    if let historyPath { append_history(1, historyPath) }
  }

  /// Trims the history file to its last 1,000 lines.
  public func close() {
    guard interactive, let historyPath else { return }
    history_truncate_file(historyPath, Readline.historyLimit)
  }

  /// The history file: `$YICI_HISTORY`, else `~/.yici_history`.
  public static func defaultHistoryPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
    if let path = environment["YICI_HISTORY"], !path.isEmpty { return path }
    let home = environment["HOME"] ?? NSHomeDirectory()
    return (home as NSString).appendingPathComponent(".yici_history")
  }
}
