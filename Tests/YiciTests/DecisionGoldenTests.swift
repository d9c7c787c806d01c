import Foundation
import Testing
import Yici
import YiciInterchange
import YiciTestSupport

/// Rule file + applications → decisions: each `Golden/decisions/NAME.yici` (checked with
/// the bundled calendar) decides every line of `NAME.jsonl`, and `NAME.expected` holds, per
/// line, the decision JSON (with the Chinese explanation), the English explanation and the
/// Chinese one-time notice. The cases pin the rules of the language a decision follows
/// (README, "Deciding").
@Suite struct DecisionGoldenTests {
  static let folder = "Tests/YiciTests/Golden/decisions"
  static let cases = Repository.files(in: folder, withSuffix: ".yici")

  @Test func thereAreCases() {
    #expect(!Self.cases.isEmpty)
  }

  @Test(arguments: cases)
  func decisionsMatchGolden(_ path: String) throws {
    let name = (path as NSString).lastPathComponent
    let base = (path as NSString).deletingPathExtension
    let text = try #require(Repository.read(path))
    let calendar = try #require(Repository.read(Repository.path("rules/calendar/china.yici")))
    let rules = RuleSet(sources: [
      SourceFile(path: "\(Self.folder)/\(name)", text: text),
      SourceFile(path: "rules/calendar/china.yici", text: calendar),
    ])
    #expect(rules.errors.isEmpty, "\(DiagnosticRenderer().render(rules.errors))")
    let lines = try #require(Repository.read(base + ".jsonl")).split(separator: "\n").filter {
      !$0.hasPrefix("#")
    }
    var out = ""
    for (number, line) in lines.enumerated() {
      out += "## \(number + 1): \(line)\n"
      do {
        let zh = try rules.decide(json: Array(line.utf8))
        let en = try rules.decide(json: Array(line.utf8), options: DecisionOptions(language: .en, trace: false))
        out += String(decoding: PrettyJSON.format(zh.jsonBytes), as: UTF8.self) + "\n"
        out += "--- en\n" + en.explanation + "\n"
        out += "--- notice\n" + (rules.notice(for: zh) ?? "") + "\n"
      } catch {
        out += "error: \(error)\n"
      }
    }
    Repository.expectGolden(out, at: base + ".expected")
  }
}
