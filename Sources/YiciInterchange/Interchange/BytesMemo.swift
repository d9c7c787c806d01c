/// Bytes already written, each kept under a key of bytes: a decider's memo of explanations
/// (keyed by the service and what they read of the verdicts) and of `required` lists
/// (keyed by the service and which materials are required).
///
/// Keys and values live in two growing blocks of bytes, and the table holds only offsets
/// into them: a lookup straight from a key in scratch memory allocates, retains and
/// releases nothing. Open addressing, at most two thirds full: the table starts small and
/// doubles as it fills, so a memo costs what is kept in it; when `limit` values or
/// `byteLimit` bytes of keys and values are held it starts afresh, so memory stays bounded
/// however varied the input. Owned by one `Decider` (one thread): no lock.
final class BytesMemo {
  /// A place in the open-addressing table: eight bytes, so that the table stays in cache.
  private struct Slot {
    /// Never 0 for a held entry: 0 marks an empty slot.
    var hash: UInt32 = 0
    /// The entry's index in `Table.entries`.
    var entry: UInt32 = 0
  }

  /// Where a key and its value are in the two blocks of bytes.
  private struct Entry {
    var keyStart: UInt32
    var keyCount: UInt32
    var valueStart: UInt32
    var valueCount: UInt32

    var value: Range<Int> { Int(valueStart)..<Int(valueStart + valueCount) }
  }

  private struct Table {
    var slots: [Slot]
    var entries: [Entry] = []
    var keys: [UInt8] = []
    var values: [UInt8] = []

    /// The slot holding `key` (with its entry), or the empty slot where it would go.
    func find(_ key: UnsafeRawBufferPointer, _ hash: UInt32) -> (slot: Int, entry: Entry?) {
      let mask = slots.count - 1
      var index = Int(truncatingIfNeeded: hash) & mask
      while true {
        let slot = slots[index]
        if slot.hash == 0 { return (index, nil) }
        if slot.hash == hash {
          let entry = entries[Int(slot.entry)]
          if Int(entry.keyCount) == key.count
            && (key.isEmpty
              || keys.withUnsafeBytes { bytesEqual($0.baseAddress! + Int(entry.keyStart), key.baseAddress!, key.count) })
          {
            return (index, entry)
          }
        }
        index = (index + 1) & mask
      }
    }

    /// Doubles the table, placing every entry again by its hash.
    mutating func grow() {
      var grown = [Slot](repeating: Slot(), count: slots.count * 2)
      let mask = grown.count - 1
      for slot in slots where slot.hash != 0 {
        var index = Int(truncatingIfNeeded: slot.hash) & mask
        while grown[index].hash != 0 { index = (index + 1) & mask }
        grown[index] = slot
      }
      slots = grown
    }
  }

  private var table = Table(slots: Array(repeating: Slot(), count: 16))
  private let limit: Int
  private let byteLimit: Int

  /// A memo holding at most `limit` values and `byteLimit` bytes of keys and values.
  init(limit: Int, byteLimit: Int) {
    precondition(byteLimit < Int(UInt32.max), "offsets into the memo are 32-bit")
    self.limit = limit
    self.byteLimit = byteLimit
  }

  /// Calls `body` with the value kept under `key`; false, without calling it, when there
  /// is none.
  func withValue(_ key: UnsafeRawBufferPointer, _ body: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
    guard let entry = table.find(key, Self.hash(key)).entry else { return false }
    table.values.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[entry.value])) }
    return true
  }

  /// Keeps `value` under `key` (a value larger than the whole budget is not kept).
  func insert(_ key: UnsafeRawBufferPointer, _ value: UnsafeBufferPointer<UInt8>) {
    let size = key.count + value.count
    guard size <= byteLimit else { return }
    if table.entries.count >= limit || table.keys.count + table.values.count + size > byteLimit {
      table.slots.withUnsafeMutableBufferPointer { $0.update(repeating: Slot()) }
      table.entries.removeAll(keepingCapacity: true)
      table.keys.removeAll(keepingCapacity: true)
      table.values.removeAll(keepingCapacity: true)
    }
    if (table.entries.count + 1) * 3 > table.slots.count * 2 { table.grow() }
    let hash = Self.hash(key)
    let found = table.find(key, hash)
    guard found.entry == nil else { return }
    table.slots[found.slot] = Slot(hash: hash, entry: UInt32(table.entries.count))
    table.entries.append(
      Entry(
        keyStart: UInt32(table.keys.count), keyCount: UInt32(key.count), valueStart: UInt32(table.values.count),
        valueCount: UInt32(value.count)))
    table.keys += key
    table.values += value
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
