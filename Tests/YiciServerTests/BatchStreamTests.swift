import Foundation
import Testing
import YiciTestSupport

/// The batch endpoint on several threads: the CLI's bytes whatever the blocks, `100
/// Continue` for a client that asks, and a stream cut at the limit.
@Suite struct BatchStreamTests {
  /// The agreement batch's lines (1,000, about 640 KB: several of the decider's blocks).
  static func lines() throws -> [String] {
    try String(decoding: repositoryBytes(AgreementTests.batch), as: UTF8.self).split(separator: "\n").map(String.init)
  }

  @Test func badLinesInLaterBlocksKeepTheirNumbersAndTheStreamGoesOn() async throws {
    var lines = try Self.lines()
    lines[699] = "{\"service\": "
    lines[950] = "   "
    let body = Array((lines.joined(separator: "\n") + "\n").utf8)
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("yici-batch-\(UUID().uuidString).jsonl")
    try Data(body).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let expected = try YiciBinary.run(
      ["eval", AgreementTests.rules, "--batch", file.path, "--revision"], input: nil, timeout: 120)
    for jobs in [1, 2, 3] {
      let server = try await RunningServer.start([AgreementTests.rules]) { $0.batchJobs = jobs }
      defer { Task { await server.stop() } }
      let response = try await server.request("POST", "/v1/decisions/batch", body: body)
      #expect(response.status == 200)
      #expect(response.text == expected.output, "jobs \(jobs)")
      let output = response.text.split(separator: "\n")
      #expect(output[699].hasPrefix(#"{"line":700,"error":"#))
      #expect(output[950].hasPrefix(#"{"line":951,"error":"#))
    }
  }

  @Test func aClientThatExpects100ContinueIsToldToSend() async throws {
    let server = try await RunningServer.start([AgreementTests.rules])
    defer { Task { await server.stop() } }
    let body = try repositoryBytes(AgreementTests.batch)
    let (interim, final) = try await server.call { client in
      try client.send(
        Array(
          "POST /v1/decisions/batch HTTP/1.1\r\nHost: x\r\nContent-Length: \(body.count)\r\nExpect: 100-continue\r\n\r\n"
            .utf8))
      let interim = try client.readResponse()
      try client.send(body)
      return (interim, try client.readResponse())
    }
    #expect(interim.status == 100)
    #expect(final.status == 200)
    #expect(final.text.split(separator: "\n").count == 1000)
  }

  @Test func aBodyTooLargeForAnyRouteGetsNo100But413() async throws {
    let server = try await RunningServer.start([AgreementTests.rules]) {
      $0.maxBodyBytes = 1000
      $0.maxBatchBytes = 2000
    }
    defer { Task { await server.stop() } }
    let response = try await server.call { client in
      try client.send(
        Array(
          "POST /v1/decisions/batch HTTP/1.1\r\nHost: x\r\nContent-Length: 5000\r\nExpect: 100-continue\r\n\r\n".utf8))
      return try client.readResponse()
    }
    #expect(response.status == 413)
    #expect(SchemaChecker.shared.problems("POST", "/v1/decisions/batch", response) == [])
  }

  @Test func anExpectationOtherThanContinueGets417() async throws {
    let server = try await RunningServer.start([AgreementTests.rules])
    defer { Task { await server.stop() } }
    let response = try await server.request(
      "POST", "/v1/decisions", body: Array("{}".utf8), headers: ["Expect": "something-else"])
    #expect(response.status == 417)
    #expect(
      (response.json as? [String: Any])?["error"] as? String
        == "the server cannot meet the expectation 'something-else'; only 100-continue")
  }

  @Test func aStreamPastTheLimitEndsWithAnErrorLineWhereItWasCut() async throws {
    let lines = try Self.lines().prefix(3).map { $0 + "\n" }
    // The limit falls in the middle of the third line.
    let limit = lines[0].utf8.count + lines[1].utf8.count + 10
    let server = try await RunningServer.start([AgreementTests.rules]) { $0.maxBatchBytes = limit }
    defer { Task { await server.stop() } }
    let response = try await server.call { client in
      try client.send(Array("POST /v1/decisions/batch HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n".utf8))
      for line in lines {
        let bytes = Array(line.utf8)
        try client.send(Array("\(String(bytes.count, radix: 16))\r\n".utf8) + bytes + Array("\r\n".utf8))
      }
      try client.send(Array("0\r\n\r\n".utf8))
      return try client.readResponse()
    }
    #expect(response.status == 200)
    let output = response.text.split(separator: "\n").map(String.init)
    #expect(output.count == 3)
    #expect(output[0].contains(#""outcome":"#))
    #expect(output[1].contains(#""outcome":"#))
    #expect(
      output[2]
        == #"{"line":3,"error":"the batch is more than the limit of \#(limit) bytes; the lines after it were not read"}"#
    )
  }

  @Test func aClientThatStopsReadingIsCutOffAfterTheIdleTimeout() async throws {
    signal(SIGPIPE, SIG_IGN)
    let server = try await RunningServer.start([AgreementTests.rules]) { $0.idleTimeout = .seconds(1) }
    defer { Task { await server.stop() } }
    // Four copies with the trace: 2.6 MB in, about 24 MB out, more than the handoffs and
    // the sockets hold (the client's window is kept at 64 KiB, whatever the host's TCP
    // autotuning would allow), so the stream stops when the client stops reading.
    let batch = try repositoryBytes(AgreementTests.batch)
    let copies = 4
    let body = Array([[UInt8]](repeating: batch, count: copies).joined())
    let all = copies * batch.count(where: { $0 == 0x0A })
    let received = try await server.call(receiveBuffer: 65536) { client in
      try client.send(
        Array("POST /v1/decisions/batch?trace=true HTTP/1.1\r\nHost: x\r\nContent-Length: \(body.count)\r\n\r\n".utf8))
      Thread.detachNewThread { try? client.send(body) }
      // However slow the host, the server must block on the full window and then stay idle
      // past its timeout: wait for the cut (up to 20 s; a reset ends the wait at once).
      client.waitUntilClosed(timeout: 20)
      return client.drain(timeout: 20)
    }
    let bytes = try #require(received, "the server kept the connection open")
    #expect(bytes.count(where: { $0 == 0x0A }) < all / 2)
  }
}
