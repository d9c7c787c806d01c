import Foundation
import Testing
import YiciTestSupport

/// Bad input gets 400 with the CLI's error object, never 500; limits give 413 and 408.
@Suite struct BadInputTests {
  @Test func badApplicationsGetTheCLIsErrorObject() async throws {
    let server = try await RunningServer.start()
    defer { Task { await server.stop() } }
    let cases: [(String, String)] = [
      ("{\"service\":", "invalid application"),
      ("[1,2]", "invalid application"),
      (#"{"service":"food_business_license_caterin","date":"2025-09-24"}"#, "food_business_license_catering"),
      (#"{"service":"food_business_license_catering","date":"2025-09-24","facts":{"area_m2":"big"}}"#, "area_m2"),
      ("", "invalid application"),
    ]
    for (body, words) in cases {
      for path in ["/v1/decisions", "/v1/questions", "/v1/notices"] {
        let response = try await server.request("POST", path, body: Array(body.utf8))
        #expect(response.status == 400, "\(path) \(body)")
        #expect(SchemaChecker.shared.problems("POST", path, response) == [], "\(path) \(body)")
        let error = (response.json as? [String: Any])?["error"] as? String ?? ""
        #expect(error.contains(words), "\(path) \(body): \(error)")
      }
    }
    let typed = try await server.request(
      "POST", "/v1/decisions",
      body: Array(#"{"service":"food_business_license_catering","date":"2025-09-24","facts":{"area_m2":"big"}}"#.utf8))
    #expect((typed.json as? [String: Any])?["field"] as? String == "facts.area_m2")
    #expect((typed.json as? [String: Any])?["column"] is Int)
    let query = try await server.request("POST", "/v1/decisions?lang=fr", body: Array("{}".utf8))
    #expect(query.status == 400)
    #expect(SchemaChecker.shared.problems("POST", "/v1/decisions", query) == [])
  }

  @Test func aBatchLineThatIsBadGivesItsErrorAndTheStreamGoesOn() async throws {
    let server = try await RunningServer.start()
    defer { Task { await server.stop() } }
    let good = String(decoding: try repositoryBytes(EndpointTests.application), as: UTF8.self)
      .replacingOccurrences(of: "\n", with: "")
    let body = [good, "{bad", "", good].joined(separator: "\n") + "\n"
    let response = try await server.request("POST", "/v1/decisions/batch", body: Array(body.utf8))
    let lines = response.text.split(separator: "\n").map(String.init)
    #expect(lines.count == 4)
    #expect(lines[1].hasPrefix(#"{"line":2,"error":"#))
    #expect(lines[2].hasPrefix(#"{"line":3,"error":"#))
    #expect(lines[0] == lines[3])
    #expect(lines[0].contains(#""outcome":"needs_correction""#))
  }

  @Test func bodiesOverTheLimitGet413() async throws {
    let server = try await RunningServer.start {
      $0.maxBodyBytes = 4096
      $0.maxBatchBytes = 8192
    }
    defer { Task { await server.stop() } }
    let big = [UInt8](repeating: 0x20, count: 5000)
    for path in ["/v1/decisions", "/v1/questions", "/v1/notices", "/v1/decisions/batch"] {
      let body = path.hasSuffix("batch") ? big + big : big
      let response = try await server.request("POST", path, body: body)
      #expect(response.status == 413, "\(path)")
      #expect(SchemaChecker.shared.problems("POST", path, response) == [], "\(path)")
    }
    // Chunked, so no Content-Length tells: the limit is found while reading.
    let chunked = try await server.call { client in
      try client.send(Array("POST /v1/decisions HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n".utf8))
      for _ in 0..<5 {
        try client.send(Array("3e8\r\n".utf8) + [UInt8](repeating: 0x20, count: 1000) + Array("\r\n".utf8))
      }
      try client.send(Array("0\r\n\r\n".utf8))
      return try client.readResponse()
    }
    #expect(chunked.status == 413)
  }

  @Test func aClientTooSlowToSendItsBodyGets408() async throws {
    let server = try await RunningServer.start { $0.readTimeout = .milliseconds(300) }
    defer { Task { await server.stop() } }
    let response = try await server.call { client in
      try client.send(Array("POST /v1/decisions HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{".utf8))
      return try client.readResponse()
    }
    #expect(response.status == 408)
    #expect(SchemaChecker.shared.problems("POST", "/v1/decisions", response) == [])
  }

  @Test func unknownEndpointsAndMethodsAreJSONErrors() async throws {
    let server = try await RunningServer.start()
    defer { Task { await server.stop() } }
    let response = try await server.request("GET", "/v2/nothing")
    #expect(response.status == 404)
    #expect((response.json as? [String: Any])?["error"] is String)
  }
}
