import Foundation

/// A read-only map from UTF-8 keys to small integers, looked up straight from bytes.
///
/// Binding a JSON application looks up every fact and material id; doing it from the
/// input bytes, without making a `String`, keeps decoding allocation-free. Each entry
/// keeps its key's first and last eight bytes, so a key of up to 16 bytes is compared in
/// two word comparisons and longer ones also compare the bytes between. Open addressing,
/// at most half full. Immutable after `init`, so it is shared freely between threads.
final class ByteKeyTable: Sendable {
  /// A key's length and its first and last eight bytes (overlapping for keys shorter
  /// than 16; zero-padded for keys shorter than 8).
  private struct Probe: Equatable {
    var length: Int
    var first: UInt64
    var last: UInt64

    init(_ key: UnsafePointer<UInt8>, _ length: Int, readable: Int) {
      self.length = length
      let raw = UnsafeRawPointer(key)
      if length >= 8 {
        first = raw.loadUnaligned(as: UInt64.self)
        last = raw.loadUnaligned(fromByteOffset: length - 8, as: UInt64.self)
      } else if readable >= 8 {
        // Little-endian: the key's bytes are the low ones.
        first = raw.loadUnaligned(as: UInt64.self) & ((1 << UInt64(8 * length)) &- 1)
        last = 0
      } else {
        first = 0
        for index in 0..<length { first |= UInt64(key[index]) << UInt64(8 * index) }
        last = 0
      }
    }

    /// Two independent multiplies, folded: short keys are hashed in a few cycles.
    var hash: Int {
      let mixed = (first &* 0x9E37_79B9_7F4A_7C15) ^ (last &* 0xBF58_476D_1CE4_E5B9) ^ UInt64(length)
      return Int(truncatingIfNeeded: mixed ^ (mixed >> 29) ^ (mixed >> 47))
    }
  }

  private struct Entry {
    var probe: Probe
    var start: Int32
    var value: Int32
  }

  // INVARIANT: written only in init; `entries` has `mask + 1` slots.
  private nonisolated(unsafe) let entries: UnsafeMutableBufferPointer<Entry?>
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
    var slab: [UInt8] = []
    slab.reserveCapacity(pairs.reduce(0) { $0 + $1.0.utf8.count })
    for (key, _) in pairs { slab.append(contentsOf: key.utf8) }
    keys = .allocate(capacity: max(1, slab.count))
    _ = keys.initialize(from: slab)
    entries = .allocate(capacity: capacity)
    entries.initialize(repeating: nil)
    var start = 0
    for (key, value) in pairs {
      let length = key.utf8.count
      defer { start += length }
      guard case .notFound(let index) = find(keys.baseAddress! + start, length, readable: 0) else { continue }
      entries[index] = Entry(
        probe: Probe(keys.baseAddress! + start, length, readable: 0), start: Int32(start), value: Int32(value))
    }
  }

  deinit {
    entries.deallocate()
    keys.deallocate()
  }

  private enum Found {
    case found(Int)
    case notFound(Int)
  }

  /// The entry holding the key, or the empty place where it would go. `readable` is how
  /// many bytes may be read from `key` (at least `length`).
  @inline(__always)
  private func find(_ key: UnsafePointer<UInt8>, _ length: Int, readable: Int) -> Found {
    let probe = Probe(key, length, readable: readable)
    var index = probe.hash & mask
    while true {
      guard let entry = entries[index] else { return .notFound(index) }
      if entry.probe == probe
        && (length <= 16 || bytesEqual(keys.baseAddress! + Int(entry.start) + 8, key + 8, length - 16))
      {
        return .found(Int(entry.value))
      }
      index = (index + 1) & mask
    }
  }

  /// The value for the key spelled by `bytes[range]`.
  func value(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
    guard let base = bytes.baseAddress else { return nil }
    if case .found(let value) = find(base + range.lowerBound, range.count, readable: bytes.count - range.lowerBound) {
      return value
    }
    return nil
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
func bytesEqual(_ x: UnsafeRawPointer, _ y: UnsafeRawPointer, _ count: Int) -> Bool {
  guard count >= 8 else {
    for index in 0..<count
    where x.load(fromByteOffset: index, as: UInt8.self) != y.load(fromByteOffset: index, as: UInt8.self) {
      return false
    }
    return true
  }
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
