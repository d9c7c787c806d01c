import Foundation
import Testing
import YiciServer
import YiciStore
import YiciTestSupport

/// `yici replay`: the decisions `yici serve` logged, decided again with edited rules; every
/// one that would change is reported, as text and JSON, and nothing else.
@Suite struct ReplayTests {
  static func application(area: Int) -> [UInt8] {
    Array(
      """
      {"service": "personal_permit", "date": "2025-10-09", "facts": {"applicant_name": "李四",
       "id_number": "110101199003071234", "phone": "13800138000", "area": \(area)}, "materials": ["form"]}
      """.utf8)
  }

  @Test func anEditThatChangesDecisionsIsReportedDecisionByDecision() async throws {
    try await DecisionLogTests.withDataFolder { folder in
      let rules = folder + "/rules"
      try FileManager.default.createDirectory(atPath: rules, withIntermediateDirectories: true)
      let original = try String(contentsOfFile: Repository.path(PersonalFactsLogTests.rules), encoding: .utf8)
      try original.write(toFile: rules + "/personal.yici", atomically: true, encoding: .utf8)
      let calendar = Repository.path("rules/calendar")
      let recording = try DecisionRecording.open(folder: folder + "/data", durability: .durable)
      let server = try await RunningServer.start([rules, calendar], recording: recording)
      var ids: [Int: String] = [:]
      for area in [5, 20, 50] {
        let response = try await server.request("POST", "/v1/decisions?lang=en", body: Self.application(area: area))
        ids[area] = (response.json as? [String: Any])?["decision_id"] as? String
      }
      _ = try await server.request("POST", "/v1/questions", body: Self.application(area: 20))
      await server.stop()

      let unchanged = try YiciBinary.run(["replay", "--data", folder + "/data", rules, calendar], input: nil)
      #expect(unchanged.status == 0, "\(unchanged.error)")
      #expect(unchanged.output.hasSuffix(": none would change\n"), "\(unchanged.output)")
      #expect(unchanged.output.hasPrefix("replayed 4 decisions with revision "))

      // The edit: a shop must now have 30 m² (it was 10).
      try original.replacingOccurrences(of: "area >= 10", with: "area >= 30")
        .write(toFile: rules + "/personal.yici", atomically: true, encoding: .utf8)
      let text = try YiciBinary.run(["replay", "--data", folder + "/data", rules, calendar], input: nil)
      #expect(text.status == 1)
      let lines = text.output.split(separator: "\n").map(String.init)
      #expect(lines.count == 3, "\(text.output)")
      let twenty = try #require(ids[20])
      let fields = "outcome, reasons, deadlines, trace, explanation"
      #expect(lines.first == "\(twenty) personal_permit: accepted → rejected (\(fields))")
      #expect(lines.dropFirst().first?.contains("accepted → rejected (outcome, reasons, deadlines)") == true)
      #expect(lines.last?.hasSuffix(": 2 would change") == true)

      let json = try YiciBinary.run(
        ["replay", "--data", folder + "/data", "--format", "json", "--since", "2000-01-01", rules, calendar],
        input: nil)
      #expect(json.status == 1)
      let report = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
      #expect(report["replayed"] as? Int == 4)
      let changed = try #require(report["changed"] as? [[String: Any]])
      #expect(changed.map { $0["decision_id"] as? String }.first == twenty)
      #expect(changed.first?["new_outcome"] as? String == "rejected")
      #expect(changed.first?["outcome"] as? String == "accepted")

      let later = try YiciBinary.run(
        ["replay", "--data", folder + "/data", "--since", "2999-01-01", rules, calendar], input: nil)
      #expect(later.status == 0)
      #expect(
        later.output
          == "replayed 0 decisions with revision \(try #require(report["revision"] as? String)): none would change\n")
    }
  }

  @Test func badOptionsAndAMissingLogAreTold() throws {
    let missing = try YiciBinary.run(["replay", "--data", "/nonexistent/yici-data", "rules"], input: nil)
    #expect(missing.status == 74)
    #expect(missing.error.contains("no decision log in /nonexistent/yici-data"))
    let since = try YiciBinary.run(["replay", "--since", "last week", "rules"], input: nil)
    #expect(since.status == 64)
    #expect(since.error.contains("--since takes a date"))
  }
}
