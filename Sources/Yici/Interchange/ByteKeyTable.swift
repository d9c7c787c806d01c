import Foundation

/// A read-only map from UTF-8 keys to small integers, looked up straight from bytes.
///
/// Binding a JSON application looks up every fact and material id; doing it from the
/// input bytes, without making a `String`, keeps decoding allocation-free. Open
/// addressing over one contiguous slab of keys; the table is at most half full. Immutable after `init`, so it is shared freely between threads.
final class ByteKeyTable: Sendable {
  private struct Entry {
    var hash: UInt32
    var start: Int32
    var length: Int32  // -1: empty
    var value: Int32
  }

  // INVARIANT: written only in init; `entries` has `mask + 1` slots.
  private nonisolated(unsafe) let entries: UnsafeMutableBufferPointer<Entry>
  private nonisolated(unsafe) let keys: UnsafeMutableBufferPointer<UInt8>
  private let mask: Int
  /// The keys in insertion order, for "did you mean" suggestions.
  let names: [String]

  /// Creates a table; a key given twice keeps its first value.
  init(_ pairs: [(String, Int)]) {
    var capacity = 8
    while capacity < pairs.count * 2 { capacity *= 2 }
    mask = capacity - 1
    names = pairs.map(\.0)
    var table = [Entry](repeating: Entry(hash: 0, start: 0, length: -1, value: 0), count: capacity)
    var slab: [UInt8] = []
    for (key, value) in pairs {
      let bytes = Array(key.utf8)
      let hash = bytes.withUnsafeBufferPointer { key in key.baseAddress.map { ByteKeyTable.hash($0, key.count) } ?? 0 }
      var index = Int(hash) & mask
      var duplicate = false
      while table[index].length >= 0 {
        let entry = table[index]
        if entry.hash == hash && Array(slab[Int(entry.start)..<Int(entry.start + entry.length)]) == bytes {
          duplicate = true
          break
        }
        index = (index + 1) & mask
      }
      if duplicate { continue }
      table[index] = Entry(hash: hash, start: Int32(slab.count), length: Int32(bytes.count), value: Int32(value))
      slab += bytes
    }
    entries = .allocate(capacity: capacity)
    _ = entries.initialize(from: table)
    keys = .allocate(capacity: max(1, slab.count))
    _ = keys.initialize(from: slab)
  }

  deinit {
    entries.deallocate()
    keys.deallocate()
  }

  /// A hash of the key's length and its first and last eight bytes: ids differ early or
  /// late, and a clash only costs a `memcmp` more.
  @inline(__always)
  static func hash(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> UInt32 {
    var hash = UInt64(count) &* 0x9E37_79B9_7F4A_7C15
    if count >= 8 {
      let raw = UnsafeRawPointer(bytes)
      hash ^= raw.loadUnaligned(as: UInt64.self)
      hash = (hash ^ (hash >> 29)) &* 0xBF58_476D_1CE4_E5B9
      hash ^= raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
    } else {
      var tail: UInt64 = 0
      for index in 0..<count { tail = tail << 8 | UInt64(bytes[index]) }
      hash ^= tail
    }
    hash = (hash ^ (hash >> 32)) &* 0x94D0_49BB_1331_11EB
    return UInt32(truncatingIfNeeded: hash ^ (hash >> 29))
  }

  /// The value for the key spelled by `bytes[range]`.
  func value(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
    guard let base = bytes.baseAddress else { return nil }
    let key = base + range.lowerBound
    let count = range.count
    let hash = count == 0 ? 0 : ByteKeyTable.hash(key, count)
    var index = Int(hash) & mask
    while true {
      let entry = entries[index]
      if entry.length < 0 { return nil }
      if entry.hash == hash && Int(entry.length) == count
        && bytesEqual(keys.baseAddress! + Int(entry.start), key, count)
      {
        return Int(entry.value)
      }
      index = (index + 1) & mask
    }
  }

  /// The value for a key given as a `String`.
  func value(_ key: String) -> Int? {
    var key = key
    return key.withUTF8 { value($0, 0..<$0.count) }
  }
}

/// Whether `count` bytes at `a` and `b` are equal, compared eight at a time (the last
/// word overlapping the one before): ids are short, so this beats a call to `memcmp`.
@inline(__always)
func bytesEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
  guard count >= 8 else {
    for index in 0..<count where a[index] != b[index] { return false }
    return true
  }
  let x = UnsafeRawPointer(a)
  let y = UnsafeRawPointer(b)
  var offset = 0
  while offset < count - 8 {
    if x.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
      != y.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
    {
      return false
    }
    offset += 8
  }
  return x.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
    == y.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
}
