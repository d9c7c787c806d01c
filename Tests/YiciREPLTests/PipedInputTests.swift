import Foundation
import Testing
import YiciTestSupport

/// `yici repl` reading a script from a pipe: no prompt, failures on standard error with
/// their line, and the exit code.
@Suite struct PipedInputTests {
  @Test func aCleanScriptExitsZeroWithNoPrompt() throws {
    let run = try Fixtures.yici(
      ["repl", "rules", "--date", "2025-09-28"], input: ":use food_license\ncredit = 良好\n:quit\n")
    #expect(run.status == 0)
    #expect(
      run.output == """
        decisions are made on 2025-09-28
        food_license: 食品经营许可
          市场监督管理局 · 行政许可
          9 facts to ask, 3 conditions, 7 materials
        需补充信息 · 待问 4 个问题 · 缺 5 项材料 · 2 项材料待定
        credit = good (良好)
        需补充信息 · 待问 3 个问题 · 缺 5 项材料 · 2 项材料待定

        """)
    #expect(!run.output.contains("yici>"))
    #expect(run.error == "loaded 2 services from 3 files\n")
  }

  @Test func aFailedCommandMakesTheExitCodeOneAndTheSessionGoesOn() throws {
    let run = try Fixtures.yici(["repl", "rules", "--service", "food_license"], input: "credit = goood\n:lang en\n")
    #expect(run.status == 1)
    #expect(run.error.contains("<stdin>:1: error: 'goood' is not an option of 'credit'; did you mean 'good'?\n"))
    #expect(run.output.contains("language: en\nneeds information"))
  }

  @Test func optionsChooseTheServiceDateAndLanguage() throws {
    let run = try Fixtures.yici(
      ["repl", "rules", "--service", "fire", "--lang", "en", "--date", "2025-01-02"], input: ":date\n:lang\n")
    #expect(run.status == 0)
    #expect(run.output.contains("fire_inspection: Fire safety inspection"))
    #expect(run.output.contains("decisions are made on 2025-01-02\nlanguage: en\n"))
  }

  @Test func brokenRulesAreReportedAndTheValidOnesServe() throws {
    let run = try Fixtures.yici(["repl", "broken", "rules"], input: ":use food_license\n")
    #expect(run.status == 1)
    #expect(run.error.contains("error[E0202]: 'dishonst' is not an option of 'credit'"))
    #expect(run.output.hasPrefix("food_license: 食品经营许可"))
  }
}

/// A script whose output cannot be written stops with exit 74 and says why, instead of
/// running on unheard.
@Suite struct PipedOutputFailureTests {
  @Test func aFullDiskStopsTheSession() throws {
    let binary = try #require(YiciBinary.url, "the yici binary is not built")
    let process = Process()
    process.executableURL = binary
    process.arguments = ["repl", "rules", "--date", "2025-09-28"]
    process.currentDirectoryURL = Fixtures.transcripts
    let input = Pipe()
    let error = Pipe()
    process.standardInput = input
    process.standardOutput = try #require(FileHandle(forWritingAtPath: "/dev/full"))
    process.standardError = error
    try process.run()
    input.fileHandleForWriting.write(Data(":use food_license\n:services\n".utf8))
    try input.fileHandleForWriting.close()
    let message = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 74)
    #expect(message.contains("error: cannot write the output: No space left on device"), "\(message)")
  }
}
