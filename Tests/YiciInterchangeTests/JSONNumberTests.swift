import Testing
import Yici
import YiciSemantics

@testable import YiciInterchange

/// Numbers in applications are read exactly, on the quick path (plain decimals) and the
/// careful one (signs, exponents, long or odd forms) alike.
@Suite struct JSONNumberTests {
  static func read(_ text: String) -> (ExactDecimal?, rest: Int) {
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { buffer in
      var reader = JSONReader(buffer)
      let number = try? reader.readNumber()
      return (number, buffer.count - reader.position)
    }
  }

  @Test(arguments: [
    ("0", "0"), ("7", "7"), ("222.6", "222.6"), ("10.25", "10.25"), ("0.5", "0.5"), ("12.50", "12.50"),
    ("-3.5", "-3.5"), ("1e2", "100"), ("2.5E-1", "0.25"), ("007", "7"), ("5.", "5"),
    ("123456789012345", "123456789012345"), ("1234567890123456", "1234567890123456"),
    ("123456789012345678", "123456789012345678"),
  ])
  func numbersAreReadExactly(text: String, expected: String) {
    let (number, rest) = Self.read(text)
    #expect(number == ExactDecimal(expected), "\(text)")
    #expect(rest == 0, "\(text)")
  }

  @Test func aNumberStopsAtTheNextToken() {
    let (number, rest) = Self.read("150,\"seats\":13")
    #expect(number == ExactDecimal(150))
    #expect(rest == 11)
  }

  @Test func tooManyDigitsIsAnError() {
    #expect(Self.read("1234567890123456789").0 == nil)
  }
}
