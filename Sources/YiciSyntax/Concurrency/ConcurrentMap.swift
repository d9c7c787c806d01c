import Dispatch
import Synchronization

/// Maps many independent items on every core, in order: what loading a catalogue of
/// thousands of rule files does with parsing each file and compiling each service. The
/// result is the same array, element for element, as `items.map(transform)`: each thread
/// takes every `threads`-th item and the results are put back by index, so nothing
/// depends on which thread finished first.
package enum ConcurrentMap {
  /// Below this many items, `map` runs on the calling thread alone (starting threads would
  /// cost more than it saves).
  package static let minimumItems = 64

  /// `items.map(transform)`, on up to `threads` threads.
  package static func map<Item: Sendable, Result: Sendable>(
    _ items: [Item], threads: Int, _ transform: @Sendable (Item) -> Result
  ) -> [Result] {
    let threads = min(threads, items.count / (minimumItems / 2))
    guard threads > 1 else { return items.map(transform) }
    let parts = Mutex<[[Result]]>(Array(repeating: [], count: threads))
    DispatchQueue.concurrentPerform(iterations: threads) { thread in
      var part: [Result] = []
      part.reserveCapacity(items.count / threads + 1)
      for index in stride(from: thread, to: items.count, by: threads) { part.append(transform(items[index])) }
      parts.withLock { $0[thread] = part }
    }
    let done = parts.withLock { $0 }
    var results: [Result] = []
    results.reserveCapacity(items.count)
    for index in items.indices { results.append(done[index % threads][index / threads]) }
    return results
  }

  /// `items.map(transform)`, on up to `threads` threads, with each item released as soon as
  /// `transform` has returned rather than when the whole map is done: what compiling a
  /// catalogue does with each service's syntax, so the syntax of ten thousand services is
  /// never all alive beside their compiled form, and each thread frees what it read.
  package static func map<Item: Sendable, Result: Sendable>(
    consuming items: consuming [Item], threads: Int, _ transform: @Sendable (Item) -> Result
  ) -> [Result] {
    let count = items.count
    let threads = max(1, min(threads, count / (minimumItems / 2)))
    // Thread t takes items t, t + threads, …: each part is moved out to its thread, which
    // takes its items from the end, so the part's array holds each only until it is done.
    var parts = [[Item]](repeating: [], count: threads)
    for (index, item) in items.enumerated() { parts[index % threads].append(item) }
    _ = consume items
    guard threads > 1 else { return mapReleasing(parts.removeLast(), transform) }
    let shared = Mutex(consume parts)
    let done = Mutex<[[Result]]>(Array(repeating: [], count: threads))
    DispatchQueue.concurrentPerform(iterations: threads) { thread in
      var part: [Item] = []
      shared.withLock { swap(&part, &$0[thread]) }
      let results = mapReleasing(consume part, transform)
      done.withLock { $0[thread] = results }
    }
    let results = done.withLock { $0 }
    var ordered: [Result] = []
    ordered.reserveCapacity(count)
    for index in 0..<count { ordered.append(results[index % threads][index / threads]) }
    return ordered
  }

  /// `part.map(transform)`, taking the items from the end so that each is released once
  /// `transform` has returned.
  private static func mapReleasing<Item, Result>(_ part: consuming [Item], _ transform: (Item) -> Result) -> [Result] {
    var results: [Result] = []
    results.reserveCapacity(part.count)
    while let item = part.popLast() { results.append(transform(item)) }
    results.reverse()
    return results
  }
}
