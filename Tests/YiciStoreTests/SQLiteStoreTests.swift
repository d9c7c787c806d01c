import Foundation
import Testing
import Yici
import YiciStore

/// The SQLite backend: the schema made by the migrations, decisions written and read back,
/// filtered and paged, and a database of a newer schema refused.
@Suite struct SQLiteStoreTests {
  static func folder() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("yici-store-\(UUID().uuidString)").path
  }

  static func record(_ subject: String, _ outcome: String, at seconds: Double) -> StoredDecision {
    StoredDecision(
      id: DecisionID.make(now: Date(timeIntervalSince1970: seconds)), recordedAt: Date(timeIntervalSince1970: seconds),
      subject: subject, kind: .service, revision: "abc", outcome: outcome, date: "2025-10-01",
      variant: .init(language: "en", trace: false, explanation: true), application: #"{"service":"\#(subject)"}"#,
      decision: #"{"outcome":"\#(outcome)"}"#)
  }

  @Test func decisionsAreWrittenReadFilteredAndPaged() async throws {
    let folder = Self.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let store = try SQLiteStore(folder: folder)
    var records: [StoredDecision] = []
    for index in 0..<25 {
      let subject = index % 2 == 0 ? "a" : "b"
      let outcome = index % 5 == 0 ? "rejected" : "accepted"
      records.append(Self.record(subject, outcome, at: 1e9 + Double(index)))
    }
    try await store.append(records)
    #expect(try await store.decisionCount() == 25)
    #expect(try await store.decision(id: records[3].id) == records[3])
    #expect(try await store.decision(id: DecisionID.make()) == nil)
    let a = try await store.decisions(DecisionFilter(subject: "a", limit: 1000))
    let evens: [String] = stride(from: 0, to: 25, by: 2).map { records[$0].id }
    #expect(a.decisions.map(\.id) == evens)
    let rejectedB = try await store.decisions(DecisionFilter(subject: "b", outcome: "rejected"))
    #expect(rejectedB.decisions.map(\.id) == [records[5].id, records[15].id])
    let window = try await store.decisions(
      DecisionFilter(from: Date(timeIntervalSince1970: 1e9 + 10), to: Date(timeIntervalSince1970: 1e9 + 12)))
    #expect(window.decisions.map(\.id) == [records[10].id, records[11].id])
    var seen: [String] = []
    var after: String?
    repeat {
      let page = try await store.decisions(DecisionFilter(after: after, limit: 10))
      seen += page.decisions.map(\.id)
      after = page.next
    } while after != nil
    #expect(seen == records.map(\.id))
    #expect(try await store.integrityProblems() == [])
    let reopened = try SQLiteStore(folder: folder)
    #expect(try await reopened.decisionCount() == 25)
  }

  @Test func aDuplicateIDFailsTheWholeBatch() async throws {
    let folder = Self.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let store = try SQLiteStore(folder: folder)
    let first = Self.record("a", "accepted", at: 1e9)
    try await store.append([first])
    await #expect(throws: StoreError.self) {
      try await store.append([Self.record("b", "accepted", at: 1e9 + 1), first])
    }
    #expect(try await store.decisionCount() == 1)
  }

  @Test func aDatabaseOfANewerSchemaIsRefused() async throws {
    let folder = Self.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    _ = try SQLiteStore(folder: folder)
    let path = folder + "/" + SQLiteStore.fileName
    let sqlite = Process()
    sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
    sqlite.arguments = [path, "INSERT INTO yici_schema VALUES (\(Schema.latest + 1), 'future', 0)"]
    try sqlite.run()
    sqlite.waitUntilExit()
    #expect(throws: StoreError.self) { try SQLiteStore(folder: folder) }
    do {
      _ = try SQLiteStore(folder: folder)
    } catch {
      #expect(error.description.contains("newer than this yici knows"))
    }
  }

  @Test func idsSortInTheOrderMadeAndAreWellFormed() {
    let ids = (0..<5000).map { _ in DecisionID.make() }
    #expect(ids == ids.sorted())
    #expect(Set(ids).count == ids.count)
    #expect(ids.allSatisfy(DecisionID.isWellFormed))
    #expect(!DecisionID.isWellFormed("0190C1A2-0000-7000-8000-000000000000"))
  }

  @Test func theDecisionIDGoesWhereTheWireSchemaPutsIt() {
    var bytes = Array(#"{"service":"s","date":"2025-10-01","revision":"abc","outcome":"accepted","reasons":[]}"#.utf8)
    #expect(DecisionIDField.insert("x\"y", into: &bytes))
    #expect(
      String(decoding: bytes, as: UTF8.self)
        == #"{"service":"s","date":"2025-10-01","revision":"abc","decision_id":"x\"y","outcome":"accepted","reasons":[]}"#
    )
    var none = Array("{}".utf8)
    #expect(!DecisionIDField.insert("x", into: &none))
  }
}
