import Foundation
import Synchronization

/// Explanations already written, each under the bytes of what it reads of the verdicts
/// (`DecisionWriter.key`).
///
/// Looked up straight from a key in scratch memory, so a hit allocates nothing, and the
/// explanation is copied out under the lock (no array to retain and release). Open
/// addressing, at most half full; when `limit` entries are held it starts afresh, so
/// memory stays bounded however varied the applications. Shared between threads.
final class ExplanationMemo: Sendable {
  private struct Entry {
    var hash: UInt64
    var key: [UInt8]
    var explanation: [UInt8]
  }

  private struct Table {
    var entries: [Entry?]
    var count = 0
  }

  private let table: Mutex<Table>
  private let limit: Int

  /// A memo holding at most `limit` explanations.
  init(limit: Int) {
    self.limit = limit
    var capacity = 16
    while capacity < limit * 2 { capacity *= 2 }
    table = Mutex(Table(entries: Array(repeating: nil, count: capacity)))
  }

  /// Appends the explanation kept under `key` to `buffer`; false when there is none.
  func append(_ key: UnsafeBufferPointer<UInt8>, to buffer: inout [UInt8]) -> Bool {
    let hash = Self.hash(key)
    return table.withLock { table in
      guard let index = Self.find(key, hash, in: table.entries), let entry = table.entries[index] else { return false }
      buffer += entry.explanation
      return true
    }
  }

  /// Keeps `explanation` under `key`.
  func insert(_ key: UnsafeBufferPointer<UInt8>, _ explanation: [UInt8]) {
    let hash = Self.hash(key)
    table.withLock { table in
      if table.count >= limit {
        table.entries.withUnsafeMutableBufferPointer { $0.update(repeating: nil) }
        table.count = 0
      }
      guard let index = Self.find(key, hash, in: table.entries), table.entries[index] == nil else { return }
      table.entries[index] = Entry(hash: hash, key: Array(key), explanation: explanation)
      table.count += 1
    }
  }

  /// The index of the entry with `key`, or of the empty place where it would go.
  private static func find(_ key: UnsafeBufferPointer<UInt8>, _ hash: UInt64, in entries: [Entry?]) -> Int? {
    let mask = entries.count - 1
    var index = Int(truncatingIfNeeded: hash) & mask
    for _ in 0..<entries.count {
      guard let entry = entries[index] else { return index }
      if entry.hash == hash && entry.key.count == key.count
        && entry.key.withUnsafeBufferPointer({ memcmp($0.baseAddress!, key.baseAddress!, key.count) == 0 })
      {
        return index
      }
      index = (index + 1) & mask
    }
    return nil
  }

  /// A hash of every byte of the key, eight at a time.
  private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash = UInt64(key.count) &* 0x9E37_79B9_7F4A_7C15
    guard let base = key.baseAddress else { return hash }
    let raw = UnsafeRawPointer(base)
    var offset = 0
    while offset + 8 <= key.count {
      hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
      hash ^= hash >> 31
      offset += 8
    }
    var tail: UInt64 = 0
    while offset < key.count {
      tail = tail << 8 | UInt64(key[offset])
      offset += 1
    }
    hash = (hash ^ tail) &* 0x94D0_49BB_1331_11EB
    return hash ^ (hash >> 29)
  }
}
