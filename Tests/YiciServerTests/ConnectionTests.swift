import Foundation
import Testing

/// When the server closes a connection: after the response to a request that does not keep
/// it alive (HTTP/1.0, `Connection: close`), when a client sends its request too slowly
/// (slowloris), and when a kept-alive connection stays idle.
@Suite struct ConnectionTests {
  @Test(arguments: [
    "GET /health HTTP/1.0\r\n\r\n", "GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    "GET /health HTTP/1.1\r\nHost: x\r\nConnection: Keep-Alive, Close\r\n\r\n",
    "POST /v1/decisions HTTP/1.0\r\nContent-Length: 2\r\n\r\n{}",
  ])
  func aRequestThatDoesNotKeepTheConnectionGetsItsResponseAndTheConnectionCloses(request: String) async throws {
    let server = try await RunningServer.start([AgreementTests.rules])
    defer { Task { await server.stop() } }
    let (response, rest) = try await server.call { client in
      try client.send(Array(request.utf8))
      return (try client.readResponse(), client.drain(timeout: 5))
    }
    #expect(response.status == 200 || response.status == 400)
    #expect(response.header("connection") == "close")
    #expect(rest == [], "the connection was left open")
  }

  @Test func anHTTP10RequestThatAsksToKeepTheConnectionKeepsIt() async throws {
    let server = try await RunningServer.start([AgreementTests.rules])
    defer { Task { await server.stop() } }
    let (first, second) = try await server.call { client in
      try client.send(Array("GET /health HTTP/1.0\r\nConnection: keep-alive\r\n\r\n".utf8))
      let first = try client.readResponse()
      return (first, try client.request("GET", "/health"))
    }
    #expect(first.status == 200)
    #expect(first.header("connection") == "keep-alive")
    #expect(second.status == 200)
  }

  @Test func aHeadSentOneByteAtATimeGets408AfterTheReadTimeout() async throws {
    signal(SIGPIPE, SIG_IGN)
    let server = try await RunningServer.start([AgreementTests.rules]) { $0.readTimeout = .milliseconds(500) }
    defer { Task { await server.stop() } }
    let started = ContinuousClock.now
    let (response, rest) = try await server.call { client in
      try client.send(Array("GET /health HTTP/1.1\r\nHost: x\r\n".utf8))
      Thread.detachNewThread {
        for byte in Array("X-Slow: \(String(repeating: "a", count: 200))".utf8) {
          guard (try? client.send([byte])) != nil else { return }
          Thread.sleep(forTimeInterval: 0.05)
        }
      }
      return (try client.readResponse(), client.drain(timeout: 5))
    }
    #expect(response.status == 408)
    #expect((response.json as? [String: Any])?["error"] as? String == "the request's head was not sent in time")
    // Any operation may answer so: the document lists 408 for every one.
    #expect(SchemaChecker.shared.problems("GET", "/health", response) == [])
    #expect(rest != nil, "the connection was left open")
    #expect(ContinuousClock.now - started < .seconds(5))
  }

  @Test func aBodyTheRouteDoesNotReadTrickledInIsCutOffAfterTheReadTimeout() async throws {
    signal(SIGPIPE, SIG_IGN)
    let server = try await RunningServer.start([AgreementTests.rules]) { $0.readTimeout = .milliseconds(500) }
    defer { Task { await server.stop() } }
    let (response, rest) = try await server.call { client in
      try client.send(Array("GET /health HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n".utf8))
      Thread.detachNewThread {
        for _ in 0..<1000 {
          guard (try? client.send([0x61])) != nil else { return }
          Thread.sleep(forTimeInterval: 0.05)
        }
      }
      return (try client.readResponse(), client.drain(timeout: 10))
    }
    #expect(response.status == 200)
    #expect(rest != nil, "the connection was left open")
  }

  @Test func anIdleConnectionIsClosedAfterTheIdleTimeoutNotTheReadTimeout() async throws {
    let server = try await RunningServer.start([AgreementTests.rules]) {
      $0.readTimeout = .milliseconds(300)
      $0.idleTimeout = .seconds(2)
    }
    defer { Task { await server.stop() } }
    let (kept, rest) = try await server.call { client in
      _ = try client.request("GET", "/health")
      Thread.sleep(forTimeInterval: 1)
      let kept = try client.request("GET", "/health")
      return (kept, client.drain(timeout: 10))
    }
    #expect(kept.status == 200)
    #expect(rest == [], "the idle connection was left open")
  }
}
