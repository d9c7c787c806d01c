import Testing
import YiciSyntax

@testable import YiciLanguageServer

/// Positions follow the protocol's UTF-16 encoding: a CJK character is one unit (three
/// bytes of UTF-8, one scalar), a character outside the Basic Multilingual Plane two units
/// (one scalar).
@Suite struct PositionTests {
  let file = SourceFile(path: "t.yici", text: "名称 \"一😀二\" x\nab\r\nc")

  @Test func scalarOffsetsBecomeUTF16Characters() {
    // 名 称 ␠ " 一 😀 二 " ␠ x: x is scalar 9, UTF-16 character 10.
    #expect(Positions.position(of: 9, in: file) == ["line": 0, "character": 10])
    #expect(Positions.position(of: 6, in: file) == ["line": 0, "character": 7])
    #expect(Positions.position(of: 11, in: file) == ["line": 1, "character": 0])
  }

  @Test func utf16CharactersBecomeScalarOffsets() {
    #expect(Positions.offset(of: ["line": 0, "character": 10], in: file) == 9)
    // Inside the surrogate pair: the pair's scalar.
    #expect(Positions.offset(of: ["line": 0, "character": 6], in: file) == 5)
    // Past the end of a line (before its \r\n): the line's end.
    #expect(Positions.offset(of: ["line": 1, "character": 40], in: file) == 13)
    // Past the last line: the end of the file.
    #expect(Positions.offset(of: ["line": 9, "character": 0], in: file) == file.scalarCount)
    #expect(Positions.offset(of: ["line": -1, "character": 0], in: file) == nil)
  }

  @Test func roundTripsEveryOffset() {
    for offset in 0...file.scalarCount {
      let position = Positions.position(of: offset, in: file)
      let back = Positions.offset(of: position, in: file)
      // The \r of a line break is not addressable: it maps to the line's end.
      #expect(back == offset || file.text(in: .init(start: offset, end: offset + 1)) == "\r" || back == offset - 1)
    }
  }
}
