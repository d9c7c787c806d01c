/// Strings with escapes: `\n`, `\"`, `\u00e9`, and surrogate pairs (`\ud83d\ude00`).
///
/// A surrogate escape must be half of a pair, a high one (`\ud800`–`\udbff`) followed at
/// once by a low one (`\udc00`–`\udfff`); a lone half is an input error at its column,
/// not replaced, since the text it stood for cannot be known.
extension JSONReader {
  /// Reads the rest of a string that has an escape, from `start` (after its quote).
  mutating func readEscapedString(from start: Int) throws(InterchangeError) -> StringBytes {
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

  /// Four hex digits, the code unit of a `\u` escape.
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
      value = value << 4 | digit
    }
    return value
  }

  /// Decodes a `\u` escape (its `\u` read), with the low half of a surrogate pair, and
  /// appends the character's UTF-8 bytes.
  private mutating func appendUnicodeEscape(to decoded: inout [UInt8]) throws(InterchangeError) {
    let escapeStart = position - 2
    let unit = try hex4()
    let scalarValue: UInt32
    switch unit {
    case 0xD800..<0xDC00:
      guard position + 2 <= bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u")
      else { throw loneSurrogate(unit, at: escapeStart) }
      position += 2
      let low = try hex4()
      guard (0xDC00..<0xE000).contains(low) else { throw loneSurrogate(unit, at: escapeStart) }
      scalarValue = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
    case 0xDC00..<0xE000: throw loneSurrogate(unit, at: escapeStart)
    default: scalarValue = unit
    }
    guard let scalar = Unicode.Scalar(scalarValue) else { throw error("invalid \\u escape", at: escapeStart) }
    UTF8.encode(scalar) { decoded.append($0) }
  }

  private func loneSurrogate(_ unit: UInt32, at offset: Int) -> InterchangeError {
    let hex = String(unit, radix: 16)
    let problem =
      unit < 0xDC00
      ? "the high surrogate \\u\(hex) is not followed by a low surrogate escape (\\udc00 to \\udfff)"
      : "the low surrogate \\u\(hex) does not follow a high surrogate escape (\\ud800 to \\udbff)"
    return error("invalid \\u escape: \(problem)", at: offset)
  }
}
