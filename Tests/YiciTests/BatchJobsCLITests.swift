import Foundation
import Testing
import YiciTestSupport

/// `yici eval --batch --jobs N`: the bytes, the exit code and the message of one job,
/// whatever N, with blocks small enough that every few lines start a new one.
@Suite struct BatchJobsCLITests {
  static let good = BatchCLITests.good

  /// Valid lines, blank lines, bad JSON, a key given twice, a line over the limit, and a
  /// last line without a newline.
  static let input: String = {
    let bad = [
      "", "  ", "not json", "{", #"{"service":"birth_registration","service":"y"}"#,
      #"{"service":"birth_registration","date":"2025-08-01""# + String(repeating: " ", count: 1 << 20) + "}",
      #"{"id":"b","service":"no_such_service","date":"2025-08-01"}"#,
    ]
    return ([good, good] + bad.flatMap { [$0, good, good] } + [good]).joined(separator: "\n")
  }()

  func run(jobs: Int, blockBytes: Int?, input file: URL) throws -> (status: Int32, output: Data, error: String) {
    let binary = try #require(CLITests.binary, "the yici binary is not built")
    let process = Process()
    process.executableURL = binary
    process.arguments = ["eval", "rules", "--batch", file.path, "--jobs", String(jobs)]
    process.currentDirectoryURL = Repository.root
    var environment = ProcessInfo.processInfo.environment
    environment["YICI_BATCH_BLOCK_BYTES"] = blockBytes.map { String($0) }
    process.environment = environment
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    try process.run()
    let bytes = output.fileHandleForReading.readDataToEndOfFile()
    let message = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, bytes, String(decoding: message, as: UTF8.self))
  }

  @Test func everyJobCountGivesTheBytesOfOne() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("jobs-\(UUID().uuidString).jsonl")
    try Data(Self.input.utf8).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let one = try run(jobs: 1, blockBytes: nil, input: file)
    #expect(one.status == 65)
    let outputs = one.output.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast()
    #expect(outputs.count == Self.input.split(separator: "\n", omittingEmptySubsequences: false).count)
    // Blocks of 64 bytes hold a line or two; of 200, a few (the library's tests go to one byte).
    for (jobs, blockBytes) in [(2, nil), (2, 200), (4, 64), (7, 200)] as [(Int, Int?)] {
      let result = try run(jobs: jobs, blockBytes: blockBytes, input: file)
      #expect(result.output == one.output, "\(jobs) jobs, blocks of \(blockBytes ?? 0)")
      #expect(result.status == one.status && result.error == one.error)
    }
  }

  @Test func jobsMustBePositive() throws {
    let result = try CLITests().run(["eval", "rules", "--batch", "-", "--jobs", "0"], input: "")
    #expect(result.status == 64)
    #expect(result.error.contains("--jobs"))
  }
}
