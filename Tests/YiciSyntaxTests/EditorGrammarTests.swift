import Foundation
import Testing
import YiciSyntax
import YiciTestSupport

/// The editor grammar (`grammar/yici.tmLanguage.json`, and its copy in the VS Code extension
/// `grammar/vscode/syntaxes/`) is what `TextMateGrammar` makes from the keyword table, so the
/// two cannot drift; its keyword patterns find Chinese keywords without `\b`.
///
/// Re-record with `YICI_RECORD=1 swift test --filter EditorGrammarTests` after a keyword
/// change, and review the diff.
@Suite struct EditorGrammarTests {
  static let copies = ["grammar/yici.tmLanguage.json", "grammar/vscode/syntaxes/yici.tmLanguage.json"]

  @Test(arguments: copies)
  func theGrammarIsMadeFromTheKeywordTable(_ path: String) {
    Repository.expectGolden(TextMateGrammar.json, at: Repository.path(path))
  }

  @Test func theGrammarIsJSONAndUsesNoWordBoundary() throws {
    let data = Data(TextMateGrammar.json.utf8)
    let grammar = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(grammar["scopeName"] as? String == "source.yici")
    #expect(!TextMateGrammar.json.contains("\\\\b"), "\\b does not fire between CJK characters")
  }

  /// The ranges a role's pattern finds in a line, as the texts found.
  static func found(_ role: TextMateGrammar.Role, in line: String) throws -> [String] {
    let pattern = TextMateGrammar.pattern(TextMateGrammar.spellings(of: role))
    let expression = try NSRegularExpression(pattern: pattern)
    let range = NSRange(line.startIndex..., in: line)
    return expression.matches(in: line, range: range).compactMap { Range($0.range, in: line).map { String(line[$0]) } }
  }

  @Test func chineseKeywordsAreFoundBetweenNamesOnlyWhenSpaced() throws {
    #expect(try Self.found(.attribute, in: "原件 当 经营面积 > 100") == ["原件", "当"])
    #expect(try Self.found(.attribute, in: "原件 当经营面积") == ["原件"], "当经营面积 is one name")
    #expect(try Self.found(.logical, in: "甲 或 乙 且 非 丙 属于 (a)") == ["或", "且", "非", "属于"])
    #expect(try Self.found(.logical, in: "或者 且慢") == [])
    #expect(try Self.found(.attribute, in: "承诺件") == ["承诺件"])
    #expect(try Self.found(.block, in: "受理条件 { 不计入时限 {") == ["受理条件", "不计入时限"])
    #expect(try Self.found(.attribute, in: "at  most 2 only if credit") == ["at  most", "only if"])
    #expect(
      try Self.found(.attribute, in: "法定 20 个工作日  warning 2 working days before") == [
        "法定", "个工作日", "warning", "working days", "before",
      ])
  }

  @Test func everyKeywordIsFound() throws {
    for keyword in Keyword.allCases {
      let role = TextMateGrammar.role(of: keyword)
      for spelling in [keyword.spellings.english, keyword.spellings.chinese] {
        #expect(try Self.found(role, in: "x \(spelling) y") == [spelling], "\(keyword) '\(spelling)'")
      }
    }
  }
}

extension EditorGrammarTests {
  @Test func theVSCodeExtensionNamesWhatItShips() throws {
    let folder = "grammar/vscode"
    let data = try #require(FileManager.default.contents(atPath: Repository.path("\(folder)/package.json")))
    let package = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let contributes = try #require(package["contributes"] as? [String: Any])
    let language = try #require((contributes["languages"] as? [[String: Any]])?.first)
    #expect(language["id"] as? String == "yici")
    #expect(language["extensions"] as? [String] == [".yici"])
    let grammar = try #require((contributes["grammars"] as? [[String: Any]])?.first)
    #expect(grammar["scopeName"] as? String == "source.yici")
    for relative in [language["configuration"], grammar["path"], package["main"]].compactMap({ $0 as? String }) {
      #expect(FileManager.default.fileExists(atPath: Repository.path("\(folder)/\(relative)")), "\(relative)")
    }
    let settings = try #require((contributes["configuration"] as? [String: Any])?["properties"] as? [String: Any])
    #expect((settings["yici.server.arguments"] as? [String: Any])?["default"] as? [String] == ["lsp"])
  }
}
