import Synchronization
import Testing
import YiciSyntax

/// `ConcurrentMap` (reading, parsing and compiling a catalogue on every core) gives what
/// `map` gives, element for element, whatever the count and the threads; its plain and its
/// consuming form are one piece of code.
@Suite struct ConcurrentMapTests {
  static let counts = [0, 1, 31, 32, 63, 64, 65, 97, 1_000]

  @Test(arguments: counts, [1, 2, 3, 8])
  func theResultIsTheSerialMapInOrder(_ count: Int, _ threads: Int) {
    let items = (0..<count).map { "item \($0)" }
    let expected = items.map { $0.uppercased() + "!" }
    #expect(ConcurrentMap.map(items, threads: threads) { $0.uppercased() + "!" } == expected)
    #expect(ConcurrentMap.map(consuming: items, threads: threads) { $0.uppercased() + "!" } == expected)
    // The plain form leaves the caller's array as it was.
    #expect(items.count == count)
  }

  @Test func everyItemIsTransformedOnce() {
    let calls = Mutex(0)
    let results = ConcurrentMap.map(Array(0..<500), threads: 2) { item in
      calls.withLock { $0 += 1 }
      return item * 2
    }
    #expect(results == (0..<500).map { $0 * 2 })
    #expect(calls.withLock { $0 } == 500)
  }
}
