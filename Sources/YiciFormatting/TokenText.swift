import YiciSyntax

/// How a token is written in canonical layout: ASCII punctuation, strings in ASCII double
/// quotes with `\`, `"`, line breaks and tabs escaped, numbers and dates in ASCII digits.
enum TokenText {
  /// The canonical text of a token (a name as written).
  static func of(_ token: Token) -> String {
    switch token.kind {
    case .string: quoted(token.text)
    case .leftBrace: "{"
    case .rightBrace: "}"
    case .leftParen: "("
    case .rightParen: ")"
    case .comma: ","
    case .semicolon: ";"
    case .colon: ":"
    case .assign: "="
    case .equal: "=="
    case .notEqual: "!="
    case .less: "<"
    case .lessEqual: "<="
    case .greater: ">"
    case .greaterEqual: ">="
    case .plus: "+"
    case .minus: "-"
    case .star: "*"
    case .slash: "/"
    case .percent: "%"
    case .identifier, .number, .date, .invalid, .endOfFile: token.text
    }
  }

  /// A string literal's value in double quotes.
  static func quoted(_ value: String) -> String {
    var text = "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\\": text += "\\\\"
      case "\"": text += "\\\""
      case "\n": text += "\\n"
      case "\t": text += "\\t"
      default: text.unicodeScalars.append(scalar)
      }
    }
    return text + "\""
  }
}
