import Foundation
import Synchronization

/// The decision log's writer: decisions are queued by the requests and written by one
/// writer in batches (group commit), off the request path.
///
/// The queue is bounded: when `capacity` records wait, `record(_:)` waits for room (the
/// server slows down; nothing is dropped). With `Durability.durable` a record is
/// acknowledged (`record(_:)` returns) once its batch is committed; with `.queued` once it
/// is in the queue. A batch that cannot be written fails its records' `record(_:)` calls
/// when durable; when queued, it is kept and tried again (and said in `lastError`).
public final class DecisionLog: Sendable {
  /// When a record is acknowledged.
  public let durability: Durability
  /// The most records waiting to be written.
  public let capacity: Int
  /// The most records in one transaction.
  public let batchLimit: Int
  /// Where the records go.
  public let store: any DecisionStore
  private let state = Mutex(State())

  private struct Entry: Sendable {
    var record: StoredDecision
    /// Resumed when the record is acknowledged; nil once it has been.
    var waiting: CheckedContinuation<Void, any Error>?
  }

  private struct State: Sendable {
    var pending: [Entry] = []
    var blocked: [Entry] = []
    var writer: CheckedContinuation<Void, Never>?
    var stopping = false
    var stopped = false
    /// Records in the batch being written.
    var writing = 0
    var written = 0
    var batches = 0
    var lastError: String?
  }

  /// What the log has done, for `/v1/rules` and the metrics.
  public struct Figures: Sendable {
    /// Records not yet written (being written, queued, and waiting for room).
    public var waiting: Int
    /// Records written since the server started.
    public var written: Int
    /// Transactions committed since the server started.
    public var batches: Int
    /// The last write error, when the last write failed.
    public var lastError: String?
  }

  /// A log writing to `store`.
  public init(store: any DecisionStore, durability: Durability = .durable, capacity: Int = 4096, batchLimit: Int = 512)
  {
    self.store = store
    self.durability = durability
    self.capacity = max(1, capacity)
    self.batchLimit = max(1, batchLimit)
  }

  /// What the log has done so far.
  public var figures: Figures {
    state.withLock {
      Figures(
        waiting: $0.writing + $0.pending.count + $0.blocked.count, written: $0.written, batches: $0.batches,
        lastError: $0.lastError)
    }
  }

  /// Queues a record: returns when it is acknowledged (durable, or queued, by `durability`);
  /// waits while the queue is full. Throws when it cannot be written or the log has stopped.
  public func record(_ record: StoredDecision) async throws(StoreError) {
    let queued = durability == .queued
    do {
      try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
        enum Admission {
          case refused
          case admitted(CheckedContinuation<Void, Never>?)
          case blocked
        }
        let admission = state.withLock { state -> Admission in
          if state.stopping { return .refused }
          if state.pending.count < capacity {
            state.pending.append(Entry(record: record, waiting: queued ? nil : continuation))
            let writer = state.writer
            state.writer = nil
            return .admitted(writer)
          }
          state.blocked.append(Entry(record: record, waiting: continuation))
          return .blocked
        }
        switch admission {
        case .refused: continuation.resume(throwing: StoreError("the decision log has stopped"))
        case .admitted(let writer):
          writer?.resume()
          if queued { continuation.resume() }
        case .blocked: break
        }
      }
    } catch let error as StoreError {
      throw error
    } catch {
      throw StoreError("cannot record the decision", error)
    }
  }

  /// Writes batches until `stop()`, then writes what is still queued and returns.
  public func run() async {
    while let batch = await nextBatch() {
      do throws(StoreError) {
        try await store.append(batch.map(\.record))
        state.withLock {
          $0.writing = 0
          $0.written += batch.count
          $0.batches += 1
          $0.lastError = nil
        }
        for entry in batch { entry.waiting?.resume() }
      } catch {
        let retry = durability == .queued
        state.withLock {
          $0.writing = 0
          $0.lastError = error.description
          if retry { $0.pending.insert(contentsOf: batch, at: 0) }
        }
        if retry {
          try? await Task.sleep(for: .milliseconds(100))
        } else {
          for entry in batch { entry.waiting?.resume(throwing: error) }
        }
      }
    }
  }

  /// Stops taking records; `run()` returns once those queued are written.
  public func stop() {
    let writer = state.withLock { state -> CheckedContinuation<Void, Never>? in
      state.stopping = true
      defer { state.writer = nil }
      return state.writer
    }
    writer?.resume()
  }

  /// The next records to write, waiting for some; nil when stopping and none are left.
  private func nextBatch() async -> [Entry]? {
    while true {
      enum Next {
        case batch([Entry], admitted: [CheckedContinuation<Void, any Error>])
        case wait, done
      }
      let next = state.withLock { state -> Next in
        if state.pending.isEmpty, state.blocked.isEmpty {
          if state.stopping {
            state.stopped = true
            return .done
          }
          return .wait
        }
        let count = min(batchLimit, state.pending.count)
        let batch = Array(state.pending.prefix(count))
        state.pending.removeFirst(count)
        state.writing = count
        var admitted: [CheckedContinuation<Void, any Error>] = []
        let room = min(capacity - state.pending.count, state.blocked.count)
        if room > 0 {
          var moved = Array(state.blocked.prefix(room))
          state.blocked.removeFirst(room)
          if durability == .queued {
            for index in moved.indices {
              if let waiting = moved[index].waiting { admitted.append(waiting) }
              moved[index].waiting = nil
            }
          }
          state.pending.append(contentsOf: moved)
        }
        return .batch(batch, admitted: admitted)
      }
      switch next {
      case .done: return nil
      case .batch(let batch, let admitted):
        for continuation in admitted { continuation.resume() }
        if !batch.isEmpty { return batch }
      case .wait:
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
          let resumeNow = state.withLock { state -> Bool in
            if !state.pending.isEmpty || !state.blocked.isEmpty || state.stopping { return true }
            state.writer = continuation
            return false
          }
          if resumeNow { continuation.resume() }
        }
      }
    }
  }
}
