import Foundation
import Testing
import YiciTestSupport

/// What a client that speaks HTTP badly gets: a wrong method 405 with `Allow`, HEAD on what
/// GET takes, and the JSON error object even for a request that is not HTTP/1.1.
@Suite struct ProtocolErrorTests {
  @Test func aWrongMethodOnAKnownPathGets405WithAllow() async throws {
    let server = try await RunningServer.start([AgreementTests.rules])
    defer { Task { await server.stop() } }
    let cases: [(String, String, String)] = [
      ("DELETE", "/v1/decisions", "GET, POST, HEAD"), ("PUT", "/v1/decisions/batch", "POST"),
      ("GET", "/v1/decisions/batch", "POST"), ("DELETE", "/health", "GET, HEAD"),
      ("POST", "/v1/services", "GET, HEAD"), ("POST", "/v1/services/food_business_license", "GET, HEAD"),
      ("GET", "/v1/rules/reload", "POST"),
    ]
    for (method, path, allow) in cases {
      let response = try await server.request(method, path, body: method == "GET" ? nil : [])
      #expect(response.status == 405, "\(method) \(path)")
      #expect(response.header("allow") == allow, "\(method) \(path)")
      let error = (response.json as? [String: Any])?["error"] as? String
      #expect(error == "\(path) takes \(allow), not \(method)")
    }
    let unknown = try await server.request("GET", "/v1/nothing")
    #expect(unknown.status == 404)
    #expect((unknown.json as? [String: Any])?["error"] as? String == "no such endpoint: GET /v1/nothing")
  }

  @Test func everyOperationOfTheDocumentIsInTheRouteTable() async throws {
    let server = try await RunningServer.start([AgreementTests.rules])
    defer { Task { await server.stop() } }
    let paths = SchemaChecker.shared.document["paths"] as? [String: [String: Any]] ?? [:]
    for (path, operations) in paths {
      let concrete = path.replacingOccurrences(of: "{id}", with: "food_business_license")
      for method in ["GET", "POST", "PUT", "DELETE"] {
        let documented = operations[method.lowercased()] != nil
        let response = try await server.request(method, concrete, body: method == "GET" ? nil : [])
        #expect((response.status == 405) == !documented, "\(method) \(path): \(response.status)")
      }
    }
  }

  @Test func headAnswersWhatGetWouldWithoutTheBody() async throws {
    let server = try await RunningServer.start([AgreementTests.rules])
    defer { Task { await server.stop() } }
    let get = try await server.request("GET", "/health/ready")
    let head = try await server.call { client in
      try client.send(Array("HEAD /health/ready HTTP/1.1\r\nHost: x\r\n\r\n".utf8))
      return try client.readHead()
    }
    #expect(head.status == 200)
    #expect(head.header("content-length") == String(get.body.count))
    #expect(head.body.isEmpty)
  }

  @Test func aRequestThatIsNotHTTPGetsTheErrorObjectAndTheConnectionCloses() async throws {
    let server = try await RunningServer.start([AgreementTests.rules])
    defer { Task { await server.stop() } }
    let cases: [(String, Int, String)] = [
      ("HELLO\r\n\r\n", 400, "the request is not valid HTTP/1.1"),
      (
        "POST /v1/decisions HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n{}", 400,
        "invalid character in content-length header"
      ),
      (
        "POST /v1/decisions HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
        400, "the request is not valid HTTP/1.1"
      ),
      (
        "GET /health HTTP/1.1\r\nHost: x\r\nX-Big: \(String(repeating: "a", count: 100_000))\r\n\r\n", 431,
        "over the limit of 80 KiB"
      ),
    ]
    for (request, status, words) in cases {
      let (response, closed) = try await server.call { client in
        try client.send(Array(request.utf8))
        let response = try client.readResponse()
        return (response, client.isClosed())
      }
      #expect(response.status == status, "\(request.prefix(60))")
      #expect(response.header("content-type") == "application/json; charset=utf-8")
      let error = (response.json as? [String: Any])?["error"] as? String ?? ""
      #expect(error.lowercased().contains(words.lowercased()), "\(request.prefix(60)): \(error)")
      #expect(closed)
    }
    // The server goes on serving.
    #expect(try await server.request("GET", "/health").status == 200)
  }
}
