/// Appends compact JSON to a byte buffer: the fast path for writing decisions.
struct JSONWriter {
  var bytes: [UInt8] = []

  init(capacity: Int = 1024) {
    bytes.reserveCapacity(capacity)
  }

  /// A writer that appends to `buffer`'s bytes, leaving `buffer` empty until they are
  /// swapped back.
  init(taking buffer: inout [UInt8]) {
    swap(&bytes, &buffer)
  }

  @inline(__always)
  mutating func raw(_ text: StaticString) {
    text.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  mutating func string(_ value: String) {
    bytes.append(UInt8(ascii: "\""))
    if value.utf8.withContiguousStorageIfAvailable({ escaped($0) }) == nil {
      Array(value.utf8).withUnsafeBufferPointer { escaped($0) }
    }
    bytes.append(UInt8(ascii: "\""))
  }

  /// Appends UTF-8 text with JSON's escapes; runs that need none are copied whole.
  /// Eight bytes are checked at a time (most text needs no escape at all).
  private mutating func escaped(_ utf8: UnsafeBufferPointer<UInt8>) {
    guard let base = utf8.baseAddress else { return }
    let words = UnsafeRawPointer(base)
    var runStart = 0
    var index = 0
    while index < utf8.count {
      if index + 8 <= utf8.count, !Self.mayNeedEscape(words.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
        index += 8
        continue
      }
      let byte = utf8[index]
      index += 1
      guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<(index - 1)]))
      switch byte {
      case UInt8(ascii: "\""): raw("\\\"")
      case UInt8(ascii: "\\"): raw("\\\\")
      case 0x0A: raw("\\n")
      case 0x09: raw("\\t")
      case 0x0D: raw("\\r")
      default:
        let hex: StaticString = "0123456789abcdef"
        raw("\\u00")
        bytes.append(hex.utf8Start[Int(byte >> 4)])
        bytes.append(hex.utf8Start[Int(byte & 0xF)])
      }
      runStart = index
    }
    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
  }

  /// Whether any of eight bytes is a control character, a quote or a backslash (a
  /// conservative SWAR test: false means none is).
  @inline(__always)
  private static func mayNeedEscape(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    func hasZeroByte(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }
    let control = (word &- ones &* 0x20) & ~word & highs
    return (control | hasZeroByte(word ^ (ones &* 0x22)) | hasZeroByte(word ^ (ones &* 0x5C))) != 0
  }

  /// `"key":` — the key must need no escaping.
  @inline(__always)
  mutating func key(_ key: StaticString) {
    bytes.append(UInt8(ascii: "\""))
    raw(key)
    raw("\":")
  }

  mutating func stringArray(_ values: [String]) {
    bytes.append(UInt8(ascii: "["))
    for (index, value) in values.enumerated() {
      if index > 0 { bytes.append(UInt8(ascii: ",")) }
      string(value)
    }
    bytes.append(UInt8(ascii: "]"))
  }

  /// `[e, e, …]`, each element written by `element`.
  mutating func array<T>(_ values: [T], _ element: (inout JSONWriter, T) -> Void) {
    bytes.append(UInt8(ascii: "["))
    for (index, value) in values.enumerated() {
      if index > 0 { bytes.append(UInt8(ascii: ",")) }
      element(&self, value)
    }
    bytes.append(UInt8(ascii: "]"))
  }

  @inline(__always)
  mutating func comma() { bytes.append(UInt8(ascii: ",")) }
}
