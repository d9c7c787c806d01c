import Foundation
import Testing
import YiciServer
import YiciStore
import YiciTestSupport

/// Two servers over one PostgreSQL database, as replicas behind a load balancer: a reload on
/// one puts the same revision in service on the other (LISTEN/NOTIFY), and a case opened
/// through one is read through the other.
@Suite struct ReplicaTests {
  /// A copy of the bundled rules, for a test to change.
  static func ruleFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("yici-replica-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: Repository.root.appendingPathComponent("rules"), to: folder)
    return folder
  }

  static func revision(_ server: RunningServer) async throws -> String? {
    ReloadTests.revision(of: try await server.request("GET", "/v1/rules"))
  }

  @Test(.enabled(if: TestPostgres.server != nil, "YICI_TEST_POSTGRES is not set"), .timeLimit(.minutes(2)))
  func replicasServeOneRevisionAfterAReloadAndShareTheirCases() async throws {
    let (url, drop) = try TestPostgres.makeDatabase()
    defer { drop() }
    let rules = try Self.ruleFolder()
    defer { try? FileManager.default.removeItem(at: rules) }
    try await DecisionLogTests.withDataFolder { folder in
      var replicas: [RunningServer] = []
      for name in ["a", "b"] {
        let recording = try await DecisionRecording.open(
          .postgres(try DatabaseURL(url)), folder: folder + "/" + name, durability: .durable,
          timeout: .seconds(30))
        replicas.append(
          try await RunningServer.start([rules.path], recording: recording) { $0.adminToken = .init("t") })
      }
      let (a, b) = (replicas[0], replicas[1])
      defer {
        Task { await a.stop() }
        Task { await b.stop() }
      }
      let first = try #require(try await Self.revision(a))
      #expect(try await Self.revision(b) == first)
      // Let both listeners connect before the first announcement.
      try await Task.sleep(for: .milliseconds(500))

      // The rule files change; only A is told to reload. B follows.
      let file = rules.appendingPathComponent("services/food_business_license.yici")
      let text = try String(contentsOf: file, encoding: .utf8)
      try (text + "\n# a comment changes the revision\n").write(to: file, atomically: true, encoding: .utf8)
      let reloaded = try await a.request("POST", "/v1/rules/reload", headers: ["Authorization": "Bearer t"])
      #expect(reloaded.status == 200, "\(reloaded.text)")
      let second = try #require(ReloadTests.revision(of: reloaded))
      #expect(second != first)
      var seen = try await Self.revision(b)
      let deadline = Date().addingTimeInterval(10)
      while seen != second, Date() < deadline {
        try await Task.sleep(for: .milliseconds(50))
        seen = try await Self.revision(b)
      }
      #expect(seen == second, "the other replica still serves \(seen ?? "nothing")")
      let lastReload =
        (try await b.request("GET", "/v1/rules").json as? [String: Any])?["last_reload"] as? [String: Any]
      #expect(lastReload?["trigger"] as? String == "peer")
      #expect(try await Self.revision(a) == second, "the replicas echoed each other")

      // A case opened through A is read, and added to, through B.
      let decided = try await a.request(
        "POST", "/v1/decisions?open_case=true", body: try repositoryBytes(CaseTests.waiver))
      #expect(decided.status == 200, "\(decided.text)")
      #expect(ReloadTests.revision(of: decided) == second)
      let caseID = try #require(decided.header("yici-case-id"))
      let decisionID = try #require((decided.json as? [String: Any])?["decision_id"] as? String)
      #expect(try await b.request("GET", "/v1/decisions/\(decisionID)").status == 200)
      let read = try await b.request("GET", "/v1/cases/\(caseID)?today=2025-09-25")
      #expect(read.status == 200, "\(read.text)")
      #expect((read.json as? [String: Any])?["status"] as? String == "running")
      let pause = try await CaseTests.post(
        b, "/v1/cases/\(caseID)/events", ["kind": "pause", "period": "听证", "day": "2025-09-26", "actor": "clerk b"])
      #expect(pause.status == 201, "\(pause.text)")
      let paused = try await a.request("GET", "/v1/cases/\(caseID)?today=2025-09-29")
      #expect((paused.json as? [String: Any])?["status"] as? String == "paused")
    }
  }

  /// A server whose listener lost its connection while a peer reloaded catches up when it
  /// listens again: it reads the revision last announced, and reloads.
  @Test(.enabled(if: TestPostgres.server != nil, "YICI_TEST_POSTGRES is not set"), .timeLimit(.minutes(2)))
  func aReplicaWhoseListenerWasDownCatchesUp() async throws {
    let (url, drop) = try TestPostgres.makeDatabase()
    defer { drop() }
    let rules = try Self.ruleFolder()
    defer { try? FileManager.default.removeItem(at: rules) }
    try await DecisionLogTests.withDataFolder { folder in
      var replicas: [RunningServer] = []
      for name in ["a", "b"] {
        let recording = try await DecisionRecording.open(
          .postgres(try DatabaseURL(url)), folder: folder + "/" + name, durability: .durable,
          timeout: .seconds(30))
        replicas.append(
          try await RunningServer.start([rules.path], recording: recording) { $0.adminToken = .init("t") })
      }
      let (a, b) = (replicas[0], replicas[1])
      defer {
        Task { await a.stop() }
        Task { await b.stop() }
      }
      try await Task.sleep(for: .milliseconds(500))
      // Every listener's connection is dropped; A reloads while they are down (they come
      // back a second later), so B never hears the announcement itself.
      try TestPostgres.psql(
        url,
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN%' AND pid <> pg_backend_pid()")
      let file = rules.appendingPathComponent("services/food_business_license.yici")
      let text = try String(contentsOf: file, encoding: .utf8)
      try (text + "\n# a comment changes the revision\n").write(to: file, atomically: true, encoding: .utf8)
      let reloaded = try await a.request("POST", "/v1/rules/reload", headers: ["Authorization": "Bearer t"])
      #expect(reloaded.status == 200, "\(reloaded.text)")
      let second = try #require(ReloadTests.revision(of: reloaded))
      var seen = try await Self.revision(b)
      let deadline = Date().addingTimeInterval(15)
      while seen != second, Date() < deadline {
        try await Task.sleep(for: .milliseconds(100))
        seen = try await Self.revision(b)
      }
      #expect(seen == second, "the replica whose listener was down still serves \(seen ?? "nothing")")
    }
  }
}
