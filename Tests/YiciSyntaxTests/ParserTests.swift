import Testing

@testable import YiciSyntax

@Suite struct ParserTests {
  func parse(_ text: String) -> (file: RuleFile, diagnostics: [Diagnostic]) {
    Parser.parse(SourceFile(path: "t.yici", text: text))
  }

  @Test func englishServiceParses() throws {
    let (file, diagnostics) = parse(
      """
      service demo {
        basis "Rule 0"
        name "Demo" en "Demo"
        promised
        visits 1
        facts {
          area: number(m2) "area" ask "How large?"
          credit: options(good "良好", bad)
          let big = area >= 100 and credit == good
        }
        conditions {
          ok: credit != bad otherwise "no" basis "law"
        }
        materials {
          form: "Form" original 2 份 when big waivable basis "law"
          proof: "Proof" any(a, b) shared source library
        }
        waiver { at most 2; only if credit == good; letter "I promise" }
      }
      """)
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
    guard case .service(let service) = try #require(file.declarations.first) else {
      Issue.record("expected a service")
      return
    }
    #expect(service.id.name == "demo")
    #expect(service.header.map(\.keyword) == [.basis, .name, .promised, .visits])
    #expect(service.facts.map(\.id.name) == ["area", "credit", "big"])
    #expect(service.conditions.first?.reason?.value == "no")
    #expect(service.materials[0].copies == 2 && service.materials[0].form == .original && service.materials[0].waivable)
    #expect(service.materials[1].alternatives.map(\.name) == ["a", "b"] && service.materials[1].sourceIsLibrary)
    #expect(service.waivers.first?.atMost?.value == "2")
    #expect(file.language == .english)
  }

  @Test func chineseServiceParses() throws {
    let (file, diagnostics) = parse(
      """
      事项 示例 {
        依据 "《条例》第一条"
        名称 "示例"
        信息 { 面积: 数值（平方米） 问 "面积？" }
        受理条件 { 面积够: 面积 >= 10 否则 "面积不足" 依据 "某法" }
        材料 { 申请书: "申请书" 原件 1份 当 面积 > 20 可容缺 依据 "某法" }
        容缺 { 最多 1；仅当 面积 > 0；承诺书 "承诺" }
      }
      """)
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
    #expect(file.language == .chinese)
  }

  @Test func recoversAndReportsEveryError() {
    let (file, diagnostics) = parse(
      """
      service s {
        basis "Rule 0"
        name "S"
        facts {
          a: numbr
          b: bool
          c: options(x, y
        }
        conditions {
          one: a >= ;
          two: b otherwise "fine"
        }
      }
      service t { name "T" }
      """)
    #expect(diagnostics.count == 3, "\(diagnostics.map(\.message))")
    #expect(diagnostics.allSatisfy { $0.code == .unexpectedToken })
    #expect(file.declarations.count == 2)
  }

  @Test func mixedKeywordLanguagesWarn() {
    let (_, diagnostics) = parse("事项 s { name \"S\" }")
    #expect(diagnostics.map(\.code) == [.mixedKeywordLanguages])
    #expect(diagnostics.first?.help == "write '名称'")
  }

  @Test func unclosedBlockPointsAtTheBrace() {
    let (_, diagnostics) = parse("service s {\n  name \"S\"\n")
    #expect(diagnostics.map(\.code) == [.unclosedBlock])
    #expect(diagnostics.first?.span.start.line == 1)
  }

  @Test func singleEqualsGetsHelp() {
    let (_, diagnostics) = parse("service s { conditions { c: a = 1 } }")
    #expect(diagnostics.first?.help == "write '==' to compare")
  }

  @Test func aMissingSpaceAfterAChineseKeywordGetsAHint() {
    let (_, diagnostics) = parse("事项 s { 名称 \"S\" 材料 { 表: \"表\" 原件 当面积 > 20 } }")
    #expect(diagnostics.first?.help == "put a space after '当': '当 面积'")
  }
}
