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
  private mutating func escaped(_ utf8: UnsafeBufferPointer<UInt8>) {
    var runStart = 0
    for index in 0..<utf8.count {
      let byte = utf8[index]
      guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
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
      runStart = index + 1
    }
    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
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
