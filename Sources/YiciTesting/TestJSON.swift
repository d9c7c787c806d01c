/// A JSON value of a test file, with where it is in the file's bytes: the application of a
/// case is handed to the decoder as the exact bytes written (so numbers stay exact and
/// the decoder's errors are its own).
indirect enum TestJSON: Sendable {
  case object([(key: String, value: TestJSON)], bytes: Range<Int>)
  case array([TestJSON])
  case string(String)
  case number(String)
  case bool(Bool)
  case null

  /// The value of a key of an object.
  subscript(key: String) -> TestJSON? {
    guard case .object(let members, _) = self else { return nil }
    return members.first { $0.key == key }?.value
  }

  /// The keys of an object, in order.
  var keys: [String] {
    guard case .object(let members, _) = self else { return [] }
    return members.map(\.key)
  }

  /// The text of a string.
  var string: String? {
    guard case .string(let text) = self else { return nil }
    return text
  }

  /// A string, or every string of an array of strings (nil for anything else).
  var strings: [String]? {
    switch self {
    case .string(let text): return [text]
    case .array(let items):
      let texts = items.compactMap(\.string)
      return texts.count == items.count ? texts : nil
    default: return nil
    }
  }

  /// Parses a whole document.
  static func parse(_ bytes: [UInt8]) throws(TestFileError) -> TestJSON {
    var reader = TestJSONReader(bytes: bytes)
    let value = try reader.value()
    reader.skipSpace()
    guard reader.offset == bytes.count else { throw reader.error("unexpected text after the JSON value") }
    return value
  }
}

/// A small strict JSON reader (RFC 8259) over bytes, for test files.
struct TestJSONReader {
  let bytes: [UInt8]
  var offset = 0
  var depth = 0

  /// An error at the current offset, with its line and column.
  func error(_ message: String) -> TestFileError {
    var line = 1
    var column = 1
    for byte in bytes[..<min(offset, bytes.count)] {
      if byte == 0x0A {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
    }
    return TestFileError("line \(line), column \(column): \(message)")
  }

  mutating func skipSpace() {
    while offset < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[offset]) { offset += 1 }
  }

  mutating func value() throws(TestFileError) -> TestJSON {
    skipSpace()
    guard offset < bytes.count else { throw error("expected a value, found the end of the file") }
    switch bytes[offset] {
    case UInt8(ascii: "{"): return try object()
    case UInt8(ascii: "["): return try array()
    case UInt8(ascii: "\""): return .string(try string())
    case UInt8(ascii: "t"): return try literal("true", .bool(true))
    case UInt8(ascii: "f"): return try literal("false", .bool(false))
    case UInt8(ascii: "n"): return try literal("null", .null)
    default: return try number()
    }
  }

  private mutating func nest() throws(TestFileError) {
    depth += 1
    guard depth <= 64 else { throw error("arrays and objects nest deeper than 64 levels") }
  }

  private mutating func object() throws(TestFileError) -> TestJSON {
    let start = offset
    try nest()
    defer { depth -= 1 }
    offset += 1
    var members: [(key: String, value: TestJSON)] = []
    skipSpace()
    if offset < bytes.count, bytes[offset] == UInt8(ascii: "}") {
      offset += 1
      return .object([], bytes: start..<offset)
    }
    while true {
      skipSpace()
      guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else { throw error("expected a key in quotes") }
      let key = try string()
      guard !members.contains(where: { $0.key == key }) else { throw error("the key \"\(key)\" is given twice") }
      skipSpace()
      guard offset < bytes.count, bytes[offset] == UInt8(ascii: ":") else { throw error("expected ':' after the key") }
      offset += 1
      members.append((key, try value()))
      skipSpace()
      guard offset < bytes.count else { throw error("the object is not closed") }
      if bytes[offset] == UInt8(ascii: ",") {
        offset += 1
        continue
      }
      guard bytes[offset] == UInt8(ascii: "}") else { throw error("expected ',' or '}' in the object") }
      offset += 1
      return .object(members, bytes: start..<offset)
    }
  }

  private mutating func array() throws(TestFileError) -> TestJSON {
    try nest()
    defer { depth -= 1 }
    offset += 1
    var items: [TestJSON] = []
    skipSpace()
    if offset < bytes.count, bytes[offset] == UInt8(ascii: "]") {
      offset += 1
      return .array([])
    }
    while true {
      items.append(try value())
      skipSpace()
      guard offset < bytes.count else { throw error("the array is not closed") }
      if bytes[offset] == UInt8(ascii: ",") {
        offset += 1
        continue
      }
      guard bytes[offset] == UInt8(ascii: "]") else { throw error("expected ',' or ']' in the array") }
      offset += 1
      return .array(items)
    }
  }

  private mutating func string() throws(TestFileError) -> String {
    offset += 1
    var scalars = String.UnicodeScalarView()
    var run = offset
    func flush(_ reader: TestJSONReader, _ end: Int) {
      scalars.append(contentsOf: String(decoding: reader.bytes[run..<end], as: UTF8.self).unicodeScalars)
    }
    while offset < bytes.count {
      let byte = bytes[offset]
      if byte == UInt8(ascii: "\"") {
        flush(self, offset)
        offset += 1
        return String(scalars)
      }
      guard byte >= 0x20 else { throw error("a control character in a string") }
      guard byte == UInt8(ascii: "\\") else {
        offset += 1
        continue
      }
      flush(self, offset)
      offset += 1
      guard offset < bytes.count else { break }
      let escaped = bytes[offset]
      offset += 1
      switch escaped {
      case UInt8(ascii: "n"): scalars.append("\n")
      case UInt8(ascii: "t"): scalars.append("\t")
      case UInt8(ascii: "r"): scalars.append("\r")
      case UInt8(ascii: "b"): scalars.append("\u{08}")
      case UInt8(ascii: "f"): scalars.append("\u{0C}")
      case UInt8(ascii: "u"): scalars.append(try unicodeEscape())
      case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scalars.append(Unicode.Scalar(escaped))
      default: throw error("an unknown escape in a string")
      }
      run = offset
    }
    throw error("the string is not closed")
  }

  /// The scalar of `\uXXXX` (a surrogate pair as one), the `\u` already read.
  private mutating func unicodeEscape() throws(TestFileError) -> Unicode.Scalar {
    func hex(_ reader: inout TestJSONReader) throws(TestFileError) -> UInt32 {
      guard reader.offset + 4 <= reader.bytes.count,
        let value = UInt32(String(decoding: reader.bytes[reader.offset..<reader.offset + 4], as: UTF8.self), radix: 16)
      else { throw reader.error("expected four hex digits after \\u") }
      reader.offset += 4
      return value
    }
    let first = try hex(&self)
    if (0xD800..<0xDC00).contains(first), offset + 2 <= bytes.count, bytes[offset] == UInt8(ascii: "\\"),
      bytes[offset + 1] == UInt8(ascii: "u")
    {
      offset += 2
      let second = try hex(&self)
      if (0xDC00..<0xE000).contains(second),
        let scalar = Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))
      {
        return scalar
      }
    }
    guard let scalar = Unicode.Scalar(first) else { throw error("a lone surrogate in a string") }
    return scalar
  }

  private mutating func number() throws(TestFileError) -> TestJSON {
    let start = offset
    while offset < bytes.count, "+-.0123456789eE".utf8.contains(bytes[offset]) { offset += 1 }
    guard offset > start else { throw error("expected a value") }
    return .number(String(decoding: bytes[start..<offset], as: UTF8.self))
  }

  private mutating func literal(_ word: String, _ value: TestJSON) throws(TestFileError) -> TestJSON {
    guard bytes[offset...].starts(with: word.utf8) else { throw error("expected a value") }
    offset += word.utf8.count
    return value
  }
}
