/// The national identifier formats a text fact can be checked against: length, the
/// characters each place may hold, and the check character.
public enum IdentifierCheck: String, Sendable, Hashable {
  /// 公民身份号码 (GB 11643-1999): 17 digits, the last six of the first fourteen a real
  /// date of birth (YYYYMMDD), then the ISO 7064 MOD 11-2 check character (0-9 or X).
  case idNumber = "id number"
  /// 统一社会信用代码 (GB 32100-2015): 18 characters of 0-9 and the capitals without I, O,
  /// Z, S, V; the third to eighth the administrative division code (digits); the last the
  /// MOD 31 check character.
  case creditCode = "credit code"

  /// Whether `text` is a well-formed identifier of this kind.
  public func accepts(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard bytes.count == 18 else { return false }
    switch self {
    case .idNumber: return Self.isIDNumber(bytes)
    case .creditCode: return Self.isCreditCode(bytes)
    }
  }

  private static func digit(_ byte: UInt8) -> Int? {
    byte >= 0x30 && byte <= 0x39 ? Int(byte - 0x30) : nil
  }

  private static func isIDNumber(_ bytes: [UInt8]) -> Bool {
    let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    var sum = 0
    var digits: [Int] = []
    for index in 0..<17 {
      guard let value = digit(bytes[index]) else { return false }
      digits.append(value)
      sum += value * weights[index]
    }
    let year = digits[6...9].reduce(0) { $0 * 10 + $1 }
    let month = digits[10] * 10 + digits[11]
    let day = digits[12] * 10 + digits[13]
    guard year >= 1800, (1...12).contains(month), day >= 1, day <= daysInMonth(year: year, month: month) else {
      return false
    }
    let checks = Array("10X98765432".utf8)
    let last = bytes[17] == UInt8(ascii: "x") ? UInt8(ascii: "X") : bytes[17]
    return last == checks[sum % 11]
  }

  private static func isCreditCode(_ bytes: [UInt8]) -> Bool {
    let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY".utf8)
    let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    var values: [Int] = []
    for byte in bytes {
      guard let value = alphabet.firstIndex(of: byte) else { return false }
      values.append(value)
    }
    guard values[2...7].allSatisfy({ $0 < 10 }) else { return false }
    let sum = zip(values, weights).reduce(0) { $0 + $1.0 * $1.1 }
    return values[17] == (31 - sum % 31) % 31
  }

  private static func daysInMonth(year: Int, month: Int) -> Int {
    switch month {
    case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }
}
