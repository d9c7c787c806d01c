import Foundation
import Testing
import YiciTestSupport

/// For any bytes, `yici check FILE` and `yici eval rules --application FILE` end within a
/// generous time with one of the documented exit codes (0, 1, 64, 65), never a signal:
/// random bytes and mutations of the repository's rule files and applications, from a
/// fixed seed so a failure comes back on every run (its input is kept and named; `YICI_SEED`
/// tries others).
@Suite struct CLIPropertyTests {
  /// Cases per command.
  static let cases = 150
  /// Seconds one run may take: inputs are at most a few KB, so this is far beyond need.
  static let seconds = 30.0

  @Test func checkEndsWithADocumentedExitCode() async throws {
    let seeds = ["rules", "Tests/YiciTests/Golden/diagnostics"].flatMap {
      Repository.files(in: $0, withSuffix: ".yici")
    }
    try await runCases(seed: 0x5EED_C4EC, corpus: seeds, tokens: Self.ruleTokens) { ["check", $0, "--color", "never"] }
  }

  @Test func evalEndsWithADocumentedExitCode() async throws {
    let seeds = Repository.files(in: "examples/applications", withSuffix: ".json")
    try await runCases(seed: 0x5EED_E7A1, corpus: seeds, tokens: Self.jsonTokens) {
      ["eval", "rules", "--application", $0]
    }
  }

  /// Runs `cases` inputs, two at a time, each written to a file the arguments name.
  private func runCases(
    seed: UInt64, corpus: [String], tokens: [String], arguments: @escaping @Sendable (String) -> [String]
  ) async throws {
    let binary: URL = try #require(YiciBinary.url, "the yici binary is not built")
    let originals = corpus.compactMap { FileManager.default.contents(atPath: $0).map(Array.init) }
    try #require(!originals.isEmpty)
    try await withSeededRandom(seed) { random in
      let inputs = (0..<Self.cases).map { index in
        index % 4 == 0
          ? random.bytes(count: Int(random.next() % 2_048))
          : random.mutated(originals[Int(random.next() % UInt64(originals.count))], tokens: tokens)
      }
      let folder = FileManager.default.temporaryDirectory.appendingPathComponent("yici-cli-property-\(random.seed)")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      for start in stride(from: 0, to: inputs.count, by: 2) {
        await withTaskGroup(of: Void.self) { group in
          for index in start..<min(start + 2, inputs.count) {
            let file = folder.appendingPathComponent("case-\(index)").path
            let input = inputs[index]
            group.addTask { Self.expectDocumentedExit(binary, arguments(file), input: input, file: file) }
          }
        }
      }
    }
  }

  /// Writes the input, runs the binary on it and checks how it ended; the file stays
  /// when it did not end well.
  static func expectDocumentedExit(_ binary: URL, _ arguments: [String], input: [UInt8], file: String) {
    FileManager.default.createFile(atPath: file, contents: Data(input))
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = Repository.root
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    do { try process.run() } catch {
      Issue.record("cannot run \(binary.path): \(error)")
      return
    }
    let deadline = Date().addingTimeInterval(seconds)
    while process.isRunning && Date() < deadline { usleep(10_000) }
    let command = "yici \(arguments.joined(separator: " "))"
    guard !process.isRunning else {
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      Issue.record("\(command) ran for more than \(Int(seconds)) s (input kept)")
      return
    }
    let status = process.terminationStatus
    guard process.terminationReason == .exit, [0, 1, 64, 65].contains(status) else {
      let how = process.terminationReason == .exit ? "exit code \(status)" : "signal \(status)"
      Issue.record("\(command) ended with \(how) (input kept)")
      return
    }
    try? FileManager.default.removeItem(atPath: file)
  }

  static let ruleTokens = [
    "service", "facts", "let", "conditions", "materials", "not ", " and ", " or ", "(", ")", "{", "}", "\"",
    "事项", "信息", "令", "受理条件", "材料", "且", "或", "非", "属于", "时限", "容缺", "9999999999999999999", "0.5",
  ]
  static let jsonTokens = [
    "{", "}", "[", "]", "\"", ",", ":", "\\u", "\\ud800", "\\udc00", "null", "true", "1e999", "-0",
    "99999999999999999999", "0.000001", "\"service\":", "\"facts\":", "\"materials\":", "\"date\":", "\"2025-02-29\"",
  ]
}

extension SeededRandom {
  /// One to eight edits: a byte changed, a range deleted or repeated, a token inserted.
  mutating func mutated(_ original: [UInt8], tokens: [String]) -> [UInt8] {
    var bytes = original
    for _ in 0..<(1 + next() % 8) {
      let at = bytes.isEmpty ? 0 : Int(next() % UInt64(bytes.count))
      let length = min(bytes.count - at, Int(next() % 64))
      switch next() % 4 {
      case 0 where !bytes.isEmpty: bytes[at] = UInt8(truncatingIfNeeded: next())
      case 1: bytes.removeSubrange(at..<(at + length))
      case 2:
        let repeated = Array(repeating: bytes[at..<(at + length)], count: 1 + Int(next() % 8)).joined()
        bytes.insert(contentsOf: repeated, at: at)
      default: bytes.insert(contentsOf: Array(tokens[Int(next() % UInt64(tokens.count))].utf8), at: at)
      }
    }
    return bytes
  }
}
