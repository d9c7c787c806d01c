/// Text values recently read, by the bytes they are written with: the applications of a
/// batch repeat a few short texts (a district, a city), so most are found here instead of
/// being decoded into a new `String` each time.
///
/// Only strings of 1 to 16 bytes without escapes are kept, each by its length and two
/// eight-byte words; a string of up to 15 bytes is stored inline in the `String`, so a hit
/// copies two words and allocates nothing. Direct-mapped: a text takes the place of the one
/// before it with the same hash.
struct TextCache {
  private struct Entry {
    var first: UInt64
    var last: UInt64
    var length: Int
    var text: String
  }

  private var entries = [Entry?](repeating: nil, count: 64)

  /// The text of `string` (read by `reader`), from the cache when it was read lately.
  mutating func text(_ string: JSONReader.StringBytes, in reader: JSONReader) -> String {
    let length = string.range.count
    guard string.decoded == nil, length > 0, length <= 16, let base = reader.bytes.baseAddress else {
      return reader.text(string)
    }
    // The two words overlap for strings shorter than 16 bytes; for those shorter than 8,
    // the bytes after the string (its closing quote and more, inside the input) are masked.
    let raw = UnsafeRawPointer(base + string.range.lowerBound)
    let first: UInt64
    let last: UInt64
    if length >= 8 {
      first = raw.loadUnaligned(as: UInt64.self)
      last = raw.loadUnaligned(fromByteOffset: length - 8, as: UInt64.self)
    } else {
      guard string.range.lowerBound + 8 <= reader.bytes.count else { return reader.text(string) }
      first = raw.loadUnaligned(as: UInt64.self) & ((1 << UInt64(8 * length)) &- 1)
      last = 0
    }
    let mixed = (first &* 0x9E37_79B9_7F4A_7C15) ^ (last &* 0xBF58_476D_1CE4_E5B9) ^ UInt64(length)
    let place = Int(truncatingIfNeeded: mixed >> 58)
    if let entry = entries[place], entry.first == first, entry.last == last, entry.length == length {
      return entry.text
    }
    let text = reader.text(string)
    entries[place] = Entry(first: first, last: last, length: length, text: text)
    return text
  }
}
