import Foundation
import Testing
import YiciTestSupport

/// `yici deadline`, `yici calendar` and `yici track` end to end, on the bundled rules.
@Suite struct CalendarCLITests {
  func run(_ arguments: [String], input: String? = nil) throws -> CLITests.Result {
    try CLITests().run(arguments, input: input)
  }

  @Test func deadlineExplainsTheDaysSkipped() throws {
    let result = try run(["deadline", "--from", "2025-09-28", "--workdays", "5", "--lang", "en"])
    #expect(result.status == 0)
    #expect(result.output.hasPrefix("2025-10-11 Saturday\n"))
    #expect(result.output.contains("2025-10-01 Wednesday  holiday 国庆节、中秋节"))
    #expect(result.output.contains("2025-10-11 Saturday   make-up working day (调休上班) for 国庆节、中秋节"))
  }

  @Test func deadlineJSONHasTheDate() throws {
    let result = try run(["deadline", "--from", "2025-01-27", "--workdays", "5", "--format", "json"])
    let object = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
    #expect(object?["date"] as? String == "2025-02-10")
    let natural = try run(["deadline", "--from", "2025-09-28", "--days", "5", "--format", "json"])
    let naturalObject = try JSONSerialization.jsonObject(with: Data(natural.output.utf8)) as? [String: Any]
    #expect(naturalObject?["date"] as? String == "2025-10-09")
    #expect(naturalObject?["period_end"] as? String == "2025-10-03")
  }

  @Test func deadlineOutsideTheCalendarExits65NamingTheYear() throws {
    let result = try run(["deadline", "--from", "2027-12-20", "--workdays", "20"])
    #expect(result.status == 65)
    #expect(result.error.contains("does not cover 2028"))
    let provisional = try run(["deadline", "--from", "2026-12-21", "--workdays", "10", "--lang", "en"])
    #expect(provisional.status == 0)
    #expect(provisional.output.contains("provisional: counted on the provisional 2027 calendar"))
    #expect(try run(["deadline", "--from", "2025-09-28"]).status == 64)
  }

  @Test func calendarPrintsTheYear() throws {
    let result = try run(["calendar", "2025", "--lang", "en"])
    #expect(result.status == 0)
    #expect(result.output.hasPrefix("national 2025: 248 working days, 117 days off"))
    #expect(result.output.contains(" 27  28* 29* 30* 31*"))
    #expect(result.output.contains("国庆节、中秋节  2025-10-01 … 2025-10-08, 8 days off"))
    #expect(try run(["calendar", "2028"]).status == 65)
  }

  @Test func trackReportsTheState() throws {
    let record =
      #"{"id": "c1", "service": "food_business_license_catering", "accepted": "2025-09-29", "today": "2025-10-10"}"#
    let result = try run(["track", "-", "--lang", "en"], input: record)
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.contains("state on 2025-10-10: warning (预警)"))
    #expect(result.output.contains("due 2025-10-13"))
    let json = try run(["track", "-", "--format", "json"], input: record)
    let object = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
    #expect(object?["state"] as? String == "warning" && object?["statutory_due"] as? String == "2025-10-20")
    let bad = try run(
      ["track", "-"], input: #"{"service": "food_business_license_catering", "accepted": "2025-09-29"}"#)
    #expect(bad.status == 65 && bad.error.contains("missing field 'today'"))
  }

  /// The text of each command in each language, byte for byte (`Golden/cli/`).
  @Test(arguments: ["zh", "en"]) func textFollowsTheLanguage(_ language: String) throws {
    let pause = #"[{"kind": "听证", "start": "2025-10-09", "end": "2025-11-15"}]"#
    let record =
      #"{"id": "c2", "service": "food_business_license_catering", "accepted": "2025-09-29", "pauses": "#
      + pause + #", "today": "2025-12-20"}"#
    let runs: [(name: String, arguments: [String], input: String?)] = [
      ("deadline-workdays", ["deadline", "--from", "2025-09-28", "--workdays", "10"], nil),
      ("deadline-days", ["deadline", "--from", "2025-09-28", "--days", "5"], nil),
      ("deadline-provisional", ["deadline", "--from", "2026-12-21", "--workdays", "10"], nil),
      ("calendar-2025", ["calendar", "2025"], nil),
      ("track-overdue", ["track", "-"], record),
    ]
    for run in runs {
      let result = try self.run(run.arguments + ["--lang", language], input: run.input)
      #expect(result.status == 0, "\(run.name): \(result.error)")
      Repository.expectGolden(
        result.output, at: Repository.path("Tests/YiciTests/Golden/cli/\(run.name).\(language).txt"))
    }
    let json = try self.run(["track", "-", "--format", "json", "--lang", language], input: record)
    let english = try self.run(["track", "-", "--format", "json", "--lang", "en"], input: record)
    #expect(json.output == english.output, "JSON is the same in both languages")
  }
}
