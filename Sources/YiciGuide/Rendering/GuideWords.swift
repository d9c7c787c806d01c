import YiciCalendar
import YiciExplanation
import YiciSemantics
import YiciSyntax

/// The words of a printed guide, in Chinese or English: every phrase has both.
struct GuideWords {
  let english: Bool

  init(_ language: Language) { english = language == .en }

  func pick(_ chinese: String, _ english: String) -> String { self.english ? english : chinese }

  /// An author's text in the language (as written when it has no English).
  func text(_ text: LocalizedText) -> String { text.text(english: english) }
  func texts(_ texts: [LocalizedText]) -> String { texts.map(text).joined(separator: pick("、", "; ")) }

  func title(_ name: String) -> String { english ? "Service guide: \(name)" : "\(name)办事指南" }
  func scenarioTitle(_ name: String) -> String {
    english ? "Your service guide: \(name)" : "\(name)场景化办事指南"
  }
  func subtitle(_ date: CivilDate) -> String {
    english ? "The rules in force on \(longDate(date))" : "按\(longDate(date))施行的规定编制"
  }

  func longDate(_ date: CivilDate) -> String {
    guard english else { return "\(date.year)年\(date.month)月\(date.day)日" }
    let months = [
      "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
      "December",
    ]
    return "\(date.day) \(months[date.month - 1]) \(date.year)"
  }

  // Sections.
  var basics: String { pick("基本信息", "About the item") }
  var conditions: String { pick("受理条件", "Conditions of acceptance") }
  var materials: String { pick("申请材料", "Materials") }
  var steps: String { pick("办理流程", "Steps") }
  var limits: String { pick("办理时限", "Time limits") }
  var fees: String { pick("收费标准", "Fees") }
  var result: String { pick("审批结果", "Result") }
  var intermediaries: String { pick("中介服务", "Intermediary services") }
  var places: String { pick("办理地点", "Where to apply") }
  var channels: String { pick("咨询与监督投诉", "Questions and complaints") }
  var yourAnswers: String { pick("您的情况", "Your situation") }
  var stillToAnswer: String { pick("尚需回答的问题", "Still to answer") }

  // Basics.
  var name: String { pick("事项名称", "Item") }
  var code: String { pick("实施编码", "Code") }
  var kind: String { pick("事项类型", "Kind") }
  var department: String { pick("实施主体", "Department") }
  var basis: String { pick("设定依据", "Legal basis") }
  var audience: String { pick("服务对象", "Who may apply") }
  var handling: String { pick("办件类型", "Handling") }
  var visits: String { pick("到现场次数", "Visits in person") }
  var scope: String { pick("通办范围", "Where it can be handled") }
  var onlineDepth: String { pick("网办深度", "Online depth") }
  var aliases: String { pick("别名", "Also called") }
  var immediate: String { pick("即办件", "immediate (即办件)") }
  var promised: String { pick("承诺件", "promised (承诺件)") }
  var conditional: String { pick("承诺件（符合条件的即办）", "promised, immediate in some cases") }
  func visitCount(_ count: Int) -> String { english ? (count == 1 ? "1 visit" : "\(count) visits") : "\(count)次" }
  /// The visits of a service whose visits depend on the answers: 1次；0次（视情形，取决于：
  /// 办理渠道） / 1 visit; 0 visits in some cases (depending on: channel).
  func visitCases(_ visits: Int?, _ cases: [(count: Int, facts: [String])]) -> String {
    let described = cases.map { line in
      visitCount(line.count)
        + pick(
          "（视情形，取决于：\(line.facts.joined(separator: "、"))）",
          " in some cases (depending on: \(line.facts.joined(separator: "; ")))")
    }
    return ((visits.map { [visitCount($0)] } ?? []) + described).joined(separator: pick("；", "; "))
  }
  func scope(_ scope: GuideScope) -> String { english ? scope.english : scope.rawValue }
  func depth(_ depth: OnlineDepth) -> String { english ? depth.english : depth.chinese }

  // Conditions.
  var refusedWhen: String {
    pick("有下列情形之一的，不予受理：", "The application is not accepted when any of these applies:")
  }
  func conditionStatus(_ status: GuideCondition.Status) -> String? {
    switch status {
    case .general: nil
    case .met: pick("您的情况：不存在此情形", "Your answers: this does not apply")
    case .notMet: pick("您的情况：存在此情形，不予受理", "Your answers: this applies, the application is not accepted")
    case .open: pick("待确认：取决于您尚未回答的问题", "To be settled: depends on questions not yet answered")
    case .committed: pick("您已签署告知承诺", "You sign the commitment in lieu (告知承诺)")
    }
  }
  func conditionWithoutReason(_ id: String) -> String { pick("须符合条件：", "Must hold: ") + id }
  func legalBasis(_ text: String) -> String { pick("依据：", "Basis: ") + text }

  // Materials.
  /// Form and copies: 原件2份, 原件（核验后退还）及复印件1份 / original, 2 copies, original
  /// (checked and handed back) and 1 copy. Copies counted `per` a fact (its label)
  /// say how many each (按股东人数每人1份), after the number this applicant brings when it
  /// is `counted`.
  func form(_ form: MaterialForm?, _ copies: Int?, per: CopiesPerPhrase.Counter? = nil, counted: Int? = nil) -> String?
  {
    let number = per == nil ? copies : counted
    let formText: String?
    switch form {
    case .original: formText = pick("原件", "original")
    case .copy: formText = pick("复印件", "copy")
    case .electronic: formText = pick("电子件", "electronic")
    case nil: formText = nil
    case .originalAndCopy:
      // The copies are the copies kept, so they are said in one phrase with the original.
      let text =
        english
        ? MaterialFormPhrase.originalAndCopyEnglish(number, one: "copy", many: "copies")
        : MaterialFormPhrase.originalAndCopyChinese + (number.map { "\($0)份" } ?? "")
      guard let per, let copies else { return text }
      return CopiesPerPhrase.appended(to: text, copies: copies, per: per, english: english)
    }
    let copiesText = number.map { english ? ($0 == 1 ? "1 copy" : "\($0) copies") : "\($0)份" }
    let parts = [formText, copiesText].compactMap { $0 }
    let text = parts.isEmpty ? nil : parts.joined(separator: english ? ", " : "")
    guard let per, let copies else { return text }
    return CopiesPerPhrase.appended(to: text, copies: copies, per: per, english: english)
  }
  func source(_ text: String) -> String { pick("来源：", "Where to get it: ") + text }
  var library: String { pick("来源：电子证照库（无需提交）", "Where to get it: the electronic licence library (not brought)") }
  var shared: String { pick("可通过数据共享获取的，免于提交", "Not brought when the shared-data platform supplies it") }
  var waivable: String { pick("可容缺受理，后补", "May be supplied later under the waiver policy (容缺受理)") }
  func commitment(_ text: String) -> String { pick("可签署告知承诺代替：", "Or sign this commitment instead: ") + text }
  func anyOf(_ names: [String]) -> String {
    pick("以下任一材料均可：", "Any one of: ") + names.joined(separator: pick("、", "; "))
  }
  func dependsOn(_ facts: [String]) -> String {
    pick("视情形提交，取决于：", "Only in some cases, depending on: ") + facts.joined(separator: pick("、", "; "))
  }
  /// A material a `when` reads, among what it depends on: 是否提交房屋租赁合同.
  func whetherBrought(_ name: String) -> String { pick("是否提交\(name)", "whether \(name) is brought") }
  var commitmentClosed: String { ClosedCommitmentPhrase.text(english: english) }
  var sealed: String { pick("须加盖公章", "Must bear the applicant's official seal") }
  var signed: String { pick("须本人签字", "Must be signed by the applicant in person") }
  func sample(_ link: String) -> String { pick("样表：", "Sample: ") + link }
  func blankForm(_ link: String) -> String { pick("空白表格：", "Blank form: ") + link }
  func note(_ text: String) -> String { pick("备注：", "Note: ") + text }
  func materialStatus(_ status: GuideMaterial.Status) -> String? {
    switch status {
    case .required, .conditional: nil
    case .open: pick("待确认：取决于您尚未回答的问题", "To be settled: depends on questions not yet answered")
    case .exempt: pick("已通过数据共享获取，无需提交", "Supplied by the shared-data platform: not brought")
    case .committed: pick("您已签署告知承诺代替本材料", "Replaced by your signed commitment")
    }
  }
  var noMaterials: String { pick("无需提交材料。", "No materials to bring.") }

  // Steps and limits.
  func duration(_ count: DayCount) -> String {
    if count.value == 0 { return pick("当场办结", "on the spot") }
    return english ? count.description : count.chinese
  }
  func step(_ number: Int, _ name: String) -> String { english ? "\(number). \(name)" : "\(number). \(name)" }
  func performer(_ text: String) -> String { pick("承办：", "By: ") + text }
  func takes(_ text: String) -> String { pick("用时：", "Takes: ") + text }
  var statutory: String { pick("法定办结时限", "Statutory limit") }
  var promisedLimit: String { pick("承诺办结时限", "Promised limit") }
  var immediateLimit: String { pick("即办", "Handled on the spot") }
  var immediateSometimes: String { pick("符合条件的即办", "Handled on the spot in some cases") }
  var notCounted: String { pick("不计入时限", "Not counted") }
  var stepsNotDeclared: String { pick("未公布办理环节。", "No steps published.") }

  // Fees, result, intermediaries, places, channels.
  var free: String { pick("不收费", "Free of charge") }
  func fee(_ item: String, _ amount: String) -> String { english ? "\(item): \(amount) yuan" : "\(item)：\(amount)元" }
  var resultName: String { pick("审批结果名称", "What you receive") }
  var delivery: String { pick("送达方式", "Delivery") }
  var noIntermediary: String { pick("无", "None") }
  var window: String { pick("窗口", "Window") }
  var hours: String { pick("办理时间", "Opening hours") }
  var phone: String { pick("咨询电话", "Phone") }
  var consult: String { pick("咨询方式", "Ask") }
  var complaints: String { pick("监督投诉", "Complaints") }
  var notPublished: String { pick("未公布", "not published") }

  // Bundles (一件事).
  var bundleName: String { pick("一件事名称", "Bundle") }
  var leadDepartment: String { pick("牵头部门", "Lead department") }
  var bundleMembers: String { pick("包含事项", "Items in the bundle") }
  var oneSetOfMaterials: String { pick("申请材料（一套材料）", "Materials (one set for every item)") }
  var memberHandled: String { pick("须办理", "Handled") }
  var memberNotHandled: String { pick("您的情况：无需办理", "Your answers: not needed") }
  var memberOpen: String { pick("待确认：取决于您尚未回答的问题", "To be settled: depends on questions not yet answered") }
  func memberDependsOn(_ facts: [String]) -> String {
    pick("视情形办理，取决于：", "Only in some cases, depending on: ") + facts.joined(separator: pick("、", "; "))
  }
  func memberPrefix(_ service: String) -> String { pick("【\(service)】", "[\(service)] ") }
  func usedBy(_ services: [String]) -> String {
    pick("用于：", "For: ") + services.joined(separator: pick("、", "; "))
  }
  var producedHeading: String { pick("由本一件事内办理结果提供、无需提交的材料：", "Made within the bundle, not brought:") }
  func producedBy(_ producer: String, for consumer: String) -> String {
    english
      ? "the result of \(producer) stands for it (for \(consumer))"
      : "由本一件事内“\(producer)”的办理结果提供（用于\(consumer)），无需提交"
  }

  func settledBy(_ fact: String, _ producer: String) -> String {
    english
      ? "“\(fact)” is answered within the bundle by the result of \(producer): not asked"
      : "“\(fact)”由本一件事内“\(producer)”的办理结果确定，无需回答"
  }

  // The scenario.
  var noQuestions: String { pick("无：您的情况已足以确定所需材料。", "None: your answers settle every material.") }
}
