import Testing
import Yici
import YiciSyntax

/// The rule-file limits and the walks that must stay linear (issue: no input crashes or
/// hangs): every case here once overflowed the stack or ran for hours.
@Suite struct SourceLimitTests {
  /// A service whose facts and one condition are given.
  static func service(facts: String, condition: String) -> String {
    """
    service demo {
      basis "Rule 0"
      name "Demo"
      facts {
    \(facts)
      }
      conditions {
        c: \(condition) otherwise "no" basis "Rule 1"
      }
      materials { form: "Form" basis "Rule 2" }
    }
    """
  }

  static func codes(_ text: String) -> [String] {
    RuleSet(text: text).diagnostics.map(\.code.rawValue)
  }

  func decide(_ rules: RuleSet, _ facts: [String: FactValue]) throws -> Decision {
    try rules.decide(
      Application(service: "demo", date: CivilDate(iso: "2025-03-03"), facts: facts, materials: ["form"]))
  }

  @Test(arguments: [
    String(repeating: "(", count: 7_900) + "x" + String(repeating: ")", count: 7_900),
    String(repeating: "not ", count: 7_000) + "x",
    String(repeating: "-", count: 7_000) + "n > 1",
    Array(repeating: "x", count: 6_800).joined(separator: " and "),
    Array(repeating: "n", count: 6_800).joined(separator: " + ") + " > 1",
    "x in (" + Array(repeating: "(((", count: 3_000).joined() + "true",
  ])
  func deepOrLongExpressionsAreOneLocatedError(_ condition: String) {
    let text = Self.service(facts: "x: bool ask \"x?\"\nn: number ask \"n?\"", condition: condition)
    let diagnostics = RuleSet(text: text).diagnostics
    #expect(diagnostics.contains { $0.code == .limitExceeded })
    #expect(diagnostics.count <= 3)
  }

  @Test func aChainUpToTheOperandLimitIsOneLevelAndDecides() throws {
    let condition = Array(repeating: "x", count: 999).joined(separator: " and ") + " and not y"
    let sum = Array(repeating: "n", count: 999).joined(separator: " + ") + " > 998"
    let text = Self.service(
      facts: "x: bool ask \"x?\"\ny: bool ask \"y?\"\nn: number ask \"n?\"\nlet big = \(sum)", condition: condition)
    let rules = RuleSet(text: text)
    #expect(rules.diagnostics.isEmpty, "\(rules.diagnostics.map(\.message))")
    #expect(try decide(rules, ["x": true, "y": false]).outcome == .accepted)
    #expect(try decide(rules, ["x": true, "y": true]).outcome == .rejected)
    #expect(try decide(rules, ["x": true]).questions.map(\.fact) == ["y"])
    #expect(try decide(rules, ["x": false]).outcome == .rejected)
  }

  @Test func aLongDerivedChainInReverseOrderChecksAndDecides() throws {
    let n = 5_000
    let lets = (0..<n).reversed().map { $0 == 0 ? "let f0 = x" : "let f\($0) = f\($0 - 1)" }
    let rules = RuleSet(
      text: Self.service(facts: (["x: bool ask \"x?\""] + lets).joined(separator: "\n"), condition: "f\(n - 1)"))
    #expect(rules.diagnostics.isEmpty)
    #expect(try decide(rules, [:]).questions.map(\.fact) == ["x"])
    #expect(try decide(rules, ["x": true]).outcome == .accepted)
  }

  @Test func aLongCycleIsOneDiagnosticNamingAFewOfItsFacts() throws {
    let n = 5_000
    let lets = (0..<n).map { "let f\($0) = f\(($0 + 1) % n)" }
    let diagnostics = RuleSet(text: Self.service(facts: lets.joined(separator: "\n"), condition: "f0")).diagnostics
    let cycles = diagnostics.filter { $0.code == .derivedFactCycle }
    #expect(cycles.count == 1)
    #expect(cycles.first?.message.hasSuffix("(5000 facts in all)") == true)
    #expect((cycles.first?.notes.count ?? 0) < 20)
  }

  @Test func sharedDerivedFactsAreFollowedOnce() throws {
    // let f_i = f_{i-1} and f_{i-1}: a walk without memory costs 2^40 steps here.
    let lets = (0..<40).map { $0 == 0 ? "let f0 = x" : "let f\($0) = f\($0 - 1) and f\($0 - 1)" }
    let rules = RuleSet(
      text: Self.service(facts: (["x: bool ask \"x?\""] + lets).joined(separator: "\n"), condition: "f39"))
    #expect(rules.diagnostics.isEmpty)
    #expect(try decide(rules, [:]).questions.map(\.fact) == ["x"])
  }

  @Test func aFileOverTheSizeLimitIsOneDiagnostic() {
    let file = SourceFile(path: "big.yici", oversized: SourceLimits.fileBytes + 1)
    let rules = RuleSet(sources: [file])
    #expect(rules.diagnostics.map(\.code) == [.limitExceeded])
  }

  @Test func aLongRunOfBadCharactersIsOneDiagnosticWithAShortExcerpt() {
    let text = Self.service(facts: "x: bool ask \"x?\"", condition: "x") + String(repeating: "@", count: 10_000)
    let diagnostics = RuleSet(text: text).diagnostics
    #expect(diagnostics.map(\.code) == [.unexpectedCharacter])
    #expect(DiagnosticRenderer().render(diagnostics).utf8.count < 2_000)
  }

  @Test func manyUnknownNamesAreCappedAndCheap() {
    let facts = (0..<4_000).map { "f\($0): bool ask \"?\"" }.joined(separator: "\n")
    let conditions = (0..<4_000).map { "c\($0): g\($0) otherwise \"no\" basis \"R\"" }.joined(separator: "\n")
    let text = "service demo {\n name \"Demo\"\n facts {\n\(facts)\n }\n conditions {\n\(conditions)\n }\n}\n"
    let diagnostics = RuleSet(text: text).diagnostics
    #expect(diagnostics.count == SourceLimits.diagnosticsPerFile + 1)
    #expect(diagnostics.last?.code == .limitExceeded || diagnostics.contains { $0.code == .limitExceeded })
  }

  @Test func aHugeUnknownNameIsQuotedShort() {
    let name = String(repeating: "z", count: 1 << 20)
    let diagnostics = RuleSet(text: Self.service(facts: "x: bool ask \"x?\"", condition: name)).diagnostics
    #expect(!diagnostics.isEmpty)
    #expect(DiagnosticRenderer().render(diagnostics).utf8.count < 4_000)
  }

  @Test func anOverlongSupplementPeriodIsAnErrorNotAnOverflow() {
    let text = """
      service demo {
        basis "Rule 0"
        name "Demo"
        materials { plan: "Plan" waivable basis "R" }
        waiver { at most 1 }
        time limits {
          statutory 20 working days basis "R"
          promised 10 working days
          supplement 1317624576693539401 days
        }
      }
      """
    #expect(Self.codes(text).contains("E0217"))
  }
}
