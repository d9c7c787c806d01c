import Foundation
import Testing
import YiciServer
import YiciStore
import YiciTestSupport

/// `--database postgres://…`: `yici serve` keeps its decisions and cases in PostgreSQL, and
/// `yici track` and `yici replay` read them there; a bad URL and an unreachable server are
/// refused at once, naming what is wrong (never the password).
@Suite struct PostgresServeTests {
  @Test func aBadDatabaseURLIsRefusedSayingWhatIsWrong() throws {
    for command in [["serve", "--port", "0"], ["replay", "rules"], ["track"]] {
      let run = try YiciBinary.run(command + ["--database", "postgres://u:secret@h/d?sslmode=maybe"], input: nil)
      #expect(run.status == 64, "\(command): \(run.error)")
      #expect(run.error.contains("sslmode takes disable, prefer, require, not 'maybe'"), "\(run.error)")
      #expect(!run.error.contains("secret"))
    }
  }

  @Test func anUnreachableDatabaseIsNamedAndTheServerDoesNotStart() throws {
    let data = FileManager.default.temporaryDirectory.appendingPathComponent("yici-pg-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: data) }
    let url = "postgres://yici:secret@127.0.0.1:1/decisions?sslmode=disable"
    let start = Date()
    let serve = try YiciBinary.run(
      ["serve", "--port", "0", "--data", data, "--database", url, AgreementTests.rules], input: nil, timeout: 30)
    #expect(serve.status == 74, "\(serve.error)")
    #expect(
      serve.error.contains(
        "cannot open the decision log: cannot reach PostgreSQL at postgres://yici@127.0.0.1:1/decisions"),
      "\(serve.error)")
    #expect(!serve.error.contains("secret"))
    #expect(Date().timeIntervalSince(start) < 30)
    let track = try YiciBinary.run(["track", "--database", url], input: nil, timeout: 30)
    #expect(track.status == 74)
    #expect(track.error.contains("cannot reach PostgreSQL at postgres://yici@127.0.0.1:1/decisions"), "\(track.error)")
  }

  @Test(.enabled(if: TestPostgres.server != nil, "YICI_TEST_POSTGRES is not set"))
  func decisionsAndCasesAreKeptInPostgreSQL() async throws {
    let (url, drop) = try TestPostgres.makeDatabase()
    defer { drop() }
    try await DecisionLogTests.withDataFolder { folder in
      let recording = try await DecisionRecording.open(
        .postgres(try DatabaseURL(url)), folder: folder, durability: .durable, timeout: .seconds(30))
      let server = try await RunningServer.start(recording: recording)
      let decided = try await server.request(
        "POST", "/v1/decisions?open_case=true", body: try repositoryBytes(CaseTests.waiver))
      #expect(decided.status == 200, "\(decided.text)")
      let decisionID = try #require((decided.json as? [String: Any])?["decision_id"] as? String)
      let caseID = try #require(decided.header("yici-case-id"))
      let record = try await server.request("GET", "/v1/decisions/\(decisionID)")
      #expect(record.status == 200)
      #expect(SchemaChecker.shared.problems("GET", "/v1/decisions/{id}", record) == [])
      let pause = try await CaseTests.post(
        server, "/v1/cases/\(caseID)/events",
        ["kind": "pause", "period": "听证", "day": "2025-09-26", "actor": "clerk 7"])
      #expect(pause.status == 201, "\(pause.text)")
      let rules = try #require(try await server.request("GET", "/v1/rules").json as? [String: Any])
      let log = try #require(rules["decision_log"] as? [String: Any])
      #expect(log["database"] as? String == (try DatabaseURL(url)).description)
      #expect(log["mode"] as? String == "durable")
      await server.stop()

      let tracked = try YiciBinary.run(["track", "--database", url, "--today", "2025-09-29"], input: nil)
      #expect(tracked.status == 0, "\(tracked.error)")
      #expect(tracked.output.contains("\(caseID) food_business_license_catering paused"), "\(tracked.output)")
      let replayed = try YiciBinary.run(["replay", "--database", url, "rules"], input: nil)
      #expect(replayed.status == 0, "\(replayed.error)")
      #expect(replayed.output.contains("replayed 1 decision with revision"), "\(replayed.output)")
    }
  }
}
