import Foundation
import Testing
import Yici
import YiciSyntax
import YiciTestSupport

/// Every input that ever crashed or hung a fuzz target (Fuzz/regressions/<target>/) goes
/// through the fuzzers' own code (`FuzzHarness`, shared with Fuzz/ through a symlink),
/// each in a child process that must exit cleanly within `seconds`: a crash or a hang
/// fails that input alone. A `.gen.json` file is expanded first (see Fuzz/README.md).
@Suite struct FuzzRegressionTests {
  /// Inputs that still fail while their root cause is being fixed, with that cause.
  /// Remove an entry when its fix lands (the test then says the known issue is gone).
  /// The numbers are those of issue 8's list of crashes and hangs.
  static let knownIssues: [String: String] = [:]

  /// How long one input may take in a debug build, hang included: far above what any
  /// reproducer takes alone (the 20,000-fact chains take 2 s), so a busy machine does not
  /// fail them, and far below a real hang (the 2^40 walk took hours).
  static let seconds: UInt32 = 90

  /// The saved inputs, as `target/name`.
  static let inputs: [String] = ["rules", "application", "batch"].flatMap { target in
    Repository.files(in: "Fuzz/regressions/\(target)", withSuffix: "").filter { !$0.hasSuffix("/README.md") }
      .map { "\(target)/\(($0 as NSString).lastPathComponent)" }
  }

  @Test func everyTargetHasRegressions() {
    for target in ["rules", "application", "batch"] {
      #expect(Self.inputs.contains { $0.hasPrefix("\(target)/") }, "no saved inputs for fuzz-\(target)")
    }
  }

  @Test func theRulesDictionaryHasEveryKeyword() {
    let dictionary = Repository.read(Repository.path("Fuzz/dictionaries/rules.dict")) ?? ""
    for keyword in Keyword.allCases {
      for language in [KeywordLanguage.english, .chinese] {
        let spelling = keyword.spelling(in: language)
        let escaped = spelling.utf8.map { byte in
          byte < 0x20 || byte >= 0x7F || byte == 0x22 || byte == 0x5C
            ? "\\x" + String(byte, radix: 16, uppercase: true) : String(UnicodeScalar(byte))
        }
        #expect(dictionary.contains("=\"\(escaped.joined())\""), "Fuzz/dictionaries/rules.dict lacks '\(spelling)'")
      }
    }
  }

  @Test(arguments: inputs) func replays(_ input: String) async {
    guard let cause = Self.knownIssues[input] else {
      await Self.replayInChild(input)
      return
    }
    await withKnownIssue("\(input) still fails: \(cause)") { await Self.replayInChild(input) }
  }

  /// Replays one input in a child process, which exits 0 when the harness found nothing.
  static func replayInChild(_ input: String) async {
    let result = await #expect(processExitsWith: .success, observing: [\.standardErrorContent]) { [input] in
      alarm(FuzzRegressionTests.seconds)  // a hang ends in SIGALRM
      if let failure = FuzzRegressionTests.replay(input) {
        FileHandle.standardError.write(Data("\(input): \(failure)\n".utf8))
        exit(1)
      }
    }
    if let result, result.exitStatus != .exitCode(0), !result.standardErrorContent.isEmpty {
      Issue.record("\(input): \(String(decoding: result.standardErrorContent.suffix(2_000), as: UTF8.self))")
    }
  }

  /// Runs one saved input through its target's harness; what went wrong, or nil.
  static func replay(_ input: String) -> String? {
    let harness: FuzzHarness
    do {
      harness = try FuzzHarness(root: Repository.root.path)
    } catch {
      return "cannot load the bundled rules: \(error)"
    }
    guard let bytes = RegressionInput.bytes(at: Repository.path("Fuzz/regressions/\(input)")) else {
      return "cannot read or expand the input"
    }
    do {
      let outcome = try bytes.withUnsafeBufferPointer { (buffer) throws(FuzzFailure) in
        switch input.prefix { $0 != "/" } {
        case "rules": try harness.rules(buffer)
        case "application": try harness.application(buffer)
        default: try harness.batch(buffer)
        }
      }
      // Bounded: an error or diagnostic says what is wrong in a line or two, not by
      // quoting the input back.
      return outcome.longestMessage <= 4_096 ? nil : "a message of \(outcome.longestMessage) bytes (\(outcome))"
    } catch {
      return "\(error)"
    }
  }
}

/// A saved fuzz input: the file's bytes, or for a `.gen.json` file the concatenation of
/// its `parts`, each `[text, times]`; in a repeated text `{i}` and `{i+1}` stand for the
/// repetition's number from 0 (and the next one).
enum RegressionInput {
  static func bytes(at path: String) -> [UInt8]? {
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    guard path.hasSuffix(".gen.json") else { return Array(data) }
    guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
      let parts = object["parts"] as? [[Any]]
    else { return nil }
    var text = ""
    for part in parts {
      guard part.count == 2, let piece = part[0] as? String, let times = part[1] as? Int else { return nil }
      let numbered = piece.contains("{i")
      for index in 0..<times {
        guard numbered else {
          text += piece
          continue
        }
        text += piece.replacingOccurrences(of: "{i+1}", with: "\(index + 1)")
          .replacingOccurrences(of: "{i}", with: "\(index)")
      }
    }
    return Array(text.utf8)
  }
}
