import Foundation
import Testing
import YiciTestSupport

/// `yici eval --batch` end to end: one output line per input line, and an output that
/// cannot be written is an error (exit 74), never a silent exit 0.
@Suite struct BatchCLITests {
  static let good = #"{"id":"a","service":"birth_registration","date":"2025-08-01"}"#

  @Test func blankLinesGetErrorObjectsInPlace() throws {
    let lines = [Self.good, "", "  ", Self.good, #"{"service":"birth_registration","service":"y"}"#, Self.good]
    let result = try CLITests().run(["eval", "rules", "--batch", "-"], input: lines.joined(separator: "\n") + "\n")
    let outputs = result.output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(outputs.count == lines.count)
    #expect(outputs[1].hasPrefix(#"{"line":2,"error":"the line is blank"#))
    #expect(outputs[2].hasPrefix(#"{"line":3,"error":"#))
    #expect(outputs[4].contains("is given twice"))
    #expect(outputs[5].hasPrefix(#"{"id":"a""#))
    #expect(result.status == 65)
  }

  /// Runs a batch of `count` good lines with standard output on `output`.
  func runBatch(count: Int, output: FileHandle, jobs: Int = 1) throws -> (status: Int32, error: String) {
    let binary = try #require(CLITests.binary, "the yici binary is not built")
    let input = FileManager.default.temporaryDirectory.appendingPathComponent("batch-\(UUID().uuidString).jsonl")
    try Data(String(repeating: Self.good + "\n", count: count).utf8).write(to: input)
    defer { try? FileManager.default.removeItem(at: input) }
    let process = Process()
    process.executableURL = binary
    process.arguments = ["eval", "rules", "--batch", input.path, "--jobs", String(jobs)]
    process.currentDirectoryURL = Repository.root
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    try process.run()
    let message = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: message, as: UTF8.self))
  }

  @Test(arguments: [1, 2])
  func aFullDiskIsAnError(jobs: Int) throws {
    let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
    let result = try runBatch(count: 10, output: full, jobs: jobs)
    #expect(result.status == 74)
    #expect(result.error.contains("cannot write the output: No space left on device"), "\(result.error)")
  }

  @Test(arguments: [1, 2])
  func aClosedPipeIsAnError(jobs: Int) throws {
    let pipe = Pipe()
    try pipe.fileHandleForReading.close()
    let result = try runBatch(count: 20_000, output: pipe.fileHandleForWriting, jobs: jobs)
    #expect(result.status == 74)
    #expect(result.error.contains("cannot write the output: Broken pipe"), "\(result.error)")
  }
}
