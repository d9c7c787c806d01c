import Foundation
import Synchronization
import Testing
import YiciStore
import YiciTestSupport

/// PostgreSQL restarted under a running server: while it is down, decisions are answered
/// `503` within seconds, never left hanging; once it is back the server reconnects by itself;
/// and every decision acknowledged before, during and after is on record. The test runs a
/// cluster of its own, so the server other tests share is never stopped, and `yici serve` in
/// a process of its own, so that its timings are its own and not those of the tests beside it.
@Suite struct PostgresOutageTests {
  /// What one request gave.
  struct Answer: Sendable {
    var status: Int
    var seconds: Double
    var id: String?
    var at: Date
    var text: String
  }

  @Test(.enabled(if: TestPostgres.server != nil, "YICI_TEST_POSTGRES is not set"), .timeLimit(.minutes(3)))
  func aRestartedDatabaseLosesNoAcknowledgedDecisionAndTheOutageIsA503() async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("yici-outage-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    _ = chmod(folder, 0o755)
    let cluster = folder + "/cluster"
    defer {
      try? TestPostgres.stopCluster(folder: cluster)
      try? FileManager.default.removeItem(atPath: folder)
    }
    let url = try TestPostgres.startCluster(folder: cluster, port: Int.random(in: 56_000..<58_000))
    let (server, port) = try KillTests.serve(data: folder + "/data", options: ["--database", url])
    defer {
      if server.isRunning { kill(server.processIdentifier, SIGKILL) }
    }
    let body = Array(try repositoryBytes(AgreementTests.batch).split(separator: 0x0A)[0])

    let answers = Mutex<[Answer]>([])
    let stop = Atomic<Bool>(false)
    let finished = DispatchGroup()
    for _ in 0..<4 {
      finished.enter()
      Thread.detachNewThread {
        defer { finished.leave() }
        var client = try? LoopbackClient(port: port)
        while !stop.load(ordering: .relaxed) {
          let start = Date()
          guard let connected = client,
            let response = try? connected.request("POST", "/v1/decisions?trace=false", body: body)
          else {
            client = try? LoopbackClient(port: port)
            usleep(10_000)
            continue
          }
          let id = response.status == 200 ? (response.json as? [String: Any])?["decision_id"] as? String : nil
          let answer = Answer(
            status: response.status, seconds: Date().timeIntervalSince(start), id: id, at: Date(),
            text: response.status == 200 ? "" : response.text)
          answers.withLock { $0.append(answer) }
          if response.status != 200 { usleep(50_000) }
        }
      }
    }
    func acknowledged() -> Int { answers.withLock { $0.filter { $0.id != nil }.count } }
    func waitFor(_ what: String, seconds: Double, _ condition: () -> Bool) async throws {
      let deadline = Date().addingTimeInterval(seconds)
      while !condition() {
        guard Date() < deadline else { throw TestPostgresError(what) }
        try await Task.sleep(for: .milliseconds(20))
      }
    }
    do {
      try await waitFor("no decision acknowledged before the outage", seconds: 30) { acknowledged() >= 100 }
      try TestPostgres.stopCluster(folder: cluster)
      let down = Date()
      try await Task.sleep(for: .seconds(5))
      _ = try TestPostgres.startCluster(folder: cluster)
      let up = Date()
      try await waitFor("the server did not reconnect within 30 s of the database's return", seconds: 30) {
        answers.withLock { $0.contains { $0.id != nil && $0.at > up } }
      }
      let reconnected = answers.withLock { $0.first { $0.id != nil && $0.at > up }?.at } ?? up
      try await Task.sleep(for: .milliseconds(500))
      stop.store(true, ordering: .relaxed)
      #expect(finished.wait(timeout: .now() + 30) == .success, "a request hung")

      let all = answers.withLock { $0 }
      let outage = all.filter { $0.at > down && $0.at < up }
      let refused = outage.filter { $0.status == 503 }
      #expect(!refused.isEmpty, "no 503 while the database was down")
      #expect(
        refused.allSatisfy { $0.text.contains("the decision could not be put on record") },
        "\(refused.first?.text ?? "")")
      #expect(refused.allSatisfy { $0.text.contains("127.0.0.1") }, "the 503 does not name the database")
      #expect(outage.allSatisfy { $0.status == 503 || $0.status == 200 }, "\(Set(outage.map(\.status)))")
      let slowest = all.map(\.seconds).max() ?? 0
      // Each call is bounded by 5 s (`PostgresStore.defaultTimeout`): a request waits for the
      // batch being written, then for its own.
      #expect(slowest < 15, "a request took \(slowest) s")
      print(
        "outage: \(all.count) answers, \(refused.count) 503s while down (slowest \(slowest) s), "
          + "reconnected \(reconnected.timeIntervalSince(up)) s after the database was back")

      let ids = all.compactMap(\.id)
      let store = try await PostgresStore(url: try DatabaseURL(url), timeout: .seconds(30))
      var missing = 0
      for id in ids where try await store.decision(id: id) == nil { missing += 1 }
      #expect(missing == 0, "\(missing) of \(ids.count) acknowledged decisions are not on record")
      #expect(try await store.integrityProblems() == [])
      await store.shutdown()
    } catch {
      stop.store(true, ordering: .relaxed)
      _ = finished.wait(timeout: .now() + 30)
      throw error
    }
  }
}
