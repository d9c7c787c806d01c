import Foundation
import Testing
import YiciServer
import YiciStore
import YiciTestSupport

/// Facts the rule file marks `personal` (个人信息) are kept masked, `personal hashed` (个人信息
/// 哈希) as their keyed hash, in the decision log; the decision returned is unchanged.
@Suite struct PersonalFactsLogTests {
  static let rules = "Tests/YiciServerTests/Fixtures/personal.yici"

  @Test func theRuleFileDeclaresWhichFactsArePersonalInBothSpellings() throws {
    let rules = try LoadedRules.load(paths: [Repository.path(Self.rules), Repository.path("rules/calendar")])
    #expect(rules.ruleSet.errors.isEmpty, "\(rules.ruleSet.diagnostics.map(\.message))")
    #expect(
      rules.personalFacts.facts == [
        "personal_permit": [
          "applicant_name": .masked, "id_number": .hashed, "phone": .masked, "license_number": .hashed,
        ]
      ])
  }

  @Test func personalFactsAreNotKeptInTheClear() async throws {
    try await DecisionLogTests.withDataFolder { folder in
      let recording = try DecisionRecording.open(folder: folder, durability: .durable)
      let server = try await RunningServer.start(
        [Repository.path(Self.rules), Repository.path("rules/calendar")], recording: recording)
      defer { Task { await server.stop() } }
      let application = """
        {"service": "personal_permit", "date": "2025-10-09", "facts": {"applicant_name": "张三丰",
         "id_number": "110101199003071234", "phone": "13800138000", "area": 20},
         "materials": ["form"]}
        """
      let response = try await server.request("POST", "/v1/decisions", body: Array(application.utf8))
      #expect(response.status == 200, "\(response.text)")
      let id = try #require((response.json as? [String: Any])?["decision_id"] as? String)
      let stored = try await server.request("GET", "/v1/decisions/\(id)")
      #expect(SchemaChecker.shared.problems("GET", "/v1/decisions/{id}", stored) == [])
      let kept = try #require((stored.json as? [String: Any])?["application"] as? [String: Any])
      let facts = try #require(kept["facts"] as? [String: Any])
      #expect(facts["applicant_name"] as? String == "张*丰")
      #expect(facts["phone"] as? String == "1*********0")
      #expect((facts["id_number"] as? String)?.hasPrefix("hmac-sha256:") == true)
      #expect(facts["area"] as? Int == 20)
      #expect(!stored.text.contains("110101199003071234"))
      #expect(!stored.text.contains("13800138000"))
      // The file on disk holds no personal fact in the clear either.
      let file = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + SQLiteStore.fileName))
      let wal = (try? Data(contentsOf: URL(fileURLWithPath: folder + "/" + SQLiteStore.fileName + "-wal"))) ?? Data()
      for bytes in [file, wal] { #expect(bytes.range(of: Data("110101199003071234".utf8)) == nil) }
    }
  }

  /// Two servers over one PostgreSQL database hash a 身份证号 the same: the key is the
  /// database's, not either data folder's.
  @Test(.enabled(if: TestPostgres.server != nil, "YICI_TEST_POSTGRES is not set"), .timeLimit(.minutes(2)))
  func replicasOverOneDatabaseHashAFactTheSame() async throws {
    let (url, drop) = try TestPostgres.makeDatabase()
    defer { drop() }
    try await DecisionLogTests.withDataFolder { folder in
      var hashes: [String] = []
      for name in ["a", "b"] {
        let recording = try await DecisionRecording.open(
          .postgres(try DatabaseURL(url)), folder: folder + "/" + name, durability: .durable, timeout: .seconds(30))
        let server = try await RunningServer.start(
          [Repository.path(Self.rules), Repository.path("rules/calendar")], recording: recording)
        let application = """
          {"service": "personal_permit", "date": "2025-10-09", "facts": {"applicant_name": "张三丰",
           "id_number": "110101199003071234", "phone": "13800138000", "area": 20}, "materials": ["form"]}
          """
        let response = try await server.request("POST", "/v1/decisions", body: Array(application.utf8))
        #expect(response.status == 200, "\(response.text)")
        let id = try #require((response.json as? [String: Any])?["decision_id"] as? String)
        let stored = try await server.request("GET", "/v1/decisions/\(id)")
        let kept = (stored.json as? [String: Any])?["application"] as? [String: Any]
        hashes.append(try #require((kept?["facts"] as? [String: Any])?["id_number"] as? String))
        await server.stop()
        // No key file in the data folder: the key is the database's.
        #expect(!FileManager.default.fileExists(atPath: folder + "/" + name + "/" + HashKey.fileName))
      }
      #expect(hashes[0].hasPrefix("hmac-sha256:"))
      #expect(hashes[0] == hashes[1])
    }
  }
}
