import Foundation
import Testing
import YiciTestSupport

/// The real `yici repl` on a pseudo-terminal: readline edits the line (Ctrl-A, Ctrl-E,
/// backspace, Ctrl-U), Tab completes commands, material ids and Chinese labels, Ctrl-C
/// drops a line, Ctrl-P recalls history, the history outlives the session in
/// `~/.yici_history`, and Ctrl-D ends it.
@Suite(.serialized) struct TerminalTests {
  static let ctrlA = "\u{01}", ctrlC = "\u{03}", ctrlD = "\u{04}", ctrlE = "\u{05}", ctrlP = "\u{10}", ctrlU = "\u{15}"
  static let backspace = "\u{7F}"

  func start(home: URL) throws -> PseudoTerminal {
    let binary = try #require(YiciBinary.url, "no yici binary: build it with `swift build` (or set YICI_BINARY)")
    let inputrc = home.appendingPathComponent("inputrc")
    try "set enable-bracketed-paste off\nset bell-style none\n".write(to: inputrc, atomically: true, encoding: .utf8)
    let environment = [
      "HOME": home.path, "TERM": "xterm", "LANG": "C.UTF-8", "INPUTRC": inputrc.path, "PATH": "/usr/bin:/bin",
    ]
    return try PseudoTerminal(
      binary, arguments: ["repl", "rules", "--date", "2025-09-28", "--color", "never"], environment: environment,
      folder: Fixtures.transcripts)
  }

  @Test func readlineEditsCompletesAndKeepsHistory() throws {
    let home = try Fixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: home) }
    let terminal = try start(home: home)
    try #require(terminal.expect("yici> "), "no prompt; the terminal showed:\n\(terminal.text)")
    let prompt = "yici(food_license)> "
    /// Types a line's keys, waits for what it should show, then for the next prompt (keys
    /// are only typed while readline reads, never ahead).
    func enter(_ keys: String, shows expected: String) {
      terminal.type(keys)
      #expect(terminal.expect(expected), "expected \(expected); the terminal showed:\n\(terminal.text)")
      #expect(terminal.expect(prompt), "no prompt after \(expected); the terminal showed:\n\(terminal.text)")
    }

    // Ctrl-A goes to the start of the line to fix a typo there.
    enter("se food_license" + Self.ctrlA + ":u\r", shows: "food_license: 食品经营许可")
    // Ctrl-A, then Ctrl-E back to the end, and backspace.
    enter("rea_m2 = 12" + Self.ctrlA + "a" + Self.ctrlE + "0x" + Self.backspace + "\r", shows: "area_m2 = 120 平方米")
    // Tab completes a command and a material id, then a Chinese option label.
    enter(":pro\tappl\t\r", shows: "on the counter: application_form (食品经营许可申请书)")
    enter("menu = 热\t\r", shows: "menu = hot (热食类)")
    // Two Tabs list the candidates; Ctrl-U drops the line.
    enter(":u\t\t", shows: ":uncommit")
    enter(Self.ctrlU + ":date\r", shows: "decisions are made on 2025-09-28")
    // Ctrl-P recalls the last line.
    enter(Self.ctrlP + "\r", shows: "decisions are made on 2025-09-28")
    // Ctrl-C drops the line being typed and the session goes on.
    if terminal.controlsProgram {
      terminal.type("area_m2 = 5")
      #expect(terminal.expect("area_m2 = 5"))
      enter(Self.ctrlC, shows: "^C")
    }
    enter(":eval area_m2\r", shows: "120 平方米  (number (平方米))")
    // A mistake does not end the session.
    enter("credit = goood\r", shows: "did you mean 'good'?")
    terminal.type(":quit\r")
    #expect(terminal.waitForExit() == 0, "\(terminal.text)")

    let history = try String(contentsOf: home.appendingPathComponent(".yici_history"), encoding: .utf8)
    let lines = history.split(separator: "\n").map(String.init)
    #expect(
      lines == [
        ":use food_license", "area_m2 = 120", ":provide application_form ", "menu = 热食类 ", ":date",
        ":eval area_m2", "credit = goood", ":quit",
      ])

    // The next session starts with that history; Ctrl-D on an empty line ends it.
    let next = try start(home: home)
    try #require(next.expect("yici> "), "no prompt; the terminal showed:\n\(next.text)")
    next.type(String(repeating: Self.ctrlP, count: 4) + "\r")
    #expect(next.expect("decisions are made on 2025-09-28"), "\(next.text)")
    #expect(next.expect("yici> "))
    next.type(Self.ctrlD)
    #expect(next.waitForExit() == 0, "\(next.text)")
  }
}
