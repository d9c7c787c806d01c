import Foundation
import Testing
import YiciServer
import YiciStore
import YiciTestSupport

/// The decision log of `yici serve --data`: every decision returned carries its
/// `decision_id` and is on record, read back by `GET /v1/decisions/{id}` and listed by
/// `GET /v1/decisions`, each response checked against the OpenAPI document.
@Suite struct DecisionLogTests {
  static let accepted = "examples/applications/food_business_license_catering.accepted.json"
  static let corrected = "examples/applications/food_business_license_catering.needs_correction.json"

  /// A fresh data folder, removed by `body`'s end.
  static func withDataFolder<T>(_ body: (String) async throws -> T) async throws -> T {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("yici-log-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    return try await body(folder)
  }

  @Test func everyDecisionReturnedIsOnRecordWithItsID() async throws {
    try await Self.withDataFolder { folder in
      let recording = try DecisionRecording.open(folder: folder, durability: .durable)
      let server = try await RunningServer.start(recording: recording)
      defer { Task { await server.stop() } }
      let plain = try await RunningServer.start()
      defer { Task { await plain.stop() } }
      let checker = SchemaChecker.shared
      let body = try repositoryBytes(Self.accepted)
      let response = try await server.request("POST", "/v1/decisions", body: body)
      #expect(checker.problems("POST", "/v1/decisions", response) == [])
      let decision = try #require(response.json as? [String: Any])
      let id = try #require(decision["decision_id"] as? String)
      #expect(DecisionID.isWellFormed(id))
      // The bytes are those of a server without the log, but for the one field.
      let unlogged = try await plain.request("POST", "/v1/decisions", body: body)
      #expect(response.text.replacingOccurrences(of: ",\"decision_id\":\"\(id)\"", with: "") == unlogged.text)
      #expect(
        response.text.range(of: "\"revision\":\"[0-9a-f]+\",\"decision_id\":", options: .regularExpression) != nil)

      let stored = try await server.request("GET", "/v1/decisions/\(id)")
      #expect(checker.problems("GET", "/v1/decisions/{id}", stored) == [])
      let record = try #require(stored.json as? [String: Any])
      #expect(record["service"] as? String == "food_business_license_catering")
      #expect(record["outcome"] as? String == decision["outcome"] as? String)
      #expect(record["revision"] as? String == decision["revision"] as? String)
      let kept = try JSONSerialization.data(withJSONObject: try #require(record["decision"]), options: [.sortedKeys])
      #expect(kept == (try JSONSerialization.data(withJSONObject: decision, options: [.sortedKeys])))
      let application = try JSONSerialization.jsonObject(with: Data(body)) as? [String: Any]
      #expect(
        NSDictionary(dictionary: record["application"] as? [String: Any] ?? [:])
          == NSDictionary(dictionary: application ?? [:]))

      _ = try await server.request("POST", "/v1/decisions", body: try repositoryBytes(Self.corrected))
      _ = try await server.request("POST", "/v1/questions", body: body)
      let all = try await server.request("GET", "/v1/decisions")
      #expect(checker.problems("GET", "/v1/decisions", all) == [])
      let listed = try #require((all.json as? [String: Any])?["decisions"] as? [[String: Any]])
      #expect(listed.count == 3)
      #expect(listed.first?["decision_id"] as? String == id)
      #expect(listed.last?["trace"] as? Bool == false)
      let corrections = try await server.request(
        "GET", "/v1/decisions?service=food_business_license_catering&outcome=needs_correction")
      #expect(((corrections.json as? [String: Any])?["decisions"] as? [[String: Any]])?.count == 1)
      let page = try #require(try await server.request("GET", "/v1/decisions?limit=2").json as? [String: Any])
      #expect((page["decisions"] as? [Any])?.count == 2)
      let next = try #require(page["next"] as? String)
      let rest = try #require(try await server.request("GET", "/v1/decisions?after=\(next)").json as? [String: Any])
      #expect((rest["decisions"] as? [Any])?.count == 1)
      #expect(rest["next"] == nil)
      let later = try await server.request("GET", "/v1/decisions?from=2999-01-01")
      #expect(((later.json as? [String: Any])?["decisions"] as? [Any])?.isEmpty == true)
      let today = try await server.request("GET", "/v1/decisions?from=2000-01-01&to=2999-12-31T00:00:00Z")
      #expect(((today.json as? [String: Any])?["decisions"] as? [Any])?.count == 3)

      let rules = try #require(try await server.request("GET", "/v1/rules").json as? [String: Any])
      let log = try #require(rules["decision_log"] as? [String: Any])
      #expect(log["mode"] as? String == "durable")
      #expect(log["written"] as? Int == 3)
      let off = try #require(try await plain.request("GET", "/v1/rules").json as? [String: Any])
      #expect((off["decision_log"] as? [String: Any])?["mode"] as? String == "off")
    }
  }

  @Test func everyBatchDecisionIsOnRecordWithItsID() async throws {
    try await Self.withDataFolder { folder in
      let recording = try DecisionRecording.open(folder: folder, durability: .durable)
      let server = try await RunningServer.start(recording: recording)
      defer { Task { await server.stop() } }
      func line(_ path: String) throws -> Data {
        try JSONSerialization.data(withJSONObject: try JSONSerialization.jsonObject(with: Data(repositoryBytes(path))))
      }
      var body = try line(Self.accepted)
      body.append(contentsOf: Array("\n\n".utf8))
      body.append(try line(Self.corrected))
      let response = try await server.request("POST", "/v1/decisions/batch", body: Array(body))
      let lines = response.text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
      #expect(lines.count == 3)
      let decided = lines.map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
      #expect(decided[1]?["error"] != nil && decided[1]?["decision_id"] == nil)
      for (index, path) in [(0, Self.accepted), (2, Self.corrected)] {
        let id = try #require(decided[index]?["decision_id"] as? String)
        #expect(DecisionID.isWellFormed(id))
        let record = try #require(try await server.request("GET", "/v1/decisions/\(id)").json as? [String: Any])
        #expect(record["outcome"] as? String == decided[index]?["outcome"] as? String)
        let application = try JSONSerialization.jsonObject(with: Data(try repositoryBytes(path))) as? [String: Any]
        #expect(
          NSDictionary(dictionary: record["application"] as? [String: Any] ?? [:])
            == NSDictionary(dictionary: application ?? [:]))
      }
      let rules = try #require(try await server.request("GET", "/v1/rules").json as? [String: Any])
      #expect((rules["decision_log"] as? [String: Any])?["written"] as? Int == 2)
    }
  }

  @Test func badQueriesAreTold() async throws {
    try await Self.withDataFolder { folder in
      let server = try await RunningServer.start(
        recording: try DecisionRecording.open(folder: folder, durability: .durable))
      defer { Task { await server.stop() } }
      for (path, template, status, words) in [
        ("/v1/decisions/nope", "/v1/decisions/{id}", 400, "not a decision id"),
        ("/v1/decisions/0190c1a2-0000-7000-8000-000000000000", "/v1/decisions/{id}", 404, "no decision"),
        ("/v1/decisions?outcome=maybe", "/v1/decisions", 400, "outcome takes"),
        ("/v1/decisions?from=yesterday", "/v1/decisions", 400, "from takes a date"),
        ("/v1/decisions?to=2025-13-01", "/v1/decisions", 400, "to takes a date"),
        ("/v1/decisions?limit=0", "/v1/decisions", 400, "limit takes"),
        ("/v1/decisions?limit=x", "/v1/decisions", 400, "limit takes"),
        ("/v1/decisions?after=1", "/v1/decisions", 400, "after takes"),
        ("/v1/decisions?servise=x", "/v1/decisions", 400, "unknown parameter 'servise'"),
      ] {
        let response = try await server.request("GET", path)
        #expect(response.status == status, "\(path)")
        #expect(response.text.contains(words), "\(path): \(response.text)")
        #expect(SchemaChecker.shared.problems("GET", template, response) == [], "\(path)")
      }
    }
    let plain = try await RunningServer.start()
    defer { Task { await plain.stop() } }
    let response = try await plain.request("GET", "/v1/decisions")
    #expect(response.status == 404)
    #expect(response.text.contains("without a decision log"))
  }

  @Test func aQueuedLogWritesEverythingBeforeTheServerStops() async throws {
    try await Self.withDataFolder { folder in
      let recording = try DecisionRecording.open(folder: folder, durability: .queued, capacity: 4)
      let server = try await RunningServer.start(recording: recording)
      let body = try repositoryBytes(Self.accepted)
      let ids = try await server.call { client in
        try (0..<40).map { _ in
          (try client.request("POST", "/v1/decisions", body: body).json as? [String: Any])?["decision_id"] as? String
        }
      }
      let rules = try #require(try await server.request("GET", "/v1/rules").json as? [String: Any])
      #expect((rules["decision_log"] as? [String: Any])?["mode"] as? String == "queued")
      await server.stop()
      let store = try SQLiteStore(folder: folder)
      #expect(try await store.decisionCount() == 40)
      for id in ids { #expect(try await store.decision(id: try #require(id)) != nil) }
    }
  }
}
