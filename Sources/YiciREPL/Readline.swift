@preconcurrency import CReadline
import Foundation

/// The process-wide readline set-up: locale, completion and Ctrl-C. Readline keeps its
/// state in C globals and calls back through C function pointers, so the completer lives
/// in a global here; it is only touched from the one thread that reads lines.
enum Readline {
  static let historyLimit: Int32 = 1000
  nonisolated(unsafe) static var completer: ((String, Int) -> Completions)?
  nonisolated(unsafe) static var candidates: [String] = []
  nonisolated(unsafe) static var interrupted: Int32 = 0

  /// Sets readline up: a UTF-8 locale so Chinese edits as characters, Tab completion
  /// through `completer`, and Ctrl-C clearing the line instead of ending the session.
  static func start(completer: @escaping (String, Int) -> Completions) {
    if let locale = setlocale(LC_CTYPE, ""), ["C", "POSIX"].contains(String(cString: locale)) {
      setlocale(LC_CTYPE, "C.UTF-8")
    }
    Readline.completer = completer
    rl_readline_name = UnsafePointer(strdup("yici"))
    rl_completer_word_break_characters = UnsafePointer(strdup(Completion.wordBreaks))
    rl_attempted_completion_function = { text, _, _ in Readline.attemptCompletion(text) }
    stifle_history(historyLimit)
    rl_catch_signals = 0
    rl_signal_event_hook = { Readline.clearLineAfterInterrupt() }
    var action = sigaction()
    action.__sigaction_handler.sa_handler = { _ in Readline.interrupted = 1 }
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0  // no SA_RESTART: the read returns, and readline calls the hook
    sigaction(SIGINT, &action, nil)
  }

  /// Ctrl-C: show `^C`, drop the line, and give a fresh prompt.
  private static func clearLineAfterInterrupt() -> Int32 {
    guard Readline.interrupted != 0 else { return 0 }
    Readline.interrupted = 0
    rl_replace_line("", 0)
    rl_point = 0
    rl_end = 0
    rl_crlf()
    rl_done = 1
    return 0
  }

  /// Readline's completion hook: our candidates for the word, or its own file-name
  /// completion for commands that take a file.
  private static func attemptCompletion(_ text: UnsafePointer<CChar>?) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
    guard let completer = Readline.completer, let buffer = rl_line_buffer, let text else { return nil }
    let completions = completer(String(cString: buffer), Int(rl_point))
    if completions.files { return nil }
    rl_attempted_completion_over = 1
    Readline.candidates = completions.candidates
    guard !completions.candidates.isEmpty else { return nil }
    return rl_completion_matches(text) { _, state in Readline.nextCandidate(Int(state)) }
  }

  /// Hands readline the candidates one by one (`state` counts those already given).
  private static func nextCandidate(_ index: Int) -> UnsafeMutablePointer<CChar>? {
    index < Readline.candidates.count ? strdup(Readline.candidates[index]) : nil
  }
}
