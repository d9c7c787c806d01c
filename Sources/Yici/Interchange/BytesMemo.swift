import Foundation
import Synchronization

/// Bytes already written, each kept under a key of bytes: the batch writer's memo of
/// explanations (keyed by what they read of the verdicts) and of `required` lists (keyed
/// by which materials are required).
///
/// Keys and values live in two growing blocks of bytes, and the table holds only offsets
/// into them: a lookup straight from a key in scratch memory allocates, retains and
/// releases nothing, and the value is read under the lock. Open addressing, at most two
/// thirds full; when `limit` values are held it starts afresh, so memory stays bounded
/// however varied the input. Shared between threads.
final class BytesMemo: Sendable {
  /// Twenty bytes, so that the table stays in cache.
  private struct Slot {
    /// Never 0 for a held entry: 0 marks an empty slot.
    var hash: UInt32 = 0
    var keyStart: UInt32 = 0
    var keyCount: UInt32 = 0
    var valueStart: UInt32 = 0
    var valueCount: UInt32 = 0

    var value: Range<Int> { Int(valueStart)..<Int(valueStart + valueCount) }
  }

  private struct Table {
    var slots: [Slot]
    var keys: [UInt8] = []
    var values: [UInt8] = []
    var count = 0

    /// Whether the key kept in `slot` is `key` (not empty).
    private func equalKey(_ slot: Slot, _ key: UnsafeRawBufferPointer) -> Bool {
      keys.withUnsafeBufferPointer { memcmp($0.baseAddress! + Int(slot.keyStart), key.baseAddress!, key.count) == 0 }
    }

    /// The slot holding `key`, or the empty slot where it would go.
    func find(_ key: UnsafeRawBufferPointer, _ hash: UInt32) -> Int {
      let mask = slots.count - 1
      var index = Int(truncatingIfNeeded: hash) & mask
      while true {
        let slot = slots[index]
        if slot.hash == 0 { return index }
        if slot.hash == hash && Int(slot.keyCount) == key.count && (key.isEmpty || equalKey(slot, key)) {
          return index
        }
        index = (index + 1) & mask
      }
    }
  }

  private let table: Mutex<Table>
  private let limit: Int

  /// A memo holding at most `limit` values.
  init(limit: Int) {
    self.limit = limit
    var capacity = 16
    while capacity < limit + limit / 2 { capacity *= 2 }
    table = Mutex(Table(slots: Array(repeating: Slot(), count: capacity)))
  }

  /// Calls `body` with the value kept under `key` (under the lock: copy it out); false,
  /// without calling it, when there is none.
  func withValue(_ key: UnsafeRawBufferPointer, _ body: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
    let hash = Self.hash(key)
    return table.withLock { table in
      let slot = table.slots[table.find(key, hash)]
      guard slot.hash != 0 else { return false }
      table.values.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[slot.value])) }
      return true
    }
  }

  /// Keeps `value` under `key`.
  func insert(_ key: UnsafeRawBufferPointer, _ value: UnsafeBufferPointer<UInt8>) {
    let hash = Self.hash(key)
    table.withLock { table in
      if table.count >= limit {
        table.slots.withUnsafeMutableBufferPointer { $0.update(repeating: Slot()) }
        table.keys.removeAll(keepingCapacity: true)
        table.values.removeAll(keepingCapacity: true)
        table.count = 0
      }
      let index = table.find(key, hash)
      // Offsets are 32-bit: a memo that would outgrow them keeps what it has.
      guard table.slots[index].hash == 0, table.values.count + value.count < UInt32.max,
        table.keys.count + key.count < UInt32.max
      else { return }
      table.slots[index] = Slot(
        hash: hash, keyStart: UInt32(table.keys.count), keyCount: UInt32(key.count),
        valueStart: UInt32(table.values.count), valueCount: UInt32(value.count))
      table.keys += key
      table.values += value
      table.count += 1
    }
  }

  /// A hash of every byte of the key, eight at a time; never 0.
  private static func hash(_ key: UnsafeRawBufferPointer) -> UInt32 {
    var hash = UInt64(key.count) &* 0x9E37_79B9_7F4A_7C15
    guard let raw = key.baseAddress else { return 1 }
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
    let folded = UInt32(truncatingIfNeeded: hash ^ (hash >> 29) ^ (hash >> 32))
    return folded == 0 ? 1 : folded
  }
}
