@preconcurrency import CReadline
import Foundation

/// The process-wide readline set-up (C interop, so this module is not built with strict
/// memory safety; it is the only one besides `YiciInterchange`): locale, completion and Ctrl-C. Readline keeps its
/// state in C globals and calls back through C function pointers, so the completer lives
/// in a global here; it is only touched from the one thread that reads lines.
enum Readline {
  static let historyLimit: Int32 = 1000
  nonisolated(unsafe) static var completer: LineReader.Completer?
  nonisolated(unsafe) static var candidates: [String] = []
  nonisolated(unsafe) static var interrupted: Int32 = 0
  /// A pipe the SIGINT handler writes to, so a read waiting for a key wakes up.
  nonisolated(unsafe) static var wakeUp: [Int32] = [-1, -1]

  /// Sets readline up: a UTF-8 locale so Chinese edits as characters, Tab completion
  /// through `completer`, and Ctrl-C dropping the line instead of ending the session.
  static func start(wordBreaks: String, completer: @escaping LineReader.Completer) {
    if let locale = setlocale(LC_CTYPE, ""), ["C", "POSIX"].contains(String(cString: locale)) {
      setlocale(LC_CTYPE, "C.UTF-8")
    }
    Readline.completer = completer
    rl_readline_name = UnsafePointer(strdup("yici"))
    rl_completer_word_break_characters = UnsafePointer(strdup(wordBreaks))
    rl_attempted_completion_function = { text, _, _ in Readline.attemptCompletion(text) }
    stifle_history(historyLimit)
    rl_catch_signals = 0
    rl_getc_function = { stream in Readline.readKey(stream) }
    rl_bind_key(interruptKey) { _, _ in Readline.dropLine() }
    _ = pipe(&wakeUp)
    _ = fcntl(wakeUp[0], F_SETFL, O_NONBLOCK)
    _ = fcntl(wakeUp[1], F_SETFL, O_NONBLOCK)
    var action = sigaction()
    action.__sigaction_handler.sa_handler = { _ in
      Readline.interrupted = 1
      var byte: UInt8 = 0
      _ = write(Readline.wakeUp[1], &byte, 1)
    }
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0  // no SA_RESTART: the read returns, and `readKey` sees the interrupt
    sigaction(SIGINT, &action, nil)
    var unblocked = sigset_t()  // a parent may have blocked it (a test runner, a spawning thread)
    sigemptyset(&unblocked)
    sigaddset(&unblocked, SIGINT)
    pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
  }

  /// The key Ctrl-C types when the terminal does not turn it into SIGINT.
  private static let interruptKey: Int32 = 3

  /// Reads one byte of input for readline; Ctrl-C (SIGINT, which also wakes the wait
  /// through the pipe) reads as the interrupt key, and other signals are handed to readline
  /// (a resized window).
  private static func readKey(_ stream: UnsafeMutablePointer<FILE>?) -> Int32 {
    let descriptor = stream.map { fileno($0) } ?? 0
    var drained = [UInt8](repeating: 0, count: 16)
    while true {
      if interrupted != 0 {
        interrupted = 0
        while read(wakeUp[0], &drained, drained.count) > 0 {}
        return interruptKey
      }
      var waiting = [descriptor, wakeUp[0]].map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
      if poll(&waiting, 2, -1) < 0 {
        if errno != EINTR { return EOF }
        rl_check_signals()
        continue
      }
      guard waiting[0].revents != 0 else { continue }
      var byte: UInt8 = 0
      let count = read(descriptor, &byte, 1)
      if count == 1 { return Int32(byte) }
      if count < 0 && errno == EINTR { continue }
      return EOF
    }
  }

  /// Ctrl-C: show `^C`, drop the line, and give a fresh prompt.
  private static func dropLine() -> Int32 {
    rl_echo_signal_char(SIGINT)
    rl_crlf()
    rl_replace_line("", 0)
    rl_point = 0
    rl_end = 0
    rl_done = 1
    return 0
  }

  /// Readline's completion hook: our candidates for the word, or its own file-name
  /// completion for commands that take a file.
  private static func attemptCompletion(_ text: UnsafePointer<CChar>?) -> UnsafeMutablePointer<
    UnsafeMutablePointer<CChar>?
  >? {
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
