import Foundation
import Testing
import YiciServer
import YiciStore
import YiciTestSupport

/// Cases (电子监察): opened from an accepted decision on record, their clocks, pauses,
/// supplements, and the list by status; every change an event with its time and actor.
@Suite struct CaseTests {
  static let waiver = "examples/applications/food_business_license_catering.accepted_with_waiver.json"
  static let rejected = "examples/applications/food_business_license_catering.rejected.json"

  static func post(_ server: RunningServer, _ path: String, _ object: [String: Any]) async throws
    -> LoopbackClient.Response
  {
    try await server.request("POST", path, body: Array(try JSONSerialization.data(withJSONObject: object)))
  }

  @Test func aCaseRunsItsClockThroughPausesSupplementsAndClosing() async throws {
    try await DecisionLogTests.withDataFolder { folder in
      let server = try await RunningServer.start(
        recording: try DecisionRecording.open(folder: folder, durability: .durable))
      defer { Task { await server.stop() } }
      let checker = SchemaChecker.shared
      let decided = try await server.request(
        "POST", "/v1/decisions?open_case=true", body: try repositoryBytes(Self.waiver))
      #expect(decided.status == 200)
      let id = try #require(decided.header("yici-case-id"))
      #expect(decided.header("location") == "/v1/cases/\(id)")

      let opened = try await server.request("GET", "/v1/cases/\(id)?today=2025-09-25")
      #expect(checker.problems("GET", "/v1/cases/{id}", opened) == [])
      let standing = try #require(opened.json as? [String: Any])
      #expect(standing["status"] as? String == "running")
      #expect(standing["opened_by"] as? String == "yici serve")
      let waived = try #require(standing["waived"] as? [[String: Any]])
      let material = try #require(waived.first?["id"] as? String)
      let due = try #require(waived.first?["due"] as? String)

      let pause = try await Self.post(
        server, "/v1/cases/\(id)/events", ["kind": "pause", "period": "听证", "day": "2025-09-26", "actor": "clerk 7"])
      #expect(pause.status == 201, "\(pause.text)")
      #expect(checker.problems("POST", "/v1/cases/{id}/events", pause) == [])
      let paused = try await server.request("GET", "/v1/cases/\(id)?today=2025-09-29")
      #expect((paused.json as? [String: Any])?["status"] as? String == "paused")
      let resumed = try await Self.post(
        server, "/v1/cases/\(id)/events", ["kind": "resume", "period": "听证", "day": "2025-09-30", "actor": "clerk 7"])
      #expect(resumed.status == 201)
      let clock = try #require((resumed.json as? [String: Any])?["clock"] as? [String: Any])
      #expect((clock["days_paused"] as? Int ?? 0) > 0)

      // Past the supplement's due date and not supplied: flagged.
      let late = try #require(
        try await server.request("GET", "/v1/cases/\(id)?today=2025-12-31").json as? [String: Any])
      #expect((late["waived"] as? [[String: Any]])?.first?["overdue"] as? Bool == true, "due \(due)")
      let supplied = try await Self.post(
        server, "/v1/cases/\(id)/events",
        ["kind": "material_supplied", "material": material, "day": "2025-10-09", "actor": "clerk 8"])
      #expect(supplied.status == 201, "\(supplied.text)")
      let closed = try await Self.post(
        server, "/v1/cases/\(id)/events",
        ["kind": "completed", "day": "2025-10-10", "actor": "clerk 8", "note": "准予许可"])
      #expect(closed.status == 201)
      let final = try #require(closed.json as? [String: Any])
      #expect(final["status"] as? String == "completed")
      let events = try #require(final["events"] as? [[String: Any]])
      #expect(events.map { $0["kind"] as? String } == ["pause", "resume", "material_supplied", "completed"])
      #expect(events.map { $0["actor"] as? String } == ["clerk 7", "clerk 7", "clerk 8", "clerk 8"])
      let after = try await Self.post(server, "/v1/cases/\(id)/events", ["kind": "withdrawn", "actor": "x"])
      #expect(after.status == 409)
      #expect(after.text.contains("takes no more events"))

      let list = try await server.request("GET", "/v1/cases?status=completed&today=2025-10-11")
      #expect(checker.problems("GET", "/v1/cases", list) == [])
      #expect(((list.json as? [String: Any])?["cases"] as? [Any])?.count == 1)
      let running = try await server.request("GET", "/v1/cases?status=running")
      #expect(((running.json as? [String: Any])?["cases"] as? [Any])?.isEmpty == true)

      // yici track lists the same cases from the data folder.
      let tracked = try YiciBinary.run(["track", "--data", folder, "--today", "2025-10-11"], input: nil)
      #expect(tracked.status == 0, "\(tracked.error)")
      #expect(tracked.output.contains("\(id) food_business_license_catering completed"))
      #expect(tracked.output.hasSuffix("1 case on 2025-10-11\n"))
    }
  }

  @Test func onlyAnAcceptedDecisionOnRecordOpensOneCase() async throws {
    try await DecisionLogTests.withDataFolder { folder in
      let server = try await RunningServer.start(
        recording: try DecisionRecording.open(folder: folder, durability: .durable))
      defer { Task { await server.stop() } }
      let accepted = try await server.request("POST", "/v1/decisions", body: try repositoryBytes(Self.waiver))
      let acceptedID = try #require((accepted.json as? [String: Any])?["decision_id"] as? String)
      let rejected = try await server.request("POST", "/v1/decisions", body: try repositoryBytes(Self.rejected))
      let rejectedID = try #require((rejected.json as? [String: Any])?["decision_id"] as? String)
      let opened = try await Self.post(server, "/v1/cases", ["decision_id": acceptedID, "actor": "clerk 1"])
      #expect(opened.status == 201)
      #expect(SchemaChecker.shared.problems("POST", "/v1/cases", opened) == [])
      let caseID = try #require((opened.json as? [String: Any])?["case_id"] as? String)
      for (body, status, words) in [
        (["decision_id": acceptedID, "actor": "clerk 1"], 409, "has its case already"),
        (["decision_id": rejectedID, "actor": "clerk 1"], 409, "only an accepted decision opens a case"),
        (["decision_id": "0190c1a2-0000-7000-8000-000000000000", "actor": "a"], 404, "no decision"),
        (["decision_id": acceptedID], 400, "actor: missing"),
        (["decision_id": 7, "actor": "a"], 400, "decision_id: must be a string"),
      ] as [([String: Any], Int, String)] {
        let response = try await Self.post(server, "/v1/cases", body)
        #expect(response.status == status, "\(body)")
        #expect(response.text.contains(words), "\(response.text)")
        #expect(SchemaChecker.shared.problems("POST", "/v1/cases", response) == [])
      }
      for (body, status, words) in [
        (["kind": "pause", "period": "喝茶", "actor": "a"], 422, "not a period"),
        (["kind": "nap", "actor": "a"], 400, "kind: takes pause"),
        (["kind": "resume", "period": "听证", "actor": "a"], 409, "no 听证 pause is open"),
        (["kind": "pause", "period": "听证", "actor": "a", "day": "2025-02-30"], 400, "day: takes a date"),
        (["kind": "pause", "period": "听证", "actor": "a", "day": "2020-01-01"], 422, "before the case was accepted"),
        (["kind": "material_supplied", "material": "nothing", "actor": "a"], 422, "was not waived"),
      ] as [([String: Any], Int, String)] {
        let response = try await Self.post(server, "/v1/cases/\(caseID)/events", body)
        #expect(response.status == status, "\(body): \(response.text)")
        #expect(response.text.contains(words), "\(response.text)")
        #expect(SchemaChecker.shared.problems("POST", "/v1/cases/{id}/events", response) == [])
      }
      let bad = try await server.request("POST", "/v1/cases/\(caseID)/events", body: Array("[1".utf8))
      #expect(bad.status == 400)
      #expect(try await server.request("GET", "/v1/cases?status=late").status == 400)
      #expect(try await server.request("GET", "/v1/cases/nope").status == 400)
    }
  }
}
