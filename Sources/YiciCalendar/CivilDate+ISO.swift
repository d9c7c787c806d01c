// The ISO 8601 calendar-date form `YYYY-MM-DD`: parsing, printing and Codable.

extension CivilDate: CustomStringConvertible {
  /// Parses exactly `YYYY-MM-DD` (ASCII digits, four-two-two, hyphens), or returns nil.
  ///
  /// Rejects dates that do not exist ("2025-02-30"), missing zero padding ("2025-1-01"),
  /// the basic form without hyphens ("20250101"), surrounding spaces and non-ASCII digits.
  public init?(iso text: some StringProtocol) {
    var year = 0
    var month = 0
    var day = 0
    var position = 0
    for byte in text.utf8 {
      switch position {
      case 4, 7:
        guard byte == UInt8(ascii: "-") else { return nil }
      case 0...9:
        guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
        let digit = Int(byte - UInt8(ascii: "0"))
        if position < 4 {
          year = year * 10 + digit
        } else if position < 7 {
          month = month * 10 + digit
        } else {
          day = day * 10 + digit
        }
      default:
        return nil  // longer than ten characters
      }
      position += 1
    }
    guard position == 10 else { return nil }
    self.init(year: year, month: month, day: day)
  }

  /// The ISO 8601 form, e.g. "2025-10-13".
  public var description: String {
    Self.zeroPadded(year, width: 4) + "-" + Self.zeroPadded(month, width: 2) + "-"
      + Self.zeroPadded(day, width: 2)
  }

  /// `value` in decimal, left-padded with zeros to `width` digits.
  static func zeroPadded(_ value: Int, width: Int) -> String {
    let digits = String(value)
    return digits.count >= width
      ? digits : String(repeating: "0", count: width - digits.count) + digits
  }
}

extension CivilDate: Codable {
  /// Decodes a date from its ISO string; an invalid string throws `DecodingError.dataCorrupted`.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let date = CivilDate(iso: text) else {
      throw DecodingError.dataCorruptedError(
        in: container,
        debugDescription: "invalid date \"\(text)\": expected an existing date written YYYY-MM-DD"
      )
    }
    self = date
  }

  /// Encodes the date as its ISO string.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}

extension CivilDate {
  /// The date as written in Chinese, e.g. "2025年10月13日" (no zero padding).
  public var chinese: String {
    "\(year)年\(month)月\(day)日"
  }

  /// The date as written in British English, e.g. "13 October 2025".
  public var english: String {
    "\(day) \(Self.englishMonthNames[month - 1]) \(year)"
  }

  /// January…December.
  static let englishMonthNames = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
  ]
}
