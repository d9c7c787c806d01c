import Testing
import YiciEvaluation
import YiciExplanation

/// The explanation of each of the five outcomes, in Chinese and English, word for word.
@Suite struct ExplanationTests {
  /// Every failed condition with its reason and basis, and nothing about materials.
  @Test func rejected() throws {
    let decision = try Scenarios.rejected()
    expectText(
      Explainer.explain(decision, service: Fixture.service, language: .zh),
      """
      不予受理：食品经营许可（餐饮服务）
      您的申请不符合以下受理条件：
      1. 申请人被列入严重失信主体名单，依法限制其行政许可。
         依据：国发〔2016〕33号
      """)
    expectText(
      Explainer.explain(decision, service: Fixture.service, language: .en),
      """
      Not accepted: Food business licence (catering)
      The application does not meet these acceptance conditions:
      1. The applicant is on the list of seriously dishonest entities.
         Basis: 国发〔2016〕33号
      """)
  }

  /// Questions most decisive first with their options, then what is already known to be missing.
  @Test func needsInformation() throws {
    let decision = try Scenarios.needsInformation()
    expectText(
      Explainer.explain(decision, service: Fixture.service, language: .zh),
      """
      需补充信息：食品经营许可（餐饮服务）
      请补充以下信息，以便确定能否受理及需提交的材料：
      1. 申请人的信用状况是？
         可选：良好、一般、严重失信
      2. 是否使用自备水源？
      以下材料已确定需要提交，可先行准备：
      1. 经营场所平面布局图（原件）
         依据：《食品经营许可和备案管理办法》第十三条
      以下材料是否需要提交，取决于您的回答：
      1. 自备水源水质检验报告（原件）
         获取途径：具有资质的检验检测机构
         依据：《食品安全法》第三十三条
      以下材料由共享平台获取，无需提交：营业执照。
      回答以上问题后，即可一次性告知能否受理及需提交的全部材料。
      """)
    expectText(
      Explainer.explain(decision, service: Fixture.service, language: .en),
      """
      More information needed: Food business licence (catering)
      Please answer these questions, so that we can tell whether the application can be accepted and what it needs:
      1. What is the applicant's credit status?
         Options: good, normal, seriously dishonest
      2. Does the premises use its own water supply?
      These materials are needed in any case; you can prepare them now:
      1. Floor plan of the premises (original)
         Basis: 《食品经营许可和备案管理办法》第十三条
      Whether these are also needed depends on your answers:
      1. Water quality report (original)
         Where to get it: an accredited laboratory
         Basis: 《食品安全法》第三十三条
      Obtained from the shared data platform, so you need not bring them: business licence.
      Once you have answered, we will tell you at once whether the application can be accepted and everything it needs.
      """)
  }

  /// All missing materials at once, those that may be needed, and what 容缺受理 could do.
  @Test func needsCorrection() throws {
    let decision = try Scenarios.needsCorrection()
    expectText(
      Explainer.explain(decision, service: Fixture.service, language: .zh),
      """
      需补正：食品经营许可（餐饮服务）
      您的申请材料不齐全，请一次性补齐以下材料：
      1. 食品经营许可申请书（原件1份）
         获取途径：窗口领取或政务服务网下载
         依据：《食品经营许可和备案管理办法》第十三条
      2. 经营场所平面布局图（原件）
         依据：《食品经营许可和备案管理办法》第十三条
      以下材料视情况可能需要提交，请一并确认：
      1. 自备水源水质检验报告（原件）
         获取途径：具有资质的检验检测机构
         依据：《食品安全法》第三十三条
      以下材料由共享平台获取，无需提交：营业执照。
      补齐以上材料后即可受理。
      其中经营场所平面布局图可容缺：补齐其余材料并签署容缺受理承诺书后即可先行受理，容缺材料受理后补交。
      """)
    expectText(
      Explainer.explain(decision, service: Fixture.service, language: .en),
      """
      Materials missing: Food business licence (catering)
      Some required materials are missing. Please bring all of the following:
      1. Application form (1 original)
         Where to get it: the service window or the online service hall
         Basis: 《食品经营许可和备案管理办法》第十三条
      2. Floor plan of the premises (original)
         Basis: 《食品经营许可和备案管理办法》第十三条
      These may also be needed, depending on your circumstances:
      1. Water quality report (original)
         Where to get it: an accredited laboratory
         Basis: 《食品安全法》第三十三条
      Obtained from the shared data platform, so you need not bring them: business licence.
      Once these materials are supplied, the application can be accepted.
      Of these, floor plan of the premises may be supplied after acceptance: bring the others and sign the waiver commitment letter, and the application can be accepted now.
      """)
  }

  /// What was waived and by when, the letter to sign, what happens if it is not supplied.
  @Test func acceptedWithWaiver() throws {
    let decision = try Scenarios.acceptedWithWaiver()
    expectText(
      Explainer.explain(decision, service: Fixture.service, language: .zh),
      """
      容缺受理：食品经营许可（餐饮服务）
      您的申请已容缺受理。以下材料可在受理后补交：
      1. 经营场所平面布局图（原件）
         请于2025年10月13日前补交
         依据：《食品经营许可和备案管理办法》第十三条
      请签署容缺受理承诺书：本人承诺所容缺材料在受理后5个工作日内补齐。
      容缺材料逾期未补交的，按承诺书的约定处理。
      本事项为承诺件，不当场办结。
      本事项到办事现场次数：1次。
      以下材料由共享平台获取，无需提交：营业执照。
      """)
    expectText(
      Explainer.explain(decision, service: Fixture.service, language: .en),
      """
      Accepted with materials to follow: Food business licence (catering)
      Your application has been accepted. These materials may be supplied after acceptance:
      1. Floor plan of the premises (original)
         Supply by 13 October 2025
         Basis: 《食品经营许可和备案管理办法》第十三条
      Please sign the waiver commitment letter: I undertake to supply the waived materials within 5 working days of acceptance.
      If the waived materials are not supplied in time, the consequences stated in the commitment letter apply.
      The application is not settled on the spot; it is handled after acceptance.
      At most one visit to the office is needed.
      Obtained from the shared data platform, so you need not bring them: business licence.
      """)
  }

  /// Accepted: handling, visits, exempt materials and signed 告知承诺.
  @Test func accepted() throws {
    let decision = try Scenarios.accepted()
    expectText(
      Explainer.explain(decision, service: Fixture.service, language: .zh),
      """
      予以受理：食品经营许可（餐饮服务）
      您的申请材料齐全，符合法定形式，予以受理。
      本事项为承诺件，不当场办结。
      本事项到办事现场次数：1次。
      以下材料由共享平台获取，无需提交：营业执照。
      您已签署告知承诺，以承诺代替相关证明，受理后将依法核查：
      1. 从业人员健康证明（以承诺代替）
         本人承诺从业人员均已取得健康证明。
      """)
    expectText(
      Explainer.explain(decision, service: Fixture.service, language: .en),
      """
      Accepted: Food business licence (catering)
      Your application is complete and has been accepted.
      The application is not settled on the spot; it is handled after acceptance.
      At most one visit to the office is needed.
      Obtained from the shared data platform, so you need not bring them: business licence.
      You have signed these commitments in lieu of proof; they will be checked after acceptance:
      1. Staff health certificates (replaced by your commitment)
         I undertake that all staff hold health certificates.
      """)
  }
}
