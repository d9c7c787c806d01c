import Testing
import YiciSyntax
import YiciTestSupport

/// Every keyword's spellings, what each spelling looks up to and which language it counts
/// as, pinned in `Golden/keywords.txt`: a change to the table shows as a diff there.
@Suite struct KeywordTests {
  @Test func theSpellingTableIsPinned() {
    var lines: [String] = []
    for keyword in Keyword.allCases {
      let english = keyword.spelling(in: .english)
      let chinese = keyword.spelling(in: .chinese)
      let looked = [keyword.englishSpelling, chinese].map { Keyword.lookup($0).map { "\($0)" } ?? "-" }
      let languages = [keyword.englishSpelling, chinese].map { Keyword.language(of: $0).map(\.rawValue) ?? "shared" }
      lines.append(
        "\(keyword)\t\(english)\t\(chinese)\tlookup \(looked.joined(separator: " "))"
          + "\tlanguage \(languages.joined(separator: " "))")
    }
    lines.append("chinese prefixes: \(Keyword.chinesePrefixes.joined(separator: " "))")
    Repository.expectGolden(
      lines.joined(separator: "\n") + "\n", at: Repository.path("Tests/YiciSyntaxTests/Golden/keywords.txt"))
  }

  @Test func everyKeywordHasTwoSpellingsAndOnlyTheSharedOnesAgree() {
    for keyword in Keyword.allCases {
      let (english, chinese) = keyword.spellings
      #expect(!english.isEmpty && !chinese.isEmpty)
      #expect((english == chinese) == [.copiesSuffix, .english].contains(keyword), "\(keyword)")
    }
  }
}
