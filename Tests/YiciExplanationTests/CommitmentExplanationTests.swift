import Testing
import YiciEvaluation
import YiciExplanation

/// Explanations of 告知承诺, alternatives, immediate handling and warnings (English keywords).
@Suite struct CommitmentExplanationTests {
  /// A failed condition is not offered its 告知承诺 (the answers deny it, and a commitment
  /// stands in for proof only); the decision's warnings are not part of the text.
  @Test func shopRejected() throws {
    let decision = try Scenarios.shopRejected()
    #expect(decision.warnings == ["unknown material 'photo' ignored"])
    expectText(
      Explainer.explain(decision, service: Fixture.shop, language: .zh),
      """
      不予受理：小餐饮经营登记
      您的申请不符合以下受理条件：
      1. 场所须符合消防安全要求。
         依据：《消防法》第十五条
      """)
    expectText(
      Explainer.explain(decision, service: Fixture.shop, language: .en),
      """
      Not accepted: Small eatery registration
      The application does not meet these acceptance conditions:
      1. The premises must meet the fire safety requirements.
         Basis: 《消防法》第十五条
      """)
  }

  /// An immediate service with no visit; a condition and a material replaced by commitments.
  @Test func shopAccepted() throws {
    let decision = try Scenarios.shopAccepted()
    expectText(
      Explainer.explain(decision, service: Fixture.shop, language: .zh),
      """
      予以受理：小餐饮经营登记
      您的申请材料齐全，符合法定形式，予以受理。
      本事项为即办件，即时办结。
      本事项全程网办，无需到办事现场。
      您已签署告知承诺，以承诺代替相关证明，受理后将依法核查：
      1. 本单位承诺场所符合消防安全要求。
      2. 消防设施检测报告（以承诺代替）
         本单位承诺消防设施已检测合格。
      """)
    expectText(
      Explainer.explain(decision, service: Fixture.shop, language: .en),
      """
      Accepted: Small eatery registration
      Your application is complete and has been accepted.
      The application is settled immediately.
      No visit to the office is needed.
      You have signed these commitments in lieu of proof; they will be checked after acceptance:
      1. We undertake that the premises meet the fire safety requirements.
      2. Fire equipment test report (replaced by your commitment)
         We undertake that the fire equipment has passed its test.
      """)
  }

  /// A material any of two others satisfies lists them; a material a commitment may replace says so.
  @Test func shopNeedsCorrection() throws {
    let decision = try Scenarios.shopNeedsCorrection()
    expectText(
      Explainer.explain(decision, service: Fixture.shop, language: .zh),
      """
      需补正：小餐饮经营登记
      您的申请材料不齐全，请一次性补齐以下材料：
      1. 经营场所使用证明
         以下任一材料均可：不动产权证书（复印件）；房屋租赁合同（复印件）
         依据：《食品安全法》第三十三条
      2. 消防设施检测报告（原件2份）
         也可签署告知承诺代替本材料：本单位承诺消防设施已检测合格。
         依据：《消防法》第十六条
      补齐以上材料后即可受理。
      """)
    expectText(
      Explainer.explain(decision, service: Fixture.shop, language: .en),
      """
      Materials missing: Small eatery registration
      Some required materials are missing. Please bring all of the following:
      1. Proof of the right to use the premises
         Any one of: title deed (photocopy); lease contract (photocopy)
         Basis: 《食品安全法》第三十三条
      2. Fire equipment test report (2 originals)
         Or sign this commitment instead: We undertake that the fire equipment has passed its test.
         Basis: 《消防法》第十六条
      Once these materials are supplied, the application can be accepted.
      """)
  }
}
