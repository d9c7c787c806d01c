import Synchronization

/// A wait with a bound: an operation on a networked store that has not finished in time is
/// abandoned with an error, so that a request fails clearly instead of hanging (a dead
/// server may never answer, and a query in flight may ignore cancellation).
enum Deadline {
  /// The result of `operation`, or `StoreError(timedOut)` once `limit` has passed; the
  /// operation is then cancelled and left to finish on its own.
  static func run<Value: Sendable>(
    _ limit: Duration, timedOut: @autoclosure () -> String, _ operation: @escaping @Sendable () async throws -> Value
  ) async throws(StoreError) -> Value {
    let timeout = StoreError(timedOut())
    let race = Race<Value>()
    do {
      return try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Value, any Error>) in
        race.start(continuation)
        let work = Task {
          do {
            let value = try await operation()
            race.finish(.success(value))
          } catch {
            race.finish(.failure(error))
          }
        }
        let timer = Task {
          try? await Task.sleep(for: limit)
          if race.finish(.failure(timeout)) { work.cancel() }
        }
        race.onFinish { timer.cancel() }
      }
    } catch let error as StoreError {
      throw error
    } catch {
      throw StoreError("\(error)")
    }
  }

  /// Whichever of the operation and the timer finishes first resumes the waiter; the other
  /// finds it gone.
  private final class Race<Value: Sendable>: Sendable {
    private struct State {
      var waiter: CheckedContinuation<Value, any Error>?
      var finished = false
      var cleanup: (@Sendable () -> Void)?
    }
    private let state = Mutex(State())

    func start(_ continuation: CheckedContinuation<Value, any Error>) {
      state.withLock { $0.waiter = continuation }
    }

    /// Runs `cleanup` once finished (at once when already).
    func onFinish(_ cleanup: @escaping @Sendable () -> Void) {
      let now = state.withLock { state -> Bool in
        if state.finished { return true }
        state.cleanup = cleanup
        return false
      }
      if now { cleanup() }
    }

    /// Resumes the waiter with `result` if nothing did before; says whether this did.
    @discardableResult
    func finish(_ result: Result<Value, any Error>) -> Bool {
      let (waiter, cleanup) = state.withLock {
        state -> (CheckedContinuation<Value, any Error>?, (@Sendable () -> Void)?) in
        guard !state.finished else { return (nil, nil) }
        state.finished = true
        defer { (state.waiter, state.cleanup) = (nil, nil) }
        return (state.waiter, state.cleanup)
      }
      guard let waiter else { return false }
      waiter.resume(with: result)
      cleanup?()
      return true
    }
  }
}
