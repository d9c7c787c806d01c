import Testing
import Yici

/// A vocabulary material named in two `any(…)` is an alternative of both, never required on
/// its own (no W0310), and bringing it satisfies both.
@Suite struct AlternativeMaterialsTests {
  static let rules = RuleSet(
    text: """
      vocabulary business {
        materials {
          deed: "不动产权证书" copy basis "《不动产登记暂行条例》第二十一条"
          lease: "租赁合同" copy basis "《民法典》第七百零三条"
          approval: "用地批准书" copy basis "x"
        }
      }
      service permit {
        name "许可" basis "x"
        uses business
        materials {
          premises_proof: "场所证明" any(deed, lease) basis "x"
          land_proof: "用地证明" any(deed, approval) basis "x"
        }
      }
      """, path: "t.yici")

  @Test func aSharedAlternativeIsNoW0310() {
    #expect(Self.rules.diagnostics.isEmpty, "\(Self.rules.diagnostics.map(\.message))")
  }

  @Test func bringingItSatisfiesBoth() throws {
    let decision = try Self.rules.decide(
      json: Array(#"{"service": "permit", "date": "2025-06-03", "materials": ["deed"]}"#.utf8))
    #expect(decision.outcome == .accepted)
    #expect(decision.materials.provided == ["premises_proof", "land_proof"])
  }
}
