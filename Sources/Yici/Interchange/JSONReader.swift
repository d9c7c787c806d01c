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

  private mutating func readEscapedString(from start: Int) throws(InterchangeError) -> StringBytes {
    var decoded = Array(bytes[start..<position])
    while position < bytes.count {
      let byte = bytes[position]
      position += 1
      switch byte {
      case UInt8(ascii: "\""): return StringBytes(range: start..<(position - 1), decoded: decoded)
      case UInt8(ascii: "\\"):
        guard position < bytes.count else { break }
        let escape = bytes[position]
        position += 1
        switch escape {
        case UInt8(ascii: "n"): decoded.append(0x0A)
        case UInt8(ascii: "t"): decoded.append(0x09)
        case UInt8(ascii: "r"): decoded.append(0x0D)
        case UInt8(ascii: "b"): decoded.append(0x08)
        case UInt8(ascii: "f"): decoded.append(0x0C)
        case UInt8(ascii: "u"): try appendUnicodeEscape(to: &decoded)
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(escape)
        default: throw error("invalid escape in a string", at: position - 2)
        }
      default: decoded.append(byte)
      }
    }
    throw error("unterminated string", at: start - 1)
  }

  private mutating func hex4() throws(InterchangeError) -> UInt32 {
    guard position + 4 <= bytes.count else { throw error("incomplete \\u escape") }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[position]
      position += 1
      let digit: UInt32
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
      default: throw error("invalid \\u escape", at: position - 1)
      }
      value = value * 16 + digit
    }
    return value
  }

  private mutating func appendUnicodeEscape(to decoded: inout [UInt8]) throws(InterchangeError) {
    var scalarValue = try hex4()
    if (0xD800..<0xDC00).contains(scalarValue), position + 6 <= bytes.count, bytes[position] == UInt8(ascii: "\\"),
      bytes[position + 1] == UInt8(ascii: "u")
    {
      position += 2
      let low = try hex4()
      scalarValue = 0x10000 + ((scalarValue - 0xD800) << 10) + (low &- 0xDC00)
    }
    guard let scalar = Unicode.Scalar(scalarValue) else { throw error("invalid \\u escape") }
    decoded += Array(String(Character(scalar)).utf8)
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

  /// Reads a number exactly; exponents are applied to the decimal scale.
  mutating func readNumber() throws(InterchangeError) -> ExactDecimal {
    skipWhitespace()
    if let number = readPlainNumber() { return number }
    let start = position
    var significand: Int64 = 0
    var scale = 0
    var digits = 0
    let negative = position < bytes.count && bytes[position] == UInt8(ascii: "-")
    if negative { position += 1 }
    var seenPoint = false
    while position < bytes.count {
      let byte = bytes[position]
      if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
        if digits == 0 && significand == 0 && byte == UInt8(ascii: "0") && !seenPoint {
          // Leading zeros add no digits.
        } else {
          digits += 1
          guard digits <= 18 else { throw error("the number has more digits than are kept exactly (18)", at: start) }
        }
        significand = significand * 10 + Int64(byte - UInt8(ascii: "0"))
        if seenPoint { scale += 1 }
      } else if byte == UInt8(ascii: ".") && !seenPoint {
        seenPoint = true
      } else {
        break
      }
      position += 1
    }
    guard position > start + (negative ? 1 : 0) else { throw error("expected a number, found \(found())") }
    if position < bytes.count && (bytes[position] | 0x20) == UInt8(ascii: "e") {
      position += 1
      var exponentNegative = false
      if position < bytes.count && (bytes[position] == UInt8(ascii: "-") || bytes[position] == UInt8(ascii: "+")) {
        exponentNegative = bytes[position] == UInt8(ascii: "-")
        position += 1
      }
      var exponent = 0
      while position < bytes.count, bytes[position] >= UInt8(ascii: "0"), bytes[position] <= UInt8(ascii: "9"),
        exponent < 100
      {
        exponent = exponent * 10 + Int(bytes[position] - UInt8(ascii: "0"))
        position += 1
      }
      scale += exponentNegative ? exponent : -exponent
    }
    while scale < 0 {
      guard significand < Int64.max / 10 else { throw error("the number is too large", at: start) }
      significand *= 10
      scale += 1
    }
    guard scale <= 18 else { throw error("the number has more digits than are kept exactly (18)", at: start) }
    return ExactDecimal(significand: negative ? -significand : significand, scale: UInt8(scale))
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

  /// The common number, read in one tight pass: unsigned, at most 15 digits, at most one
  /// `.`, no exponent. Nil, consuming nothing, for anything else (`readNumber` then reads
  /// it the careful way, and words any error).
  @inline(__always)
  private mutating func readPlainNumber() -> ExactDecimal? {
    var index = position
    var significand: Int64 = 0
    var scale: UInt8 = 0
    var digits = 0
    var seenPoint = false
    while index < bytes.count {
      let byte = bytes[index]
      let digit = byte &- UInt8(ascii: "0")
      if digit < 10 {
        significand = significand &* 10 &+ Int64(digit)
        digits += 1
        if seenPoint { scale += 1 }
      } else if byte == UInt8(ascii: "."), !seenPoint, digits > 0 {
        seenPoint = true
      } else {
        break
      }
      index += 1
    }
    guard digits > 0, digits <= 15, bytes[index - 1] != UInt8(ascii: "."),
      index == bytes.count || (bytes[index] | 0x20) != UInt8(ascii: "e"),
      // A leading zero must stand alone before the point, as JSON writes it.
      bytes[position] != UInt8(ascii: "0") || digits == 1 || bytes[position + 1] == UInt8(ascii: ".")
    else { return nil }
    position = index
    return ExactDecimal(significand: significand, scale: scale)
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

  /// Skips one value of any kind.
  mutating func skipValue() throws(InterchangeError) {
    switch peek() {
    case UInt8(ascii: "\""): _ = try readString()
    case UInt8(ascii: "{"):
      position += 1
      if accept(UInt8(ascii: "}")) { return }
      repeat {
        _ = try readString("a field name")
        try expect(UInt8(ascii: ":"), "':'")
        try skipValue()
      } while accept(UInt8(ascii: ","))
      try expect(UInt8(ascii: "}"), "',' or '}'")
    case UInt8(ascii: "["):
      position += 1
      if accept(UInt8(ascii: "]")) { return }
      repeat { try skipValue() } while accept(UInt8(ascii: ","))
      try expect(UInt8(ascii: "]"), "',' or ']'")
    default:
      if accept(literal: "true") || accept(literal: "false") || accept(literal: "null") { return }
      _ = try readNumber()
    }
  }
}
