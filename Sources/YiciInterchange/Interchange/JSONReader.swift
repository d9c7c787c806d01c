import Foundation
import YiciCalendar
import YiciSemantics

/// A strict, allocation-light JSON scanner over UTF-8 bytes.
///
/// It reads exactly what the interchange format needs: objects, arrays, strings,
/// exact decimal numbers (never through `Double`), `true`, `false`, `null`; and it can
/// skip any value. Strings without escapes are returned as byte ranges of the input.
struct JSONReader {
  let bytes: UnsafeBufferPointer<UInt8>
  var position = 0

  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
  }

  /// A string's bytes: a range of the input, or decoded bytes when it had escapes.
  struct StringBytes {
    var range: Range<Int>
    var decoded: [UInt8]?
  }

  /// The 1-based column of the first non-blank byte at or after `offset`: where a value
  /// starts, its opening quote for a string.
  func column(of offset: Int) -> Int {
    var offset = offset
    while offset < bytes.count,
      bytes[offset] == 0x20 || bytes[offset] == 0x09 || bytes[offset] == 0x0A || bytes[offset] == 0x0D
    {
      offset += 1
    }
    return offset + 1
  }

  func error(_ message: String, path: String? = nil, at offset: Int? = nil) -> InterchangeError {
    InterchangeError(message, path: path, column: (offset ?? position) + 1)
  }

  @inline(__always)
  mutating func skipWhitespace() {
    while position < bytes.count {
      switch bytes[position] {
      case 0x20, 0x0A, 0x0D, 0x09: position += 1
      default: return
      }
    }
  }

  /// The next non-blank byte, without consuming it.
  @inline(__always)
  mutating func peek() -> UInt8? {
    skipWhitespace()
    return position < bytes.count ? bytes[position] : nil
  }

  /// Consumes `byte`, which must be next (after blanks).
  @inline(__always)
  mutating func expect(_ byte: UInt8, _ what: StaticString) throws(InterchangeError) {
    guard accept(byte) else { throw expected(what) }
  }

  /// The error for something else than `what` being next.
  private func expected(_ what: StaticString) -> InterchangeError {
    error("expected \(what), found \(found())")
  }

  /// Consumes the byte if it is next.
  @inline(__always)
  mutating func accept(_ byte: UInt8) -> Bool {
    // Machine-written JSON has no blanks between tokens: check the very next byte first.
    if position < bytes.count && bytes[position] == byte {
      position += 1
      return true
    }
    guard peek() == byte else { return false }
    position += 1
    return true
  }

  func found() -> String {
    guard position < bytes.count else { return "the end of the input" }
    let byte = bytes[position]
    return byte >= 0x20 && byte < 0x7F ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x\(String(byte, radix: 16))"
  }

  /// Reads a string, position at its opening quote (after blanks).
  mutating func readString(_ what: StaticString = "a string") throws(InterchangeError) -> StringBytes {
    try expect(UInt8(ascii: "\""), what)
    let start = position
    // Eight bytes at a time to the first quote or backslash (ids are short; most strings
    // have no escape).
    guard let base = bytes.baseAddress else { throw error("unterminated string", at: start - 1) }
    let raw = UnsafeRawPointer(base)
    var end = start
    while end + 8 <= bytes.count {
      let stops = Self.quotesOrBackslashes(raw.loadUnaligned(fromByteOffset: end, as: UInt64.self))
      if stops != 0 {
        end += stops.trailingZeroBitCount / 8
        break
      }
      end += 8
    }
    while end < bytes.count && bytes[end] != UInt8(ascii: "\"") && bytes[end] != UInt8(ascii: "\\") { end += 1 }
    guard end < bytes.count else { throw error("unterminated string", at: start - 1) }
    if bytes[end] == UInt8(ascii: "\\") { return try readEscapedString(from: start) }
    position = end + 1
    return StringBytes(range: start..<end, decoded: nil)
  }

  /// The bytes of a little-endian word that are `"` or `\\`, each marked by its high bit
  /// (exact below the first mark, which is all `readString` reads).
  @inline(__always)
  private static func quotesOrBackslashes(_ word: UInt64) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    func zeroBytes(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }
    return zeroBytes(word ^ (ones &* 0x22)) | zeroBytes(word ^ (ones &* 0x5C))
  }

  /// The string's text.
  func text(_ string: StringBytes) -> String {
    if let decoded = string.decoded { return String(decoding: decoded, as: UTF8.self) }
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[string.range]), as: UTF8.self)
  }

  /// The string as a date, read straight from `YYYY-MM-DD` bytes; nil when it is not one.
  func date(_ string: StringBytes) -> CivilDate? {
    guard string.decoded == nil, string.range.count == 10 else { return CivilDate(iso: text(string)) }
    let base = string.range.lowerBound
    func digits(_ offset: Int, _ count: Int) -> Int? {
      var value = 0
      for index in base + offset..<base + offset + count {
        let byte = bytes[index]
        guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
        value = value * 10 + Int(byte - UInt8(ascii: "0"))
      }
      return value
    }
    guard bytes[base + 4] == UInt8(ascii: "-"), bytes[base + 7] == UInt8(ascii: "-"), let year = digits(0, 4),
      let month = digits(5, 2), let day = digits(8, 2)
    else { return nil }
    return CivilDate(year: year, month: month, day: day)
  }

  /// Consumes `piece` if its bytes are next.
  @inline(__always)
  mutating func accept(_ piece: UnsafeBufferPointer<UInt8>) -> Bool {
    skipWhitespace()
    guard position + piece.count <= bytes.count, let base = bytes.baseAddress, let expected = piece.baseAddress,
      bytesEqual(base + position, expected, piece.count)
    else { return false }
    position += piece.count
    return true
  }

  /// Consumes `literal` (true, false, null) if it is next.
  @inline(__always)
  mutating func accept(literal: StaticString) -> Bool {
    let pointer = literal.utf8Start
    guard peek() == pointer[0] else { return false }
    let count = literal.utf8CodeUnitCount
    guard position + count <= bytes.count else { return false }
    for offset in 1..<count where bytes[position + offset] != pointer[offset] { return false }
    position += count
    return true
  }
}
