import Testing

/// `yici --help` and every subcommand's help are wrapped by the argument parser alone: a
/// paragraph written over several source lines must not keep its line breaks, or the help
/// breaks mid-sentence ("…their acceptance\nconditions,\n…").
@Suite struct HelpTextTests {
  static let commands = [[], ["check"], ["eval"], ["repl"], ["deadline"], ["calendar"], ["track"], ["report"]]

  @Test(arguments: commands)
  func helpIsWrappedOnlyAtTheTerminalWidth(_ command: [String]) throws {
    let result = try CLITests().run(command + ["--help"])
    #expect(result.status == 0)
    let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false)
    for (line, next) in zip(lines, lines.dropFirst()) {
      // A short line followed by one that goes on with the same sentence was broken by hand.
      let continues = next.first.map { $0.isLowercase } ?? false
      #expect(!(line.count < 50 && continues && !line.hasPrefix(" ")), "broken mid-sentence: \(line)|\(next)")
    }
  }
}
