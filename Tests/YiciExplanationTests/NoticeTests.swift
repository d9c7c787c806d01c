import Testing
import YiciEvaluation
import YiciExplanation

/// The printable notice (一次性告知书 and its accepted / rejected counterparts), word for word.
@Suite struct NoticeTests {
  /// The one-time notice: everything to supply, exempt materials, the waiver option, signatures.
  @Test func needsCorrectionNotice() throws {
    let decision = try Scenarios.needsCorrection()
    expectText(
      Explainer.notice(decision, service: Fixture.service, language: .zh),
      """
      一次性告知书

      事项名称：食品经营许可（餐饮服务）
      实施编码：11110000000021135M3000117046000
      办理部门：市场监督管理局
      设定依据：《食品经营许可和备案管理办法》

      申请人：
      您申请办理的“食品经营许可（餐饮服务）”，经审查，申请材料不齐全。现将需要补正的全部材料一次性告知如下：

      一、需补正的材料
      1. 食品经营许可申请书（原件1份）
         获取途径：窗口领取或政务服务网下载
         依据：《食品经营许可和备案管理办法》第十三条
      2. 经营场所平面布局图（原件）
         依据：《食品经营许可和备案管理办法》第十三条

      二、视情况可能需要提交的材料
      1. 自备水源水质检验报告（原件）
         获取途径：具有资质的检验检测机构
         依据：《食品安全法》第三十三条

      三、无需提交的材料
      以下材料由共享平台获取，无需提交：营业执照。

      请您一次性补齐上述材料后再次提交，补齐后即可受理。
      其中经营场所平面布局图可容缺：补齐其余材料并签署容缺受理承诺书后即可先行受理，容缺材料受理后补交。

      办理部门（印章）：市场监督管理局
      经办人（签字）：________________    日期：2025年9月25日
      申请人（签收）：________________    日期：____年__月__日
      """)
    expectText(
      Explainer.notice(decision, service: Fixture.service, language: .en),
      """
      One-time notice: materials to supply

      Service: Food business licence (catering)
      Implementation code: 11110000000021135M3000117046000
      Department: Administration for Market Regulation
      Legal basis: 《食品经营许可和备案管理办法》

      Dear applicant,
      We have examined your application for Food business licence (catering). Some required materials are missing. Everything you need to supply is listed below, all at once:

      A. Materials to supply
      1. Application form (1 original)
         Where to get it: the service window or the online service hall
         Basis: 《食品经营许可和备案管理办法》第十三条
      2. Floor plan of the premises (original)
         Basis: 《食品经营许可和备案管理办法》第十三条

      B. Materials that may also be needed
      1. Water quality report (original)
         Where to get it: an accredited laboratory
         Basis: 《食品安全法》第三十三条

      C. Materials you need not bring
      Obtained from the shared data platform, so you need not bring them: business licence.

      Please bring all of the above together; once they are supplied, the application can be accepted.
      Of these, floor plan of the premises may be supplied after acceptance: bring the others and sign the waiver commitment letter, and the application can be accepted now.

      Issued by (seal): Administration for Market Regulation
      Clerk's signature: ________________    Date: 25 September 2025
      Received by the applicant: ________________    Date: ____________
      """)
  }

  /// The one-time notice for missing information: questions, then materials.
  @Test func needsInformationNotice() throws {
    let decision = try Scenarios.needsInformation()
    expectText(
      Explainer.notice(decision, service: Fixture.service, language: .zh),
      """
      一次性告知书

      事项名称：食品经营许可（餐饮服务）
      实施编码：11110000000021135M3000117046000
      办理部门：市场监督管理局
      设定依据：《食品经营许可和备案管理办法》

      申请人：
      您申请办理的“食品经营许可（餐饮服务）”，经审查，尚需补充以下信息，方能确定是否受理及需提交的材料。现一次性告知如下：

      一、需补充的信息
      1. 申请人的信用状况是？
         可选：良好、一般、严重失信
      2. 是否使用自备水源？

      二、已确定需提交的材料
      1. 经营场所平面布局图（原件）
         依据：《食品经营许可和备案管理办法》第十三条

      三、视您的回答可能需要提交的材料
      1. 自备水源水质检验报告（原件）
         获取途径：具有资质的检验检测机构
         依据：《食品安全法》第三十三条

      四、无需提交的材料
      以下材料由共享平台获取，无需提交：营业执照。

      请您补充上述信息，我们将据此一次性告知是否受理及需提交的全部材料。

      办理部门（印章）：市场监督管理局
      经办人（签字）：________________    日期：2025年9月25日
      申请人（签收）：________________    日期：____年__月__日
      """)
  }

  /// The 容缺受理 notice: waived materials with due dates, the letter with a line to sign.
  @Test func acceptedWithWaiverNotice() throws {
    let decision = try Scenarios.acceptedWithWaiver()
    expectText(
      Explainer.notice(decision, service: Fixture.service, language: .zh),
      """
      容缺受理通知书

      事项名称：食品经营许可（餐饮服务）
      实施编码：11110000000021135M3000117046000
      办理部门：市场监督管理局
      设定依据：《食品经营许可和备案管理办法》
      申请编号：fbl-1

      申请人：
      您申请办理的“食品经营许可（餐饮服务）”，经审查，主要申请材料齐全，决定予以容缺受理。现将有关事项告知如下：

      一、容缺材料及补交期限
      1. 经营场所平面布局图（原件）
         请于2025年10月13日前补交
         依据：《食品经营许可和备案管理办法》第十三条

      二、容缺受理承诺
      请签署容缺受理承诺书：本人承诺所容缺材料在受理后5个工作日内补齐。
      承诺人（签字）：________________    日期：____年__月__日

      三、已收取的材料
      1. 食品经营许可申请书（原件1份）
      2. 从业人员健康证明（复印件2份）

      四、无需提交的材料
      以下材料由共享平台获取，无需提交：营业执照。

      五、办理时限
      本事项为承诺件，不当场办结。
      本事项到办事现场次数：1次。

      容缺材料逾期未补交的，按承诺书的约定处理。

      办理部门（印章）：市场监督管理局
      经办人（签字）：________________    日期：2025年9月25日
      申请人（签收）：________________    日期：____年__月__日
      """)
    expectText(
      Explainer.notice(decision, service: Fixture.service, language: .en),
      """
      Notice of acceptance with materials to follow

      Service: Food business licence (catering)
      Implementation code: 11110000000021135M3000117046000
      Department: Administration for Market Regulation
      Legal basis: 《食品经营许可和备案管理办法》
      Reference: fbl-1

      Dear applicant,
      We have examined your application for Food business licence (catering). It has been accepted; some materials may be supplied afterwards, as set out below:

      A. Materials to supply after acceptance
      1. Floor plan of the premises (original)
         Supply by 13 October 2025
         Basis: 《食品经营许可和备案管理办法》第十三条

      B. Waiver commitment
      Please sign the waiver commitment letter: I undertake to supply the waived materials within 5 working days of acceptance.
      Signed (applicant): ________________    Date: ____________

      C. Materials received
      1. Application form (1 original)
      2. Staff health certificates (2 photocopies)

      D. Materials you need not bring
      Obtained from the shared data platform, so you need not bring them: business licence.

      E. Handling
      The application is not settled on the spot; it is handled after acceptance.
      At most one visit to the office is needed.

      If the waived materials are not supplied in time, the consequences stated in the commitment letter apply.

      Issued by (seal): Administration for Market Regulation
      Clerk's signature: ________________    Date: 25 September 2025
      Received by the applicant: ________________    Date: ____________
      """)
  }

  /// The 受理通知 style notice: materials received, exempt, commitments, handling.
  @Test func acceptedNotice() throws {
    let decision = try Scenarios.accepted()
    expectText(
      Explainer.notice(decision, service: Fixture.service, language: .en),
      """
      Notice of acceptance

      Service: Food business licence (catering)
      Implementation code: 11110000000021135M3000117046000
      Department: Administration for Market Regulation
      Legal basis: 《食品经营许可和备案管理办法》

      Dear applicant,
      We have examined your application for Food business licence (catering). It is complete and has been accepted, as set out below:

      A. Materials received
      1. Application form (1 original)

      B. Materials you need not bring
      Obtained from the shared data platform, so you need not bring them: business licence.

      C. Commitments signed in lieu of proof (checked after acceptance)
      1. Staff health certificates (replaced by your commitment)
         I undertake that all staff hold health certificates.

      D. Handling
      The application is not settled on the spot; it is handled after acceptance.
      At most one visit to the office is needed.

      Issued by (seal): Administration for Market Regulation
      Clerk's signature: ________________    Date: 25 September 2025
      Received by the applicant: ________________    Date: ____________
      """)
  }

  /// The 不予受理 notice gives the reasons only.
  @Test func rejectedNotice() throws {
    let decision = try Scenarios.rejected()
    expectText(
      Explainer.notice(decision, service: Fixture.service, language: .zh),
      """
      不予受理通知书

      事项名称：食品经营许可（餐饮服务）
      实施编码：11110000000021135M3000117046000
      办理部门：市场监督管理局
      设定依据：《食品经营许可和备案管理办法》

      申请人：
      您申请办理的“食品经营许可（餐饮服务）”，经审查，不符合受理条件，决定不予受理。理由如下：

      一、不予受理的理由
      1. 申请人被列入严重失信主体名单，依法限制其行政许可。
         依据：国发〔2016〕33号

      办理部门（印章）：市场监督管理局
      经办人（签字）：________________    日期：2025年9月25日
      申请人（签收）：________________    日期：____年__月__日
      """)
  }

  /// A notice without code or basis in the header leaves those lines out.
  @Test func shopNeedsCorrectionNotice() throws {
    let decision = try Scenarios.shopNeedsCorrection()
    expectText(
      Explainer.notice(decision, service: Fixture.shop, language: .en),
      """
      One-time notice: materials to supply

      Service: Small eatery registration
      Department: Market regulation office
      Legal basis: 《食品安全法》第三十五条

      Dear applicant,
      We have examined your application for Small eatery registration. Some required materials are missing. Everything you need to supply is listed below, all at once:

      A. Materials to supply
      1. Proof of the right to use the premises
         Any one of: title deed (photocopy); lease contract (photocopy)
         Basis: 《食品安全法》第三十三条
      2. Fire equipment test report (2 originals)
         Or sign this commitment instead: We undertake that the fire equipment has passed its test.
         Basis: 《消防法》第十六条

      Please bring all of the above together; once they are supplied, the application can be accepted.

      Issued by (seal): Market regulation office
      Clerk's signature: ________________    Date: 25 September 2025
      Received by the applicant: ________________    Date: ____________
      """)
  }
}
