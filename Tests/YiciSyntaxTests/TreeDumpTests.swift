import Testing
import YiciTestSupport

@testable import YiciSyntax

/// The parser's trees, dumped with source ranges and compared with golden dumps: a bundled
/// service, a file in Chinese keywords, every form of expression, and a file with parse
/// errors (the dump shows what was recovered and what was reported).
///
/// Re-record with `YICI_RECORD=1 swift test --filter TreeDumpTests` and review the diff.
@Suite struct TreeDumpTests {
  /// The inputs, relative to the repository, with where their dumps are kept.
  static let cases: [(input: String, golden: String)] =
    ["bundle", "chinese", "expressions", "recovery", "guide"].map {
      ("Tests/YiciSyntaxTests/Golden/tree/\($0).yici", "Tests/YiciSyntaxTests/Golden/tree/\($0).tree")
    } + [
      (
        "rules/services/individual_business_registration.yici",
        "Tests/YiciSyntaxTests/Golden/tree/bundled/individual_business_registration.tree"
      )
    ]

  @Test(arguments: cases.map(\.input))
  func dumpMatchesItsGolden(_ input: String) throws {
    let golden = try #require(Self.cases.first { $0.input == input }).golden
    let text = try #require(Repository.read(Repository.path(input)), "cannot read \(input)")
    let parsed = Parser.parse(SourceFile(path: input, text: text))
    Repository.expectGolden(
      parsed.file.treeDescription(diagnostics: parsed.diagnostics), at: Repository.path(golden))
  }

  @Test func rangesAreLineColumnPairsAndChainsAreOneLevelDeep() {
    let source = SourceFile(path: "t.yici", text: "service s {\n  conditions { c: a and b and c }\n}\n")
    let dump = Parser.parse(source).file.treeDescription()
    #expect(
      dump == """
        RuleFile t.yici language=english
          Service s @1:1-3:2
            Condition c @2:16-2:32
              Chain and @2:19-2:32
                Name a @2:19-2:20
                and Name b @2:25-2:26
                and Name c @2:31-2:32

        """)
  }
}
