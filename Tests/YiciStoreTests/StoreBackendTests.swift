import Foundation
import Testing
import Yici
import YiciStore

/// Every backend of the store (SQLite, and PostgreSQL when `YICI_TEST_POSTGRES` is set): the
/// schema made by the migrations, decisions written and read back, filtered and paged, a
/// batch written whole or not at all, cases opened and added to, and a database of a newer
/// schema refused.
@Suite struct StoreBackendTests {
  static func record(_ subject: String, _ outcome: String, at seconds: Double) -> StoredDecision {
    StoredDecision(
      id: DecisionID.make(now: Date(timeIntervalSince1970: seconds)), recordedAt: Date(timeIntervalSince1970: seconds),
      subject: subject, kind: .service, revision: "abc", outcome: outcome, date: "2025-10-01",
      variant: .init(language: "en", trace: false, explanation: true), application: #"{"service":"\#(subject)"}"#,
      decision: #"{"outcome":"\#(outcome)"}"#)
  }

  @Test(arguments: StoreBackend.available)
  func decisionsAreWrittenReadFilteredAndPaged(_ backend: StoreBackend) async throws {
    let place = try backend.makeLocation()
    defer { place.cleanup() }
    let store = try await place.open()
    var records: [StoredDecision] = []
    for index in 0..<25 {
      let subject = index % 2 == 0 ? "a" : "b"
      let outcome = index % 5 == 0 ? "rejected" : "accepted"
      records.append(Self.record(subject, outcome, at: 1e9 + Double(index)))
    }
    records[7].kind = .bundle
    records[7].variant = .init(language: "zh", trace: true, explanation: false)
    records[8].application = #"{"name":"张三","note":"it's \"quoted\""}"#
    try await store.append(records)
    #expect(try await store.decisionCount() == 25)
    #expect(try await store.decision(id: records[3].id) == records[3])
    #expect(try await store.decision(id: records[7].id) == records[7])
    #expect(try await store.decision(id: records[8].id) == records[8])
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
    let reopened = try await place.open()
    #expect(try await reopened.decisionCount() == 25)
  }

  @Test(arguments: StoreBackend.available)
  func aBatchLargerThanOneStatementIsWrittenWhole(_ backend: StoreBackend) async throws {
    let place = try backend.makeLocation()
    defer { place.cleanup() }
    let store = try await place.open(durability: .queued)
    let records = (0..<2500).map { Self.record("s\($0 % 7)", "accepted", at: 1e9 + Double($0)) }
    try await store.append(records)
    #expect(try await store.decisionCount() == 2500)
    #expect(try await store.decision(id: records[2499].id) == records[2499])
  }

  @Test(arguments: StoreBackend.available)
  func aDuplicateIDFailsTheWholeBatch(_ backend: StoreBackend) async throws {
    let place = try backend.makeLocation()
    defer { place.cleanup() }
    let store = try await place.open()
    let first = Self.record("a", "accepted", at: 1e9)
    try await store.append([first])
    await #expect(throws: StoreError.self) {
      try await store.append([Self.record("b", "accepted", at: 1e9 + 1), first])
    }
    #expect(try await store.decisionCount() == 1)
  }

  @Test(arguments: StoreBackend.available)
  func casesAreOpenedOnceAndOnlyAddedTo(_ backend: StoreBackend) async throws {
    let place = try backend.makeLocation()
    defer { place.cleanup() }
    let store = try await place.open()
    let opened = Date(timeIntervalSince1970: 1.7e9)
    let file = CaseFile(
      id: DecisionID.make(), decisionID: DecisionID.make(), service: "s", accepted: "2025-10-01", immediate: false,
      waived: [.init(id: "m1", due: "2025-10-20"), .init(id: "m2", due: nil)], openedAt: opened, openedBy: "clerk")
    try await store.open(file)
    await #expect(throws: StoreError.self) {
      var again = file
      again.id = DecisionID.make()
      try await store.open(again)
    }
    let pause = CaseEvent(
      sequence: 1, recordedAt: opened.addingTimeInterval(60), actor: "clerk", kind: .pause, day: "2025-10-03",
      subject: "现场勘验")
    let supplied = CaseEvent(
      sequence: 2, recordedAt: opened.addingTimeInterval(120), actor: "applicant", kind: .materialSupplied,
      day: "2025-10-04", subject: "m1", note: "by post")
    try await store.append(pause, to: file.id)
    try await store.append(supplied, to: file.id)
    await #expect(throws: StoreError.self) { try await store.append(pause, to: file.id) }
    var expected = file
    expected.events = [pause, supplied]
    #expect(try await store.caseFile(id: file.id) == expected)
    #expect(try await store.caseFile(decisionID: file.decisionID) == expected)
    #expect(try await store.caseFile(id: DecisionID.make()) == nil)
    let second = CaseFile(
      id: DecisionID.make(), decisionID: DecisionID.make(), service: "t", accepted: "2025-10-02", immediate: true,
      waived: [], openedAt: opened, openedBy: "clerk")
    try await store.open(second)
    #expect(try await store.caseFiles() == [expected, second])
  }

  @Test(arguments: StoreBackend.available)
  func aDatabaseOfANewerSchemaIsRefused(_ backend: StoreBackend) async throws {
    let place = try backend.makeLocation()
    defer { place.cleanup() }
    _ = try await place.open()
    try place.execute("INSERT INTO yici_schema VALUES (\(Schema.latest + 1), 'future', 0)")
    do {
      _ = try await place.open()
      Issue.record("a database of a newer schema was opened")
    } catch {
      #expect("\(error)".contains("newer than this yici knows"))
    }
  }

  @Test(arguments: StoreBackend.available)
  func theLogsGroupCommitAcknowledgesOnlyWhatIsOnRecord(_ backend: StoreBackend) async throws {
    let place = try backend.makeLocation()
    defer { place.cleanup() }
    let store = try await place.open()
    let log = DecisionLog(store: store, durability: .durable, capacity: 64, batchLimit: 32)
    let writer = Task { await log.run() }
    let ids = try await withThrowingTaskGroup(of: String.self) { group in
      for index in 0..<200 {
        group.addTask {
          let record = Self.record("s", "accepted", at: 1e9 + Double(index))
          try await log.record(record)
          #expect(try await store.decision(id: record.id) == record, "acknowledged before it was on record")
          return record.id
        }
      }
      return try await group.reduce(into: [String]()) { $0.append($1) }
    }
    log.stop()
    await writer.value
    #expect(ids.count == 200)
    #expect(try await store.decisionCount() == 200)
    #expect(log.figures.batches < 200, "no group commit")
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
