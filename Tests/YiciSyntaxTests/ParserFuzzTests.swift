import Foundation
import PropertyBased
import Testing
import YiciTestSupport

@testable import YiciSyntax

/// Every corpus file doubles as a fuzz seed: deleting any token, or swapping it with the
/// next, never crashes the parser, and breaking the structure always yields a diagnostic.
@Suite struct ParserFuzzTests {
  static let root = Repository.root

  static var corpus: [String] {
    var paths: [String] = []
    for folder in ["rules", "examples", "Tests/YiciTests/Golden"] {
      let base = root.appendingPathComponent(folder).path
      let names = (FileManager.default.enumerator(atPath: base)?.allObjects as? [String]) ?? []
      paths += names.filter { $0.hasSuffix(".yici") }.sorted().map { "\(base)/\($0)" }
    }
    return paths
  }

  static func mutate(_ path: String, _ body: (_ mutated: String, _ removed: Token) -> Void) throws {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let file = SourceFile(path: path, text: text)
    var lexer = Lexer(file: file)
    let tokens = lexer.tokenize().dropLast()
    let scalars = file.scalars
    func splice(_ range: SourceRange, _ replacement: String) -> String {
      String(String.UnicodeScalarView(scalars[..<range.start])) + replacement
        + String(String.UnicodeScalarView(scalars[range.end...]))
    }
    for token in tokens {
      body(splice(token.range, " "), token)
    }
  }

  @Test(arguments: corpus)
  func deletingAnyTokenNeverCrashes(_ path: String) throws {
    try Self.mutate(path) { mutated, removed in
      let (_, diagnostics) = Parser.parse(SourceFile(path: path, text: mutated))
      let structural: [TokenKind] = [.leftBrace, .rightBrace, .leftParen, .rightParen, .colon, .assign]
      if structural.contains(removed.kind) {
        #expect(!diagnostics.isEmpty, "deleting \(removed.text) at \(removed.range.start) gave no diagnostic")
      }
    }
  }

  @Test(arguments: corpus)
  func swappingAdjacentTokensNeverCrashes(_ path: String) throws {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let file = SourceFile(path: path, text: text)
    var lexer = Lexer(file: file)
    let tokens = Array(lexer.tokenize().dropLast())
    for index in tokens.indices.dropLast() {
      let (a, b) = (tokens[index], tokens[index + 1])
      let s = file.scalars
      let mutated =
        String(String.UnicodeScalarView(s[..<a.range.start])) + file.text(in: b.range) + " "
        + file.text(in: a.range) + String(String.UnicodeScalarView(s[b.range.end...]))
      _ = Parser.parse(SourceFile(path: path, text: mutated))
    }
  }

  @Test func randomTextNeverCrashes() async {
    let alphabet = Array("service facts{}():,;=<>!\"# 事项信息材料当且或非 abc 12.5 2025-10-01 \n")
    await propertyCheck(count: 300, input: Gen.int(in: 0...(alphabet.count - 1)).array(of: 0...80)) { indices in
      let text = String(indices.map { alphabet[$0] })
      _ = Parser.parse(SourceFile(path: "random.yici", text: text))
    }
  }
}
