import YiciSemantics

/// Numbers, read exactly (never through `Double`): at most
/// `InterchangeLimits.numberDigits` significant digits, an exponent applied to the decimal
/// scale. Every counter is bounded before it can overflow, however long the number.
extension JSONReader {
  /// Reads a number exactly; exponents are applied to the decimal scale.
  mutating func readNumber() throws(InterchangeError) -> ExactDecimal {
    skipWhitespace()
    if let number = readPlainNumber() { return number }
    let start = position
    let tooManyDigits = "the number has more digits than are kept exactly (\(InterchangeLimits.numberDigits))"
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
          guard digits <= InterchangeLimits.numberDigits else { throw error(tooManyDigits, at: start) }
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
      scale -= try readExponent(numberStart: start)
    }
    if significand == 0 { scale = max(scale, 0) }
    // Scaling up by more than 18 places overflows any significand but zero.
    guard scale >= -InterchangeLimits.numberDigits else { throw error("the number is too large", at: start) }
    while scale < 0 {
      guard significand < Int64.max / 10 else { throw error("the number is too large", at: start) }
      significand *= 10
      scale += 1
    }
    guard scale <= InterchangeLimits.numberDigits else { throw error(tooManyDigits, at: start) }
    return ExactDecimal(significand: negative ? -significand : significand, scale: UInt8(scale))
  }

  /// Reads an exponent's sign and digits (after the `e`); at most
  /// `InterchangeLimits.exponent`.
  private mutating func readExponent(numberStart: Int) throws(InterchangeError) -> Int {
    var negative = false
    if position < bytes.count && (bytes[position] == UInt8(ascii: "-") || bytes[position] == UInt8(ascii: "+")) {
      negative = bytes[position] == UInt8(ascii: "-")
      position += 1
    }
    let digitsStart = position
    var exponent = 0
    while position < bytes.count, bytes[position] >= UInt8(ascii: "0"), bytes[position] <= UInt8(ascii: "9") {
      // Saturates just above the limit: the digits are all read, the value stays small.
      exponent = min(exponent * 10 + Int(bytes[position] - UInt8(ascii: "0")), InterchangeLimits.exponent + 1)
      position += 1
    }
    guard position > digitsStart else { throw error("expected a digit in the number's exponent, found \(found())") }
    guard exponent <= InterchangeLimits.exponent else {
      throw error("the number's exponent is larger than \(InterchangeLimits.exponent)", at: numberStart)
    }
    return negative ? -exponent : exponent
  }

  /// The common number, read in one tight pass: unsigned, at most 15 digits, at most one
  /// `.`, no exponent. Nil, consuming nothing, for anything else (`readNumber` then reads
  /// it the careful way, and words any error).
  @inline(__always)
  mutating func readPlainNumber() -> ExactDecimal? {
    var index = position
    var significand: Int64 = 0
    var scale: UInt8 = 0
    var digits = 0
    var seenPoint = false
    while index < bytes.count {
      let byte = bytes[index]
      let digit = byte &- UInt8(ascii: "0")
      if digit < 10 {
        // A sixteenth digit is not for this pass; stopping here keeps `scale` small.
        guard digits < 15 else { return nil }
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
    guard digits > 0, bytes[index - 1] != UInt8(ascii: "."),
      index == bytes.count || (bytes[index] | 0x20) != UInt8(ascii: "e"),
      // A leading zero must stand alone before the point, as JSON writes it.
      bytes[position] != UInt8(ascii: "0") || digits == 1 || bytes[position + 1] == UInt8(ascii: ".")
    else { return nil }
    position = index
    return ExactDecimal(significand: significand, scale: scale)
  }
}
