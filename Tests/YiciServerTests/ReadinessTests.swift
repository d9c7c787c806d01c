import Foundation
import Logging
import Testing
import Yici
import YiciServer

/// `/health/ready`: starting before the server accepts, ready while it serves, 503 draining
/// from the shutdown on, while it still finishes (and, during `shutdownWait`, takes) requests.
@Suite struct ReadinessTests {
  @Test func aServerIsStartingUntilItAccepts() throws {
    let rules = try LoadedRules.load(paths: [AgreementTests.rules])
    let server = DecisionServer(
      configuration: ServerConfiguration(port: 0, rulePaths: [AgreementTests.rules]), rules: rules,
      logger: Logger(label: "yici.serve.test"))
    #expect(server.readiness.state == .starting)
  }

  @Test func aServingServerIsReadyWithItsRevisionAndWhy() async throws {
    let server = try await RunningServer.start([AgreementTests.rules])
    defer { Task { await server.stop() } }
    let response = try await server.request("GET", "/health/ready")
    #expect(response.status == 200)
    #expect(SchemaChecker.shared.problems("GET", "/health/ready", response) == [])
    let body = response.json as? [String: Any]
    #expect(body?["status"] as? String == "ready")
    #expect(body?["revision"] as? String == server.server.store.current.revision)
    #expect(body?["reason"] as? String == "the rules are loaded and the server accepts connections")
  }

  @Test func aServerShuttingDownIsDrainingBut503AndStillDecides() async throws {
    let server = try await RunningServer.start([AgreementTests.rules]) { $0.shutdownWait = .seconds(5) }
    defer { Task { await server.stop() } }
    let application = try repositoryBytes(AgreementTests.batch).split(separator: 0x0A)[0]
    await server.server.shutDown()
    // The signal reaches the services as a task of the group's: wait for it to land.
    for _ in 0..<200 where server.server.readiness.state != .draining { try await Task.sleep(for: .milliseconds(10)) }
    #expect(server.server.readiness.state == .draining)
    let ready = try await server.request("GET", "/health/ready")
    #expect(ready.status == 503)
    #expect(SchemaChecker.shared.problems("GET", "/health/ready", ready) == [])
    let body = ready.json as? [String: Any]
    #expect(body?["status"] as? String == "draining")
    #expect((body?["reason"] as? String)?.contains("shutting down") == true)
    // Alive, and serving until the wait (5 s, long enough for a loaded host to ask in it) is
    // over: a load balancer has time to stop sending.
    #expect(try await server.request("GET", "/health").status == 200)
    let decision = try await server.request("POST", "/v1/decisions", body: Array(application))
    #expect(decision.status == 200)
    // It then stops by itself: the bound is loose, for a host busy with other tests.
    let clock = ContinuousClock()
    let start = clock.now
    _ = await server.finished()
    #expect(clock.now - start < .seconds(30))
  }
}
