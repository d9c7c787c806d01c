import Foundation
import Testing
import YiciServer
import YiciStore
import YiciTestSupport

/// The decision log's and the cases' inputs from untrusted clients (query strings, JSON
/// bodies, ids), mutated at random: always a clear 4xx (or a 2xx), never a 500 or a hang.
@Suite struct StoreInputPropertyTests {
  static let fragments = [
    "service=", "outcome=", "from=", "to=", "after=", "limit=", "status=", "today=", "bundle=", "&", "=", "%", "%ZZ",
    "2025-10-01", "2025-13-40", "T08:00:00Z", "accepted", "rejected", "0", "-1", "1001", "999999999999999999999",
    "0190c1a2-0000-7000-8000-000000000000", "x", "食品", "%E9%A3%9F", "+", "?", "#",
  ]
  static let bodies = [
    #"{"decision_id":"0190c1a2-0000-7000-8000-000000000000","actor":"a"}"#,
    #"{"kind":"pause","period":"听证","actor":"a"}"#,
    #"{"kind":"resume","period":"听证","actor":"a","day":"2025-10-01"}"#, #"{"kind":"completed","actor":""}"#,
    #"{"kind":"material_supplied","material":7,"actor":"a"}"#, "[]", "null", "{", "", "\u{0}",
  ]

  @Test func randomQueriesAndBodiesGetAClearAnswer() async throws {
    try await DecisionLogTests.withDataFolder { folder in
      let server = try await RunningServer.start(
        recording: try DecisionRecording.open(folder: folder, durability: .durable))
      defer { Task { await server.stop() } }
      let decided = try await server.request(
        "POST", "/v1/decisions?open_case=true", body: try repositoryBytes(CaseTests.waiver))
      let caseID = try #require(decided.header("yici-case-id"))
      try await withSeededRandom(0x5107_e) { random in
        for _ in 0..<150 {
          let query = (0..<random.next(6)).map { _ in Self.fragments[random.next(Self.fragments.count)] }.joined()
          let path = ["/v1/decisions", "/v1/cases", "/v1/cases/\(caseID)", "/v1/decisions/\(caseID)"][random.next(4)]
          let get = try await server.request("GET", path + "?" + query)
          #expect([200, 400, 404].contains(get.status), "GET \(path)?\(query): \(get.status) \(get.text)")
          var body = Array(Self.bodies[random.next(Self.bodies.count)].utf8)
          if !body.isEmpty, random.next(2) == 0 {
            body[random.next(body.count)] = UInt8(truncatingIfNeeded: random.next())
          }
          let target = ["/v1/cases", "/v1/cases/\(caseID)/events"][random.next(2)]
          let post = try await server.request("POST", target, body: body)
          #expect(
            [201, 400, 404, 409, 422].contains(post.status),
            "POST \(target) \(String(decoding: body, as: UTF8.self)): \(post.status) \(post.text)")
        }
      }
    }
  }
}
