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
}
