/// Reads a posted HTML form (`application/x-www-form-urlencoded`, or a query string) into
/// its fields, in order: `name=value` pairs joined by `&`, `+` for a space, `%XX` for a byte.
///
/// The body comes from anyone on the network: a malformed escape, bytes that are not UTF-8
/// once unescaped, too many fields or too long a field is an error naming the field's place
/// (its byte offset), never a crash or a silent guess.
public enum FormDecoder {
  /// The most fields one form may post.
  public static let maxFields = 2000
  /// The most bytes one field's name or value may take, unescaped.
  public static let maxFieldBytes = 65_536

  /// Why a form could not be read.
  public struct Error: Swift.Error, Equatable, CustomStringConvertible {
    /// The byte offset in the body where the bad field starts.
    public var offset: Int
    /// What is wrong.
    public var message: String

    /// `form field at byte N: …`.
    public var description: String { "form field at byte \(offset): \(message)" }
  }

  /// The fields of a form body, in the order posted; a field without `=` has an empty value
  /// and empty pieces (`a=1&&b=2`) are skipped.
  public static func decode(_ body: [UInt8]) throws(Error) -> [(name: String, value: String)] {
    var fields: [(name: String, value: String)] = []
    var start = 0
    while start <= body.count {
      var end = start
      while end < body.count && body[end] != UInt8(ascii: "&") { end += 1 }
      if end > start {
        if fields.count == maxFields {
          throw Error(offset: start, message: "more than \(maxFields) fields in one form")
        }
        var equals = start
        while equals < end && body[equals] != UInt8(ascii: "=") { equals += 1 }
        let name = try unescape(body, start, equals, offset: start)
        let value = equals < end ? try unescape(body, equals + 1, end, offset: start) : ""
        fields.append((name, value))
      }
      start = end + 1
    }
    return fields
  }

  /// The bytes `from..<to` unescaped as UTF-8 text.
  static func unescape(_ body: [UInt8], _ from: Int, _ to: Int, offset: Int) throws(Error) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(to - from)
    var index = from
    while index < to {
      let byte = body[index]
      if byte == UInt8(ascii: "+") {
        bytes.append(0x20)
      } else if byte == UInt8(ascii: "%") {
        guard index + 2 < to, let high = hexValue(body[index + 1]), let low = hexValue(body[index + 2])
        else {
          throw Error(offset: offset, message: "'%' at byte \(index) is not followed by two hex digits")
        }
        bytes.append(high << 4 | low)
        index += 2
      } else {
        bytes.append(byte)
      }
      if bytes.count > maxFieldBytes {
        throw Error(offset: offset, message: "a name or value longer than \(maxFieldBytes) bytes")
      }
      index += 1
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw Error(offset: offset, message: "the field is not UTF-8 text once unescaped")
    }
    return text
  }

  static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
  }
}
