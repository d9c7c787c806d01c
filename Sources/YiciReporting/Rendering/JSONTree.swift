/// A JSON value whose objects keep their keys in the order written: the report's JSON is a
/// documented contract, so its fields come in a fixed order.
package enum JSONTree {
  case object([(String, JSONTree)])
  case array([JSONTree])
  case string(String)
  case int(Int)
  /// A number already written as JSON (`0.6667`).
  case number(String)
  case bool(Bool)
  case null

  /// A string, or null.
  package static func string(_ text: String?) -> JSONTree { text.map { .string($0) } ?? .null }
  /// A whole number, or null.
  package static func int(_ value: Int?) -> JSONTree { value.map { .int($0) } ?? .null }
  /// A yes/no, or null.
  package static func bool(_ value: Bool?) -> JSONTree { value.map { .bool($0) } ?? .null }

  /// The value indented by two spaces a level, as the other commands' JSON is, with a
  /// final newline; non-ASCII text is written as is.
  package var pretty: String {
    var out = ""
    write(into: &out, indent: 0)
    return out + "\n"
  }

  private func write(into out: inout String, indent: Int) {
    let inner = String(repeating: " ", count: indent + 2)
    switch self {
    case .object(let fields):
      guard !fields.isEmpty else {
        out += "{}"
        return
      }
      out += "{\n"
      for (index, (key, value)) in fields.enumerated() {
        out += inner
        Self.quote(key, into: &out)
        out += " : "
        value.write(into: &out, indent: indent + 2)
        out += index == fields.count - 1 ? "\n" : ",\n"
      }
      out += String(repeating: " ", count: indent) + "}"
    case .array(let values):
      guard !values.isEmpty else {
        out += "[]"
        return
      }
      out += "[\n"
      for (index, value) in values.enumerated() {
        out += inner
        value.write(into: &out, indent: indent + 2)
        out += index == values.count - 1 ? "\n" : ",\n"
      }
      out += String(repeating: " ", count: indent) + "]"
    case .string(let text): Self.quote(text, into: &out)
    case .int(let value): out += String(value)
    case .number(let text): out += text
    case .bool(let value): out += value ? "true" : "false"
    case .null: out += "null"
    }
  }

  /// A JSON string literal of `text`: quotes, backslashes and control characters escaped
  /// as RFC 8259 requires (the test report's JSON writes its strings with it too).
  /// `forScript` also escapes `<`, `>`, `&`, U+2028 and U+2029, so that the literal may sit
  /// inside an HTML `<script>` element (the web pages' data).
  package static func quoted(_ text: String, forScript: Bool = false) -> String {
    var out = ""
    quote(text, forScript: forScript, into: &out)
    return out
  }

  /// The characters `forScript` escapes besides those RFC 8259 requires.
  private static let scriptSensitive: Set<Unicode.Scalar> = ["<", ">", "&", "\u{2028}", "\u{2029}"]

  /// Appends `text` as a JSON string literal (see `quoted(_:forScript:)`).
  private static func quote(_ text: String, forScript: Bool = false, into out: inout String) {
    out += "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where scalar.value < 0x20 || (forScript && scriptSensitive.contains(scalar)):
        let hex = String(scalar.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    out += "\""
  }
}
