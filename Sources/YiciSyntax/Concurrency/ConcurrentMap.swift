import Dispatch
import Synchronization

/// Maps many independent items on every core, in order: what loading a catalogue of
/// thousands of rule files does with parsing each file and compiling each service. The
/// result is the same array, element for element, as `items.map(transform)`: the items are
/// dealt into parts, the threads take whole parts as they come free, and the results are
/// put back by index, so nothing depends on which thread finished first.
package enum ConcurrentMap {
  /// Below this many items, `map` runs on the calling thread alone (starting threads would
  /// cost more than it saves).
  package static let minimumItems = 64

  /// `items.map(transform)`, on up to `threads` threads: `map(consuming:threads:_:)` on a
  /// copy of the array (the caller's keeps every item alive until it lets go of it).
  package static func map<Item: Sendable, Result: Sendable>(
    _ items: [Item], threads: Int, _ transform: @Sendable (Item) -> Result
  ) -> [Result] {
    map(consuming: items, threads: threads, transform)
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
    // Part p holds items p, p + parts, …; the threads take the parts one after another, so
    // one that runs slower (a harder share, or a core lent to another process) is not left
    // alone with a long tail: ten thousand services end within one small part of each
    // other. Each part is moved out to the thread that takes it, which takes its items from
    // the end, so the part's array holds each only until it is done.
    let parts = threads == 1 ? 1 : max(threads, min(threads * partsPerThread, count / (minimumItems / 2)))
    var split = [[Item]](repeating: [], count: parts)
    for (index, item) in items.enumerated() { split[index % parts].append(item) }
    _ = consume items
    guard threads > 1 else { return mapReleasing(split.removeLast(), transform) }
    let shared = Mutex((parts: consume split, next: 0))
    let done = Mutex<[[Result]]>(Array(repeating: [], count: parts))
    DispatchQueue.concurrentPerform(iterations: threads) { _ in
      while true {
        var part: [Item] = []
        let taken = shared.withLock { state -> Int? in
          guard state.next < state.parts.count else { return nil }
          defer { state.next += 1 }
          swap(&part, &state.parts[state.next])
          return state.next
        }
        guard let taken else { return }
        let results = mapReleasing(consume part, transform)
        done.withLock { $0[taken] = results }
      }
    }
    let results = done.withLock { $0 }
    var ordered: [Result] = []
    ordered.reserveCapacity(count)
    for index in 0..<count { ordered.append(results[index % parts][index / parts]) }
    return ordered
  }

  /// How many parts each thread's share is cut into (each at least `minimumItems / 2`
  /// items): enough that the last to end is short, few enough that taking one costs nothing.
  static let partsPerThread = 32

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
