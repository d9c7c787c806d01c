import Foundation
import Testing
import YiciTestSupport

/// `/v1/decisions` and `/v1/decisions/batch` give the bytes of `yici eval`.
@Suite struct AgreementTests {
  static let rules = "examples/benchmark/food_business_license.yici"
  static let batch = "examples/benchmark/agree_1k.jsonl"

  /// The lines of `yici eval RULES --batch FILE --revision` (and any options).
  static func evalLines(_ options: [String] = []) throws -> [String] {
    let run = try YiciBinary.run(["eval", rules, "--batch", batch, "--revision"] + options, input: nil, timeout: 120)
    return run.output.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
  }

  @Test func everyDecisionOfTheAgreementBatchIsTheCLIs() async throws {
    let expected = try Self.evalLines()
    let inputs = try String(decoding: repositoryBytes(Self.batch), as: UTF8.self).split(separator: "\n").map(
      String.init)
    #expect(inputs.count == expected.count)
    let server = try await RunningServer.start([Self.rules])
    defer { Task { await server.stop() } }
    let answers = try await server.call { client in
      try inputs.map { line in try client.request("POST", "/v1/decisions?trace=false", body: Array(line.utf8)) }
    }
    var mismatches = 0
    for (index, answer) in answers.enumerated() {
      let body = answer.text
      let same = body == expected[index] + "\n" || (answer.status == 400 && expected[index].hasPrefix("{\"line\""))
      if !same { mismatches += 1 }
      if !same && mismatches <= 3 {
        Issue.record("line \(index + 1): \(body.prefix(300)) ≠ \(expected[index].prefix(300))")
      }
    }
    #expect(mismatches == 0)
    for answer in answers.prefix(50) { #expect(SchemaChecker.shared.problems("POST", "/v1/decisions", answer) == []) }
  }

  @Test func aBatchStreamsTheCLIsLinesInOrder() async throws {
    let expected = try Self.evalLines(["--lang", "en"])
    let server = try await RunningServer.start([Self.rules])
    defer { Task { await server.stop() } }
    let response = try await server.request(
      "POST", "/v1/decisions/batch?lang=en", body: try repositoryBytes(Self.batch))
    #expect(response.status == 200)
    #expect(response.header("transfer-encoding") == "chunked")
    #expect(response.text == expected.joined(separator: "\n") + "\n")
  }

  @Test func oneDecisionWithItsTraceIsTheCLIsFormatJSON() async throws {
    let application = EndpointTests.application
    let run = try YiciBinary.run(["eval", "rules", "-a", application, "--format", "json", "--revision"], input: nil)
    let server = try await RunningServer.start()
    defer { Task { await server.stop() } }
    let response = try await server.request("POST", "/v1/decisions", body: try repositoryBytes(application))
    #expect(response.text == run.output)
    let revision = try await server.request("GET", "/v1/rules").json as? [String: Any]
    #expect((response.json as? [String: Any])?["revision"] as? String == revision?["revision"] as? String)
    #expect(response.header("yici-revision") == revision?["revision"] as? String)
    let plain = try YiciBinary.run(["eval", "rules", "-a", application, "--format", "json"], input: nil)
    #expect(!plain.output.contains("\"revision\""))
  }
}
