import Foundation
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
  /// The options chosen of a multi-select fact (`choices`), by id or label.
  case list([String])
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

  /// Reads a JSON boolean, number, string, list of strings or null. A number keeps its exact decimal value
  /// (it is read as `Decimal`, never as `Double`) and is held to the interchange's limits
  /// with the errors the byte decoder gives (`InterchangeLimits.numberDigits`).
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let value = try? container.decode(Bool.self) {
      self = .bool(value)
    } else if let value = try? container.decode(String.self) {
      self = .text(value)
    } else if let value = try? container.decode([String].self) {
      self = .list(value)
    } else {
      self = .number(try Self.exactNumber(in: container))
    }
  }

  /// A number read exactly: as `Decimal` (JSON decoders read it from its digits), then as
  /// its significand and exponent by the byte decoder's number reader, so that its limits
  /// and their errors are the same. A decoder without decimals gives a whole number.
  private static func exactNumber(in container: any SingleValueDecodingContainer) throws -> ExactDecimal {
    guard let decimal = try? container.decode(Decimal.self) else {
      return ExactDecimal(significand: try container.decode(Int64.self))
    }
    let text = Array("\(decimal.isSignMinus ? "-" : "")\(decimal.significand.magnitude)e\(decimal.exponent)".utf8)
    let read = text.withUnsafeBufferPointer { bytes -> Result<ExactDecimal, InterchangeError> in
      var reader = JSONReader(bytes)
      return Result { () throws(InterchangeError) in try reader.readNumber() }
    }
    switch read {
    case .success(let number): return number
    case .failure(let error):
      throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message)
    }
  }

  /// Writes the value as its JSON scalar; a number with decimals as a `Decimal`, so that a
  /// JSON encoder writes its exact digits.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .bool(let value): try container.encode(value)
    case .number(let value):
      if value.scale == 0 {
        try container.encode(value.significand)
      } else {
        try container.encode(Decimal(string: value.description)!)
      }
    case .text(let value): try container.encode(value)
    case .list(let values): try container.encode(values)
    case .null: try container.encodeNil()
    }
  }
}
