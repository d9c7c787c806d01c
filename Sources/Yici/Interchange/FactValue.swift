import YiciSemantics

/// A fact's value as the interchange carries it: options and dates travel as text and
/// are read by the fact's declared type when the application is bound.
public enum FactValue: Codable, Sendable, Equatable, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
  ExpressibleByFloatLiteral, ExpressibleByStringLiteral
{
  case bool(Bool)
  /// An exact decimal number.
  case number(ExactDecimal)
  /// Text, an option id or label, or a date as `YYYY-MM-DD`.
  case text(String)
  /// Explicitly unknown.
  case null

  /// `true` / `false`.
  public init(booleanLiteral value: Bool) { self = .bool(value) }
  /// A whole number.
  public init(integerLiteral value: Int) { self = .number(ExactDecimal(value)) }
  /// A decimal literal, read through its shortest decimal text (`24.7` stays 24.7).
  public init(floatLiteral value: Double) {
    self = ExactDecimal("\(value)").map { .number($0) } ?? .null
  }
  /// Text, an option (id or label) or a date.
  public init(stringLiteral value: String) { self = .text(value) }

  /// Reads a JSON boolean, number, string or null.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let value = try? container.decode(Bool.self) {
      self = .bool(value)
    } else if let value = try? container.decode(String.self) {
      self = .text(value)
    } else if let value = try? container.decode(Int64.self) {
      self = .number(ExactDecimal(significand: value))
    } else {
      let value = try container.decode(Double.self)
      guard let exact = ExactDecimal("\(value)") else {
        throw DecodingError.dataCorruptedError(
          in: container, debugDescription: "\(value) is outside the exact decimal range")
      }
      self = .number(exact)
    }
  }

  /// Writes the value as its JSON scalar.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .bool(let value): try container.encode(value)
    case .number(let value):
      if value.scale == 0 {
        try container.encode(value.significand)
      } else {
        try container.encode(Double(value.description)!)
      }
    case .text(let value): try container.encode(value)
    case .null: try container.encodeNil()
    }
  }
}
