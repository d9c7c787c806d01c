/// A read-only map from UTF-8 keys to small integers, looked up straight from bytes.
///
/// Binding a JSON application looks up every fact and material id; doing it from the
/// input bytes, without making a `String`, keeps decoding allocation-free. Open
/// addressing with FNV-1a hashes; the table is at most half full.
struct ByteKeyTable: Sendable {
  private struct Entry: Sendable {
    var hash: UInt32
    var start: Int32
    var length: Int32  // -1: empty
    var value: Int32
  }

  private var keys: [UInt8] = []
  private var entries: [Entry]
  private let mask: Int
  /// The keys in insertion order, for "did you mean" suggestions.
  let names: [String]

  /// Creates a table; a key given twice keeps its first value.
  init(_ pairs: [(String, Int)]) {
    var capacity = 8
    while capacity < pairs.count * 2 { capacity *= 2 }
    entries = Array(repeating: Entry(hash: 0, start: 0, length: -1, value: 0), count: capacity)
    mask = capacity - 1
    names = pairs.map(\.0)
    for (key, value) in pairs {
      let bytes = Array(key.utf8)
      let hash = bytes.withUnsafeBufferPointer { ByteKeyTable.hash($0, 0..<$0.count) }
      var index = Int(hash) & mask
      var duplicate = false
      while entries[index].length >= 0 {
        let entry = entries[index]
        if entry.hash == hash && Array(keys[Int(entry.start)..<Int(entry.start + entry.length)]) == bytes {
          duplicate = true
          break
        }
        index = (index + 1) & mask
      }
      if duplicate { continue }
      entries[index] = Entry(hash: hash, start: Int32(keys.count), length: Int32(bytes.count), value: Int32(value))
      keys += bytes
    }
  }

  @inline(__always)
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt32 {
    var hash: UInt32 = 2_166_136_261
    for index in range { hash = (hash ^ UInt32(bytes[index])) &* 16_777_619 }
    return hash
  }

  /// The value for the key spelled by `bytes[range]`.
  func value(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
    let hash = ByteKeyTable.hash(bytes, range)
    var index = Int(hash) & mask
    return keys.withUnsafeBufferPointer { keys -> Int? in
      while true {
        let entry = entries[index]
        if entry.length < 0 { return nil }
        if entry.hash == hash && Int(entry.length) == range.count {
          var equal = true
          var k = Int(entry.start)
          for i in range {
            if bytes[i] != keys[k] {
              equal = false
              break
            }
            k += 1
          }
          if equal { return Int(entry.value) }
        }
        index = (index + 1) & mask
      }
    }
  }

  /// The value for a key given as a `String`.
  func value(_ key: String) -> Int? {
    var key = key
    return key.withUTF8 { value($0, 0..<$0.count) }
  }
}
