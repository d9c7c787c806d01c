/// Appends compact JSON to a block of bytes it owns: the fast path for writing decisions.
///
/// Appending is a bounds check and a copy, nothing more (no copy-on-write check per
/// piece, as an `Array` would make); `append(to:)` hands the result over in one copy.
struct JSONWriter: ~Copyable {
  private var base: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  /// How many bytes are written.
  private(set) var count = 0

  init(capacity: Int = 1024) {
    self.capacity = max(capacity, 16)
    base = .allocate(capacity: self.capacity)
  }

  deinit { base.deallocate() }

  /// Forgets the bytes written, keeping the memory.
  mutating func removeAll() {
    count = 0
  }

  /// The bytes written, as an array.
  var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

  /// The bytes written from `start` on, valid until the next append.
  func written(from start: Int) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: base + start, count: count - start)
  }

  /// Appends the bytes written to `buffer`.
  func append(to buffer: inout [UInt8]) {
    buffer.append(contentsOf: UnsafeBufferPointer(start: base, count: count))
  }

  /// Appends bytes as they are. Pieces of 8 to 32 bytes (ids, keys) are copied as
  /// words, overlapping at the end, rather than by a call to `memmove`.
  @inline(__always)
  mutating func append(_ piece: UnsafeBufferPointer<UInt8>) {
    let length = piece.count
    if count + length > capacity { grow(toHold: count + length) }
    guard let source = piece.baseAddress else { return }
    let target = base + count
    if length >= 8 && length <= 32 {
      let from = UnsafeRawPointer(source)
      let to = UnsafeMutableRawPointer(target)
      var offset = 0
      while offset < length - 8 {
        to.storeBytes(
          of: from.loadUnaligned(fromByteOffset: offset, as: UInt64.self), toByteOffset: offset, as: UInt64.self)
        offset += 8
      }
      to.storeBytes(
        of: from.loadUnaligned(fromByteOffset: length - 8, as: UInt64.self), toByteOffset: length - 8, as: UInt64.self)
    } else {
      target.update(from: source, count: length)
    }
    count += length
  }

  /// Appends bytes as they are.
  mutating func append(_ piece: [UInt8]) {
    piece.withUnsafeBufferPointer { append($0) }
  }

  /// How many bytes past its start a piece given to `append(padded:)` may be read.
  static let padding = 32

  /// Appends a piece whose memory may be read `padding` bytes past its start: one of up
  /// to that many bytes is copied as two 16-byte words, whatever its length (the bytes
  /// copied past its end are overwritten by what comes next).
  @inline(__always)
  mutating func append(padded piece: UnsafeBufferPointer<UInt8>) {
    let length = piece.count
    guard length <= Self.padding, let source = piece.baseAddress else {
      append(piece)
      return
    }
    if count + Self.padding > capacity { grow(toHold: count + Self.padding) }
    let from = UnsafeRawPointer(source)
    let to = UnsafeMutableRawPointer(base + count)
    to.storeBytes(of: from.loadUnaligned(as: SIMD16<UInt8>.self), as: SIMD16<UInt8>.self)
    to.storeBytes(
      of: from.loadUnaligned(fromByteOffset: 16, as: SIMD16<UInt8>.self), toByteOffset: 16, as: SIMD16<UInt8>.self)
    count += length
  }

  /// Appends one byte.
  @inline(__always)
  mutating func append(_ byte: UInt8) {
    if count == capacity { grow(toHold: count + 1) }
    base[count] = byte
    count += 1
  }

  @inline(never)
  private mutating func grow(toHold needed: Int) {
    var newCapacity = capacity * 2
    while newCapacity < needed { newCapacity *= 2 }
    let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    newBase.update(from: base, count: count)
    base.deallocate()
    base = newBase
    capacity = newCapacity
  }

  @inline(__always)
  mutating func raw(_ text: StaticString) {
    text.withUTF8Buffer { append($0) }
  }

  mutating func string(_ value: String) {
    append(UInt8(ascii: "\""))
    if value.utf8.withContiguousStorageIfAvailable({ escaped($0) }) == nil {
      Array(value.utf8).withUnsafeBufferPointer { escaped($0) }
    }
    append(UInt8(ascii: "\""))
  }

  /// Lines as one JSON string: each line followed by an escaped newline (a single one when
  /// there are no lines), as `TextLines.text` joins them.
  mutating func string<Lines: Collection<String>>(lines: Lines) {
    append(UInt8(ascii: "\""))
    for var line in lines {
      line.withUTF8 { escaped($0) }
      raw("\\n")
    }
    if lines.isEmpty { raw("\\n") }
    append(UInt8(ascii: "\""))
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
      append(UnsafeBufferPointer(rebasing: utf8[runStart..<(index - 1)]))
      switch byte {
      case UInt8(ascii: "\""): raw("\\\"")
      case UInt8(ascii: "\\"): raw("\\\\")
      case 0x0A: raw("\\n")
      case 0x09: raw("\\t")
      case 0x0D: raw("\\r")
      default:
        let hex: StaticString = "0123456789abcdef"
        raw("\\u00")
        append(hex.utf8Start[Int(byte >> 4)])
        append(hex.utf8Start[Int(byte & 0xF)])
      }
      runStart = index
    }
    append(UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
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
    append(UInt8(ascii: "\""))
    raw(key)
    raw("\":")
  }

  @inline(__always)
  mutating func stringArray(_ values: [String]) {
    // Most lists written (warnings, a decision's short lists) are empty.
    guard !values.isEmpty else {
      raw("[]")
      return
    }
    strings(values)
  }

  private mutating func strings(_ values: [String]) {
    append(UInt8(ascii: "["))
    for (index, value) in values.enumerated() {
      if index > 0 { append(UInt8(ascii: ",")) }
      string(value)
    }
    append(UInt8(ascii: "]"))
  }

  /// `[e, e, …]`, each element written by `element`.
  mutating func array<T>(_ values: [T], _ element: (inout JSONWriter, T) -> Void) {
    append(UInt8(ascii: "["))
    for (index, value) in values.enumerated() {
      if index > 0 { append(UInt8(ascii: ",")) }
      element(&self, value)
    }
    append(UInt8(ascii: "]"))
  }

  @inline(__always)
  mutating func comma() { append(UInt8(ascii: ",")) }
}

/// Writes the commas of a JSON list: nothing before the first element, a comma before
/// every other.
struct Separator {
  private var first = true

  @inline(__always)
  mutating func write(to out: inout JSONWriter) {
    if first {
      first = false
    } else {
      out.comma()
    }
  }
}
