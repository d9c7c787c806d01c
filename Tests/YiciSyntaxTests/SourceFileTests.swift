import Testing

@testable import YiciSyntax

/// `SourceFile` keeps UTF-8 bytes and a line index; every position is still a scalar
/// offset, so these pin that its answers are those of the array of scalars it replaced.
@Suite struct SourceFileTests {
  /// Text with one-, two-, three- and four-byte scalars, a CRLF line and an empty last line.
  static let text = "事项 a {\r\n  名称 \"é😀x\"\n\n  b: 是否\n"

  @Test func scalarOffsetsMatchTheScalarsOfTheText() {
    let file = SourceFile(path: "t.yici", text: Self.text)
    let scalars = Array(Self.text.unicodeScalars)
    #expect(file.scalarCount == scalars.count)
    #expect(file.scalars == scalars)
    for start in 0...scalars.count {
      for end in start...scalars.count {
        let expected = String(String.UnicodeScalarView(scalars[start..<end]))
        #expect(file.text(in: SourceRange(start: start, end: end)) == expected, "\(start)..<\(end)")
        #expect(file.scalars(in: start..<end) == Array(scalars[start..<end]))
      }
    }
  }

  @Test func linesAndColumnsCountScalars() {
    let file = SourceFile(path: "t.yici", text: Self.text)
    #expect((1...file.lineCount).map(file.startOfLine) == [0, 8, 19, 20, 28])
    #expect(file.line(1) == "事项 a {")
    #expect(file.line(2) == "  名称 \"é😀x\"")
    #expect(file.line(3) == "")
    #expect(file.line(9) == "")
    #expect(file.lineRange(1) == 0..<6)
    #expect(file.lineAndColumn(of: 16) == (2, 9))
    #expect(file.lineAndColumn(of: 27) == (4, 8))
  }

  @Test func bytesThatAreNotUTF8AreRefused() {
    #expect(SourceFile(path: "t.yici", validating: [0x61, 0xE4, 0xB8]) == nil)
    #expect(SourceFile(path: "t.yici", validating: Array("当 a".utf8))?.text == "当 a")
  }

  @Test func validationAgreesWithTheStandardLibrary() {
    // Bytes near the edges of UTF-8's ranges, in random runs (a fixed linear congruential
    // sequence, so every run tries the same).
    let edges: [UInt8] = [
      0x00, 0x0A, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED,
      0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF,
    ]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33) % bound
    }
    for _ in 0..<20_000 {
      let bytes = (0..<next(24)).map { _ in next(3) == 0 ? UInt8(ascii: "a") : edges[next(edges.count)] }
      let file = SourceFile(path: "t.yici", validating: bytes)
      let text = String(validating: bytes, as: UTF8.self)
      #expect((file == nil) == (text == nil), "\(bytes)")
      if let file, let text {
        #expect(file.scalarCount == text.unicodeScalars.count)
        let breaks = text.unicodeScalars.enumerated().filter { $0.element == "\n" }.map { $0.offset + 1 }
        #expect((1...file.lineCount).map(file.startOfLine) == [0] + breaks)
      }
    }
  }

  @Test func keywordWordsAreFoundFromBytes() {
    let words = KeywordWords.shared
    for keyword in Keyword.allCases {
      let english = keyword.spellings.english.split(separator: " ")
      let first = words.number(of: Array(english[0].utf8)[...])
      #expect(words.following(first, keyword)?.count == english.count - 1, "\(keyword)")
      #expect(words.following(words.number(of: keyword.chineseSpelling), keyword) != nil, "\(keyword)")
      #expect(words.primary[Int(first)] == Keyword.lookup(String(english[0])))
    }
    for word in Keyword.allCases.flatMap({
      $0.spellings.english.split(separator: " ").map(String.init) + [$0.chineseSpelling]
    }) {
      #expect(words.texts[Int(words.number(of: word))] == word, "\(word)")
    }
    #expect(words.count < KeywordWords.capacity && KeywordWords.capacity == 65_535)
    #expect(words.number(of: "经营面积") == 0)
    #expect(words.number(of: "basis_x") == 0)
    #expect(words.number(of: "") == 0)
  }
}
