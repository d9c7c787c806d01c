import Testing
import Yici
import YiciSemantics
import YiciTestSupport

/// 公民身份号码 (GB 11643) and 统一社会信用代码 (GB 32100): the standards' own examples pass,
/// and every one-character change of a valid identifier fails (a check character catches
/// every single substitution).
@Suite struct IdentifierCheckTests {
  @Test(arguments: [
    ("11010519491231002X", true), ("11010519491231002x", true), ("110105194912310021", false),
    ("11010519491331002X", false), ("11010519490230002X", false), ("1101051949123100", false),
    ("11010519491231002X ", false), ("１１010519491231002X", false), ("440301199003071230", true),
  ])
  func idNumbers(text: String, valid: Bool) {
    #expect(IdentifierCheck.idNumber.accepts(text) == valid, "\(text)")
  }

  @Test(arguments: [
    ("91350100M000100Y43", true), ("91110000600037341L", true), ("91350100M000100Y44", false),
    ("91350100M000100YO3", false), ("9135010AM000100Y43", false), ("91350100M000100Y4", false),
  ])
  func creditCodes(text: String, valid: Bool) {
    #expect(IdentifierCheck.creditCode.accepts(text) == valid, "\(text)")
  }

  @Test func everySingleSubstitutionIsCaught() async throws {
    try await withSeededRandom(0x1D_0001) { random in
      for (check, valid, alphabet) in [
        (IdentifierCheck.idNumber, "11010519491231002X", Array("0123456789X")),
        (.creditCode, "91350100M000100Y43", Array("0123456789ABCDEFGHJKLMNPQRTUWXY")),
      ] {
        var characters = Array(valid)
        for _ in 0..<500 {
          let place = random.next(characters.count)
          let original = characters[place]
          let replacement = alphabet[random.next(alphabet.count)]
          guard replacement != original else { continue }
          characters[place] = replacement
          #expect(!check.accepts(String(characters)), "\(String(characters))")
          characters[place] = original
        }
      }
    }
  }

  @Test func aRuleChecksATextFact() throws {
    let rules = RuleSet(
      text: """
        service ids {
          basis "Rule 0"
          name "Ids"
          facts {
            person: text ask "身份证号码？"
            company: text ask "统一社会信用代码？"
          }
          conditions {
            person_ok: valid id number(person) otherwise "身份证号码有误" basis "GB 11643"
            company_ok: valid credit code(company) otherwise "统一社会信用代码有误" basis "GB 32100"
          }
          materials { form: "Form" original basis "x" }
        }
        """)
    #expect(rules.errors.isEmpty, "\(rules.diagnostics.map(\.message))")
    let decide = { (person: String, company: String) in
      try rules.decide(
        json: Array(
          #"{"service": "ids", "date": "2025-03-01", "facts": {"person": "\#(person)", "company": "\#(company)"}, "materials": ["form"]}"#
            .utf8))
    }
    #expect(try decide("11010519491231002X", "91350100M000100Y43").outcome == .accepted)
    #expect(try decide("110105194912310021", "91350100M000100Y43").reasons.map(\.id) == ["person_ok"])
    #expect(try decide("11010519491231002X", "91350100M000100Y44").reasons.map(\.id) == ["company_ok"])
  }
}
