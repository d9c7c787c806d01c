import Foundation
import Testing
import Yici
import YiciSemantics

@testable import YiciInterchange

/// `Application`'s `Codable` form reads and writes numbers exactly, never through `Double`,
/// within the limits and with the errors of the byte decoder.
@Suite struct FactValueCodableTests {
  static func decoded(_ number: String) throws -> FactValue {
    try JSONDecoder().decode(FactValue.self, from: Data(number.utf8))
  }

  /// What the byte decoder reads, or the message of its error.
  static func byteDecoder(_ number: String) -> Result<ExactDecimal, InterchangeError> {
    Array(number.utf8).withUnsafeBufferPointer { bytes in
      var reader = JSONReader(bytes)
      return Result { () throws(InterchangeError) in try reader.readNumber() }
    }
  }

  @Test(arguments: [
    "0.1", "12345678901234567.5", "1e2", "1E+2", "2.5E-1", "-3.75", "0", "-0.0", "100", "1.50", "0.000000000000000001",
    "123456789012345678", "-123456789012345678", "7e17", "5e-3",
  ])
  func numbersKeepTheirExactValue(text: String) throws {
    let expected = try Self.byteDecoder(text).get()
    #expect(try Self.decoded(text) == .number(expected), "\(text)")
  }

  @Test func doublesWouldNotKeepThese() throws {
    #expect(try Self.decoded("12345678901234567.5") == .number(ExactDecimal("12345678901234567.5")!))
    #expect(try Self.decoded("0.1") == .number(ExactDecimal(significand: 1, scale: 1)))
  }

  @Test(arguments: ["1234567890123456789", "1e30", "123456789012345678901234567890", "0.1234567890123456789"])
  func outOfRangeIsTheByteDecodersError(text: String) throws {
    guard case .failure(let expected) = Self.byteDecoder(text) else {
      Issue.record("the byte decoder read \(text)")
      return
    }
    do {
      _ = try Self.decoded(text)
      Issue.record("\(text) was read")
    } catch DecodingError.dataCorrupted(let context) {
      #expect(context.debugDescription == expected.message, "\(text)")
    }
  }

  @Test func anApplicationRoundTripsItsNumbersExactly() throws {
    let text = #"{"service":"s","facts":{"a":0.1,"b":12345678901234567.5,"c":1e2,"d":true,"e":"x","f":null}}"#
    let application = try JSONDecoder().decode(Application.self, from: Data(text.utf8))
    #expect(application.facts["a"] == .number(ExactDecimal("0.1")!))
    #expect(application.facts["b"] == .number(ExactDecimal("12345678901234567.5")!))
    #expect(application.facts["c"] == .number(ExactDecimal(100)))
    let encoded = String(decoding: try JSONEncoder().encode(application), as: UTF8.self)
    #expect(encoded.contains("12345678901234567.5") && encoded.contains("0.1"))
    #expect(try JSONDecoder().decode(Application.self, from: Data(encoded.utf8)) == application)
  }
}
