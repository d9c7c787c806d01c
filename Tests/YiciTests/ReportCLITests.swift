import Foundation
import Testing
import YiciTestSupport

/// `yici report` end to end: every format on the bundled rules and on a rules folder that
/// holds a reform in two policy periods, byte for byte (`Golden/report/`), and its errors.
@Suite struct ReportCLITests {
  static let golden = "Tests/YiciTests/Golden/report"
  static let reform = ["Tests/YiciTests/Golden/report/reform", "rules/calendar"]

  /// The runs recorded: a name, the arguments, and the formats and languages to write.
  static let runs: [(name: String, arguments: [String])] = [
    ("bundled", ["report", "rules", "--date", "2025-09-28"]),
    ("bundled-reform", ["report", "rules", "--before", "2025-06-01", "--after", "2025-09-28"]),
    ("reform", ["report"] + reform + ["--before", "2024-06-01", "--after", "2025-09-28"]),
    ("bundle", ["report", "rules", "Tests/YiciTests/Golden/report/bundle", "--date", "2025-09-28"]),
  ]

  func run(_ arguments: [String]) throws -> CLITests.Result {
    try CLITests().run(arguments)
  }

  @Test(arguments: ["text", "md", "html"], ["zh", "en"])
  func everyFormatInEveryLanguage(_ format: String, _ language: String) throws {
    let suffix = format == "text" ? "txt" : format
    for run in Self.runs {
      let result = try self.run(run.arguments + ["--format", format, "--lang", language])
      #expect(result.status == 0, "\(run.name): \(result.error)")
      #expect(result.error.isEmpty, "\(run.name): \(result.error)")
      Repository.expectGolden(result.output, at: Repository.path("\(Self.golden)/\(run.name).\(language).\(suffix)"))
    }
  }

  @Test func jsonIsTheSameInEveryLanguage() throws {
    for run in Self.runs {
      let chinese = try self.run(run.arguments + ["--format", "json"])
      let english = try self.run(run.arguments + ["--format", "json", "--lang", "en"])
      #expect(chinese.status == 0, "\(run.name): \(chinese.error)")
      #expect(chinese.output == english.output, "\(run.name): JSON is the same in both languages")
      Repository.expectGolden(chinese.output, at: Repository.path("\(Self.golden)/\(run.name).json"))
    }
  }

  @Test func jsonHoldsTheDocumentedFields() throws {
    let result = try run(
      ["report"] + Self.reform + ["--before", "2024-06-01", "--after", "2025-09-28", "--format", "json"])
    let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
    for key in ["date", "services", "bundles", "targets", "totals", "before"] { #expect(object[key] != nil, "\(key)") }
    let services = try #require(object["services"] as? [[String: Any]])
    let permit = try #require(services.first { $0["id"] as? String == "outdoor_sign_permit" })
    #expect(permit["visits"] as? Int == 1)
    let materials = try #require(permit["materials"] as? [String: Any])
    #expect(materials["at_least"] as? Int == 3 && materials["at_most"] as? Int == 5)
    let limits = try #require(permit["limits"] as? [String: Any])
    #expect((limits["promised"] as? [String: Any])?["days"] as? Int == 5)
    #expect(limits["compression"] as? Double == 0.75)
    let before = try #require(object["before"] as? [String: Any])
    let targets = try #require(before["targets"] as? [[String: Any]])
    let shortened = try #require(targets.first { $0["id"] as? String == "promised_shortened" })
    #expect(shortened["met"] as? Bool == false)
    let failing = try #require(shortened["failing"] as? [[String: Any]])
    #expect(failing.map { $0["id"] as? String } == ["planning_opinion", "outdoor_sign_permit"])
    let steps = try #require(targets.first { $0["id"] as? String == "at_most_4_steps" })
    #expect(steps["met"] is NSNull && steps["uncomputable"] as? String == "steps_not_declared")
  }

  @Test func bundlesInJSONHoldTheDocumentedFields() throws {
    let result = try run(["report", "rules", "\(Self.golden)/bundle", "--date", "2025-09-28", "--format", "json"])
    let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
    let bundles = try #require(object["bundles"] as? [[String: Any]])
    let bundle = try #require(bundles.first { $0["id"] as? String == "fixture_open_restaurant" })
    #expect((bundle["members"] as? [[String: Any]])?.map { $0["id"] as? String }.count == 3)
    let groups: [String: [String]] = [
      "materials": ["summed", "merged", "to_submit"], "facts": ["summed", "merged"], "visits": ["summed", "bundle"],
      "days": ["statutory_sum", "critical_path", "promised"],
    ]
    for (group, keys) in groups {
      let fields = try #require(bundle[group] as? [String: Any], "\(group)")
      for key in keys { #expect(fields[key] != nil && !(fields[key] is NSNull), "\(group).\(key)") }
    }
    let days = try #require(bundle["days"] as? [String: Any])
    #expect((days["critical_path"] as? [String: Any])?["days"] as? Int == 6)
  }

  @Test func htmlIsOneSelfContainedPageForAPhone() throws {
    let result = try run(
      ["report"] + Self.reform + ["--before", "2024-06-01", "--after", "2025-09-28", "--format", "html"])
    let page = result.output
    #expect(page.hasPrefix("<!DOCTYPE html>\n"))
    #expect(page.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
    #expect(page.contains("@media (max-width: 40rem)"))
    #expect(page.components(separatedBy: "<svg ").count - 1 == 3, "two before/after charts and the limits")
    for external in ["http:", "https:", "<script", "<link", "src=", "url(", "@import"] {
      #expect(!page.contains(external), "an external resource or script: \(external)")
    }
  }

  @Test func badOptionsAreUsageErrors() throws {
    let lonely = try run(["report", "rules", "--before", "2025-06-01"])
    #expect(lonely.status == 64 && lonely.error.contains("give both --before DATE and --after DATE"))
    let both = try run(["report", "rules", "--date", "2025-06-01", "--before", "2025-06-01", "--after", "2025-09-28"])
    #expect(both.status == 64 && both.error.contains("either --date or --before and --after"))
    let bad = try run(["report", "rules", "--date", "2025-02-30"])
    #expect(bad.status == 64 && bad.error.contains("--date takes a date as YYYY-MM-DD, not '2025-02-30'"))
    let format = try run(["report", "rules", "--format", "pdf"])
    #expect(format.status == 64)
  }

  @Test func aDateWithNoItemInForceIsBadInput() throws {
    let future = "\(Self.golden)/not_yet"
    let result = try run(["report", future, "--before", "2025-01-01", "--after", "2030-01-01"])
    #expect(result.status == 65 && result.output.isEmpty)
    #expect(result.error.contains("no service is in force on 2025-01-01 (--before)"))
    #expect(try run(["report", future, "--date", "2030-01-01"]).status == 0)
  }

  @Test func rulesWithErrorsAreReportedAsCheckDoes() throws {
    let path = "Tests/YiciTests/Golden/diagnostics/E0202-unknown-option.yici"
    let result = try run(["report", path, "--date", "2025-09-28", "--color", "never"])
    let check = try run(["check", path, "--color", "never"])
    #expect(result.status == 1 && result.output.isEmpty)
    #expect(result.error.contains("error[E0202]"))
    #expect(result.error.hasSuffix("cannot report: the rules have 1 error\n"))
    #expect(result.error.hasPrefix(check.error.components(separatedBy: "checked ").first ?? "?"))
  }
}
