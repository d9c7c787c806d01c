import Testing
import YiciFormatting
import YiciTestSupport

@testable import YiciSyntax

/// `yici fmt` over every rule file of the repository that parses (rules/, examples/, the
/// golden corpora) and over random mutations of them: the output is a fixed point, says what
/// the input says (the same syntax tree, without positions), keeps every comment, and the
/// same holds when the keywords are rewritten into either language.
@Suite struct FormatterPropertyTests {
  /// Every `.yici` file of the corpus, relative to the repository.
  static let corpus: [String] = ["rules", "examples", "Tests"].flatMap { folder in
    Repository.files(in: folder, withSuffix: ".yici").map { String($0.dropFirst(Repository.root.path.count + 1)) }
  }

  /// The source, or nil when it has syntax errors (nothing to format).
  static func parsing(_ text: String, path: String) -> SourceFile? {
    let source = SourceFile(path: path, text: text)
    return Parser.parse(source).diagnostics.contains { $0.severity == .error } ? nil : source
  }

  /// Checks the properties on one source; returns how many checks ran.
  static func expectFormatsFaithfully(_ source: SourceFile, _ context: String) throws {
    let tree = Parser.parse(source).file.structure
    let comments = source.text.split(separator: "\n").filter { $0.contains("#") || $0.contains("//") }.count
    for keywords in [nil, KeywordLanguage.chinese, .english] {
      let formatted = try Formatter.format(source, keywords: keywords)
      let output = SourceFile(path: source.path, text: formatted)
      #expect(Parser.parse(output).file.structure == tree, "\(context): formatting changes the tree")
      #expect(try Formatter.format(output, keywords: keywords) == formatted, "\(context): not idempotent")
      let kept = formatted.split(separator: "\n").filter { $0.contains("#") || $0.contains("//") }.count
      #expect(kept >= comments, "\(context): a comment was dropped")
    }
  }

  @Test func corpusIsLargeEnough() {
    #expect(Self.corpus.count >= 40)
    #expect(Self.corpus.contains("rules/services/food_business_license.yici"))
  }

  @Test(arguments: corpus)
  func everyCorpusFileFormatsFaithfully(_ path: String) throws {
    guard let text = Repository.read(Repository.path(path)), let source = Self.parsing(text, path: path) else { return }
    try Self.expectFormatsFaithfully(source, path)
  }

  @Test func theBundledRulesAreFormatted() throws {
    for path in Self.corpus where path.hasPrefix("rules/") {
      let text = try #require(Repository.read(Repository.path(path)))
      #expect(try Formatter.format(SourceFile(path: path, text: text)) == text, "\(path): run `yici fmt -w rules`")
    }
  }

  @Test func mutationsOfTheCorpusFormatFaithfully() async throws {
    try await withSeededRandom(0xF0_2A7) { random in
      var checked = 0
      let files = Self.corpus.compactMap { path in Repository.read(Repository.path(path)).map { (path, $0) } }
      for round in 0..<400 {
        let (path, text) = files[random.next(files.count)]
        let mutated = Mutation.apply(to: text, random: &random)
        guard let source = Self.parsing(mutated.text, path: path) else { continue }
        try Self.expectFormatsFaithfully(source, "\(path) after \(mutated.name) (round \(round))")
        checked += 1
      }
      #expect(checked >= 100, "too few mutations parse: \(checked)")
    }
  }
}
