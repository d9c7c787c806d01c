import Foundation
import Testing
import YiciTestSupport

/// The `yici` binary end to end: output, standard error and the documented exit codes
/// (0 success, 1 errors in the rules, 64 usage, 65 bad input data).
@Suite struct CLITests {
  typealias Result = YiciBinary.Run

  static var binary: URL? { YiciBinary.url }

  /// Runs `yici` at the top of the repository, with standard input from `input`.
  func run(_ arguments: [String], input: String? = nil) throws -> Result {
    try YiciBinary.run(arguments, input: input, timeout: 300)
  }

  @Test func checkOnTheBundledRulesIsClean() throws {
    let result = try run(["check", "rules"])
    #expect(result.status == 0)
    #expect(result.error.contains("no problems"))
  }

  @Test func checkReportsErrorsWithExitCode1() throws {
    let result = try run(["check", "Tests/YiciTests/Golden/diagnostics/E0202-unknown-option.yici", "--color", "never"])
    #expect(result.status == 1)
    #expect(result.error.contains("error[E0202]: 'dishonst' is not an option of 'credit'"))
    #expect(result.error.contains("E0202-unknown-option.yici:8:23"))
  }

  @Test func checkJSONIsForTools() throws {
    let result = try run(["check", "Tests/YiciTests/Golden/diagnostics/E0202-unknown-option.yici", "--format", "json"])
    let records = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]]
    #expect(records?.first?["code"] as? String == "E0202")
    #expect(records?.first?["line"] as? Int == 8)
  }

  @Test func usageErrorsExit64() throws {
    #expect(try run(["check", "no/such/folder"]).status == 64)
    #expect(try run(["eval", "rules"]).status == 64)
  }

  @Test func evalPrintsTheExplanation() throws {
    let result = try run([
      "eval", "rules", "--application", "examples/applications/food_business_license_catering.needs_correction.json",
    ])
    #expect(result.status == 0)
    #expect(result.output.hasPrefix("需补正："))
  }

  @Test func evalPrintsTheOneTimeNotice() throws {
    let result = try run([
      "eval", "rules", "--notice", "--application",
      "examples/applications/food_business_license_catering.needs_correction.json",
    ])
    #expect(result.status == 0)
    #expect(result.output.hasPrefix("一次性告知书"))
    #expect(try run(["eval", "rules", "--notice", "--batch", "-"], input: "").status == 64)
  }

  @Test func theLibraryExampleRuns() throws {
    let example = try #require(Self.binary).deletingLastPathComponent().appendingPathComponent("library-example")
    let process = Process()
    process.executableURL = example
    process.currentDirectoryURL = Repository.root
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(text.contains("demo-1: accepted_with_waiver") && text.contains("demo-2: needs_information"))
  }

  @Test func evalReadsStandardInputAndWritesJSON() throws {
    let application = try #require(
      Repository.read(Repository.path("examples/applications/birth_registration.rejected.json")))
    let result = try run(
      ["eval", "rules", "--application", "-", "--format", "json", "--lang", "en"], input: application)
    let decision = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
    #expect(decision?["outcome"] as? String == "rejected")
    #expect((decision?["explanation"] as? String)?.hasPrefix("Not accepted") == true)
  }

  @Test func badApplicationExits65WithTheField() throws {
    let result = try run(
      ["eval", "rules", "--application", "-"],
      input: #"{"service":"birth_registration","date":"2025-08-01","facts":{"bith_date":"x"}}"#)
    #expect(result.status == 65)
    #expect(result.error.contains("did you mean 'birth_date'?"))
  }

  @Test func batchGoesOnAfterABadLine() throws {
    let lines = [
      #"{"id":"a","service":"birth_registration","date":"2025-08-01"}"#,
      "not json",
      #"{"id":"c","service":"nope","date":"2025-08-01"}"#,
    ].joined(separator: "\n")
    let result = try run(["eval", "rules", "--batch", "-"], input: lines)
    let outputs = result.output.split(separator: "\n").map(String.init)
    #expect(result.status == 65)
    #expect(outputs.count == 3)
    #expect(outputs[0].hasPrefix(#"{"id":"a","service":"birth_registration""#))
    #expect(outputs[1].hasPrefix(#"{"line":2,"error":"#))
    #expect(outputs[2].hasPrefix(#"{"line":3,"error":"#))
  }

  @Test func rulesWithErrorsCannotDecide() throws {
    let result = try run(
      ["eval", "Tests/YiciTests/Golden/diagnostics/E0202-unknown-option.yici", "--application", "-"], input: "{}")
    #expect(result.status == 1)
  }
}
