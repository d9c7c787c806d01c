import Testing
import YiciWeb

/// The form decoder reads what browsers post and refuses the rest with the field's place.
@Suite struct FormDecoderTests {
  static func decode(_ text: String) throws(FormDecoder.Error) -> [String] {
    try FormDecoder.decode(Array(text.utf8)).map { "\($0.name)=\($0.value)" }
  }

  static func error(_ text: String) -> String? {
    do {
      _ = try decode(text)
      return nil
    } catch {
      return error.description
    }
  }

  @Test func fieldsInOrderWithEscapesAndSpaces() throws {
    #expect(try Self.decode("a=1&b=x+y&%3Amaterial=%E9%A3%9F&&c") == ["a=1", "b=x y", ":material=食", "c="])
    #expect(try Self.decode("") == [])
  }

  @Test func badEscapesAndBytesAreErrorsWithTheirOffset() {
    #expect(Self.error("a=1&b=%4") == "form field at byte 4: '%' at byte 6 is not followed by two hex digits")
    #expect(Self.error("a=%FF") == "form field at byte 0: the field is not UTF-8 text once unescaped")
    #expect(Self.error("a=%4") == "form field at byte 0: '%' at byte 2 is not followed by two hex digits")
    let many = Array(repeating: "a=1", count: FormDecoder.maxFields + 1).joined(separator: "&")
    #expect(throws: FormDecoder.Error.self) { try Self.decode(many) }
  }
}
