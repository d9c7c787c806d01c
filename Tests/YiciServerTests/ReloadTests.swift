import Foundation
import Synchronization
import Testing
import YiciTestSupport

/// Reloads: by API (authenticated), by watching the files, during load; a broken one never
/// replaces good rules.
@Suite struct ReloadTests {
  /// A folder with a copy of the benchmark rules, for a test to change.
  static func ruleFolder() throws -> (folder: URL, file: URL, text: String) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("yici-serve-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let text = String(decoding: try repositoryBytes(AgreementTests.rules), as: UTF8.self)
    let file = folder.appendingPathComponent("food.yici")
    try text.write(to: file, atomically: true, encoding: .utf8)
    return (folder, file, text)
  }

  static let application = Array(
    String(decoding: try! repositoryBytes(AgreementTests.batch), as: UTF8.self).split(separator: "\n")[0].utf8)

  static func revision(of response: LoopbackClient.Response) -> String? {
    (response.json as? [String: Any])?["revision"] as? String
  }

  @Test func aBrokenReloadKeepsTheOldRulesAndSaysWhy() async throws {
    let (folder, file, text) = try Self.ruleFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let server = try await RunningServer.start([folder.path]) { $0.adminToken = .init("token-1") }
    defer { Task { await server.stop() } }
    let auth = ["Authorization": "Bearer token-1"]
    let first = try #require(Self.revision(of: try await server.request("GET", "/v1/rules")))

    #expect(try await server.request("POST", "/v1/rules/reload").status == 401)
    #expect(
      try await server.request("POST", "/v1/rules/reload", headers: ["Authorization": "Bearer token-2"]).status == 401)
    #expect(
      try await server.request("POST", "/v1/rules/reload", headers: ["Authorization": "Basic token-1"]).status == 401)

    try (text + "\nservice broken { conditions { x: nowhere otherwise \"…\" } }\n").write(
      to: file, atomically: true, encoding: .utf8)
    let failed = try await server.request("POST", "/v1/rules/reload", headers: auth)
    #expect(failed.status == 422)
    #expect(SchemaChecker.shared.problems("POST", "/v1/rules/reload", failed) == [])
    #expect((failed.json as? [String: Any])?["result"] as? String == "failed")
    #expect(((failed.json as? [String: Any])?["diagnostics"] as? [Any])?.isEmpty == false)
    let decided = try await server.request("POST", "/v1/decisions", body: Self.application)
    #expect(decided.status == 200)
    #expect(Self.revision(of: decided) == first)
    let rules = try await server.request("GET", "/v1/rules")
    #expect(SchemaChecker.shared.problems("GET", "/v1/rules", rules) == [])
    #expect(((rules.json as? [String: Any])?["last_reload"] as? [String: Any])?["result"] as? String == "failed")
    #expect(Self.revision(of: rules) == first)
    #expect(try await server.request("GET", "/metrics").text.contains("yici_reload_failures_total 1"))
    #expect(server.log.all.contains { $0.hasPrefix("error reload failed") })

    try (text + "\n# a comment changes the revision\n").write(to: file, atomically: true, encoding: .utf8)
    let reloaded = try await server.request("POST", "/v1/rules/reload", headers: auth)
    #expect(reloaded.status == 200)
    #expect((reloaded.json as? [String: Any])?["result"] as? String == "reloaded")
    let second = try #require(Self.revision(of: reloaded))
    #expect(second != first)
    #expect(Self.revision(of: try await server.request("POST", "/v1/decisions", body: Self.application)) == second)
    let again = try await server.request("POST", "/v1/rules/reload", headers: auth)
    #expect((again.json as? [String: Any])?["result"] as? String == "unchanged")
  }

  @Test func aChangedFileIsServedWithoutAnyCall() async throws {
    let (folder, file, text) = try Self.ruleFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let server = try await RunningServer.start([folder.path]) { $0.watchInterval = .milliseconds(50) }
    defer { Task { await server.stop() } }
    let first = Self.revision(of: try await server.request("GET", "/v1/rules"))
    try (text + "\n# changed\n").write(to: file, atomically: true, encoding: .utf8)
    var now = first
    for _ in 0..<200 where now == first {
      try await Task.sleep(for: .milliseconds(50))
      now = Self.revision(of: try await server.request("GET", "/v1/rules"))
    }
    #expect(now != first)
    let rules = try await server.request("GET", "/v1/rules").json as? [String: Any]
    #expect((rules?["last_reload"] as? [String: Any])?["trigger"] as? String == "watch")
  }

  @Test func reloadsDuringLoadFailNoRequest() async throws {
    let (folder, file, text) = try Self.ruleFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let server = try await RunningServer.start([folder.path]) { $0.adminToken = .init("t") }
    defer { Task { await server.stop() } }
    let initial = try #require(Self.revision(of: try await server.request("GET", "/v1/rules")))
    let done = StopFlag()
    let application = Self.application
    let load = (0..<3).map { _ in
      Task {
        try await server.call { client -> (count: Int, failed: Int, revisions: Set<String>) in
          var (count, failed, revisions) = (0, 0, Set<String>())
          while !done.isSet || count < 20 {
            let response = try client.request("POST", "/v1/decisions?trace=false", body: application)
            count += 1
            if response.status != 200 { failed += 1 }
            Self.revision(of: response).map { _ = revisions.insert($0) }
          }
          return (count, failed, revisions)
        }
      }
    }
    var served = Set<String>()
    for round in 0..<6 {
      try (text + "\n# round \(round)\n").write(to: file, atomically: true, encoding: .utf8)
      let reloaded = try await server.request("POST", "/v1/rules/reload", headers: ["Authorization": "Bearer t"])
      #expect(reloaded.status == 200)
      Self.revision(of: reloaded).map { _ = served.insert($0) }
    }
    done.set()
    var seen = Set<String>()
    for task in load {
      let result = try await task.value
      #expect(result.failed == 0)
      #expect(result.count >= 20)
      seen.formUnion(result.revisions)
    }
    #expect(served.count == 6)
    #expect(seen.count >= 2)
    #expect(seen.isSubset(of: served.union([initial])))
  }
}

/// A flag the load threads read and the test sets.
final class StopFlag: Sendable {
  private let value = Atomic<Bool>(false)
  var isSet: Bool { value.load(ordering: .relaxed) }
  func set() { value.store(true, ordering: .relaxed) }
}
