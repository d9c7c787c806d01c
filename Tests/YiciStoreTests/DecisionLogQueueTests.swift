import Foundation
import Synchronization
import Testing
import YiciStore

/// The decision log's queue: bounded, with back-pressure, group commit, and no record lost.
@Suite struct DecisionLogQueueTests {
  /// A store that keeps the records in memory, slowly, and fails when told to.
  final class SlowStore: DecisionStore {
    let kept = Mutex<[StoredDecision]>([])
    let transactions = Mutex(0)
    let failing = Mutex(false)
    let delay: Duration

    init(delay: Duration) { self.delay = delay }

    func append(_ decisions: [StoredDecision]) async throws(StoreError) {
      try? await Task.sleep(for: delay)
      if failing.withLock({ $0 }) { throw StoreError("the disk is full") }
      kept.withLock { $0 += decisions }
      transactions.withLock { $0 += 1 }
    }
    func decision(id: String) async throws(StoreError) -> StoredDecision? { kept.withLock { $0.first { $0.id == id } } }
    func decisions(_ filter: DecisionFilter) async throws(StoreError) -> DecisionPage {
      DecisionPage(decisions: kept.withLock { $0 }, next: nil)
    }
    func decisionCount() async throws(StoreError) -> Int { kept.withLock { $0.count } }
    func integrityProblems() async throws(StoreError) -> [String] { [] }
  }

  static func record(_ index: Int) -> StoredDecision {
    StoredDecision(
      id: DecisionID.make(), recordedAt: Date(), subject: "s\(index)", kind: .service, revision: "r",
      outcome: "accepted",
      date: "2025-10-01", variant: .init(language: "zh", trace: true, explanation: true), application: "{}",
      decision: "{}")
  }

  @Test func aDurableRecordIsAcknowledgedOnlyOnceWrittenAndTheWritesAreGrouped() async throws {
    let store = SlowStore(delay: .milliseconds(20))
    let log = DecisionLog(store: store, durability: .durable, capacity: 8, batchLimit: 64)
    let writer = Task { await log.run() }
    try await withThrowingTaskGroup(of: Void.self) { group in
      for index in 0..<100 {
        group.addTask {
          let record = Self.record(index)
          try await log.record(record)
          #expect(store.kept.withLock { $0.contains(record) }, "acknowledged before it was written")
        }
      }
      try await group.waitForAll()
    }
    #expect(store.kept.withLock { $0.count } == 100)
    #expect(store.transactions.withLock { $0 } < 50, "no group commit")
    log.stop()
    await writer.value
  }

  @Test func aFullQueueMakesCallersWaitAndDropsNothing() async throws {
    let store = SlowStore(delay: .milliseconds(30))
    let log = DecisionLog(store: store, durability: .queued, capacity: 2, batchLimit: 2)
    let writer = Task { await log.run() }
    let clock = ContinuousClock()
    let start = clock.now
    for index in 0..<12 { try await log.record(Self.record(index)) }
    // 12 records through a queue of 2 written 2 at a time: the callers waited for room.
    #expect(clock.now - start >= .milliseconds(60))
    log.stop()
    await writer.value
    #expect(store.kept.withLock { $0.count } == 12)
    await #expect(throws: StoreError.self) { try await log.record(Self.record(99)) }
  }

  @Test func aFailedWriteFailsDurableRecordsAndIsRetriedForQueuedOnes() async throws {
    let store = SlowStore(delay: .milliseconds(1))
    store.failing.withLock { $0 = true }
    let durable = DecisionLog(store: store, durability: .durable)
    let writer = Task { await durable.run() }
    await #expect(throws: StoreError.self) { try await durable.record(Self.record(0)) }
    #expect(durable.figures.lastError == "the disk is full")
    durable.stop()
    await writer.value

    let queued = DecisionLog(store: store, durability: .queued)
    let retrying = Task { await queued.run() }
    try await queued.record(Self.record(1))
    try await Task.sleep(for: .milliseconds(250))
    #expect(store.kept.withLock { $0.isEmpty })
    #expect(queued.figures.waiting == 1)
    store.failing.withLock { $0 = false }
    queued.stop()
    await retrying.value
    #expect(store.kept.withLock { $0.map(\.subject) } == ["s1"])
  }
}
