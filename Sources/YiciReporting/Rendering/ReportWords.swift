import YiciCalendar
import YiciExplanation

/// The report's own words, Chinese and English side by side; names come from the rules.
struct ReportWords {
  /// Whether to write English.
  let english: Bool

  init(_ language: Language) { english = language.isEnglish }

  /// The Chinese or the English wording.
  func pick(_ zh: String, _ en: String) -> String { english ? en : zh }

  /// A date as written in running text.
  func date(_ date: CivilDate) -> String { english ? date.english : date.chinese }

  var title: String { pick("改革成效报告", "Reform report") }
  var none: String { "—" }
  var arrow: String { " → " }

  func itemsInForce(_ count: Int) -> String {
    pick("\(count) 个事项在当日有效", "\(count) item\(count == 1 ? "" : "s") in force")
  }

  // MARK: - The items' table

  var itemsHeading: String { pick("事项", "Items") }
  var item: String { pick("事项", "Item") }
  var visits: String { pick("到现场", "Visits") }
  var materials: String { pick("申请材料", "Materials") }
  var materialsAtMost: String { pick("材料至多", "Materials at most") }
  var materialsAtLeast: String { pick("材料至少", "Materials at least") }
  var shared: String { pick("可免交", "Shared") }
  var steps: String { pick("环节", "Steps") }
  var notDeclared: String { pick("未声明", "not declared") }
  var statutory: String { pick("法定时限", "Statutory") }
  var promised: String { pick("承诺时限", "Promised") }
  var compression: String { pick("压缩", "Shorter by") }
  var handlingHeader: String { pick("办件类型", "Handling") }
  var oneVisit: String { pick("最多跑一次", "At most one visit") }
  var total: String { pick("合计", "Total") }

  /// An item's visits: the most, or the fewest to the most (0–1) when they depend on the
  /// facts (`visits 0 when online`).
  func visits(_ service: ServiceFigures) -> String {
    guard let visits = service.visits else { return none }
    return service.fewestVisits.map { "\($0)–\(visits)" } ?? String(visits)
  }

  /// The note under the table when some item's visits depend on the facts.
  var visitsVary: String {
    pick(
      "到现场次数随情形不同的事项（到现场次数 0 当 …，如网上办理）写作“最少–最多”；是否最多跑一次按最多的情形计，须对每位申请人成立。",
      "Visits that depend on the case (visits 0 when …, e.g. applying online) read fewest–most; at most one"
        + " visit is judged by the most, so it holds for every applicant.")
  }

  /// The steps note under the table.
  var stepsNotDeclared: String {
    pick(
      "环节：办事指南（办事指南 { 环节 … }）声明的办理环节数；可免交：共享平台或电子证照库可提供的材料。",
      "Steps (办理环节): those the item's guide declares (guide { step … }). Shared: materials the shared-data"
        + " platform or the electronic licence library can supply.")
  }

  /// A footnote for a range found by bounds, not by trying every case.
  var approximateRange: String {
    pick("* 条件组合过多，材料数为安全上下界。", "* too many combinations of facts: the materials are safe bounds.")
  }

  func handling(_ handling: Handling) -> String {
    switch handling {
    case .immediate: pick("即办件", "immediate")
    case .promised: pick("承诺件", "promised")
    case .conditional: pick("承诺件（部分即办）", "promised, some immediate")
    }
  }

  func yesNo(_ value: Bool?) -> String {
    guard let value else { return pick("未声明", "not declared") }
    return value ? pick("是", "yes") : pick("否", "no")
  }

  func limit(_ count: DayCount?) -> String {
    guard let count else { return none }
    return english ? count.description : count.chinese
  }

  func percent(_ share: Share?) -> String {
    share.map { "\($0.percent)%" } ?? none
  }

  func range(_ materials: MaterialRange) -> String {
    let span =
      materials.atLeast == materials.atMost ? "\(materials.atLeast)" : "\(materials.atLeast)–\(materials.atMost)"
    return materials.exact ? span : span + "*"
  }

  // MARK: - Bundles

  var bundlesHeading: String { pick("一件事", "Bundles (一件事)") }
  var noBundles: String { pick("规则中未声明一件事。", "The rules declare no bundle.") }
  var bundle: String { pick("一件事", "Bundle") }
  var membersCount: String { pick("成员", "Members") }
  var bundleMaterials: String { pick("材料 合计/合并/需提交", "Materials summed/merged/to submit") }
  var bundleFacts: String { pick("信息项 合计/合并", "Form fields summed/merged") }
  var bundleVisits: String { pick("到现场 合计/一件事", "Visits summed/bundle") }
  var statutorySum: String { pick("法定时限合计", "Statutory summed") }
  var criticalPath: String { pick("关键路径", "Critical path") }
  var bundlePromise: String { pick("一件事承诺", "Bundle promise") }
  var summed: String { pick("合计", "summed") }
  var merged: String { pick("合并", "merged") }
  var toSubmit: String { pick("需提交", "to submit") }

  /// What the bundle columns count.
  var bundleLegend: String {
    pick(
      "合计：各成员事项分别办理时相加；合并：同一材料、同一信息项只算一次；需提交：再除去共享平台或电子证照库提供的、"
        + "由一件事内其他成员的办理结果替代的材料。关键路径：无先后关系的成员并联办理，按各成员承诺时限（即办为0）取最长链。",
      "Summed: the members handled one by one, added up. Merged: each material and each form field once. To submit:"
        + " less the materials the shared platform or the licence library supplies and those another member's result"
        + " stands for. Critical path: members without a result between them run in parallel; the longest chain of"
        + " their promised limits (0 when immediate).")
  }

  /// A bundle's members, in order, with what they wait for, and its critical path.
  func members(of bundle: BundleFigures) -> String {
    func name(_ id: String) -> String {
      (bundle.members.first { $0.id == id }?.name.text(english: english)) ?? id
    }
    let listed = bundle.members.map { member in
      var notes: [String] = []
      if !member.after.isEmpty {
        let after = member.after.map(name).joined(separator: pick("、", ", "))
        notes.append(pick("在\(after)之后", "after \(after)"))
      }
      if member.optional { notes.append(pick("视情形", "when it applies")) }
      let name = member.name.text(english: english)
      guard !notes.isEmpty else { return name }
      return name + pick("（\(notes.joined(separator: "，"))）", " (\(notes.joined(separator: ", ")))")
    }
    var line = bundle.name.text(english: english) + pick("：", ": ") + listed.joined(separator: pick("；", "; "))
    if bundle.days.criticalMembers.count > 1 {
      line += pick("。关键路径：", ". Critical path: ") + bundle.days.criticalMembers.map(name).joined(separator: arrow)
    }
    if !bundle.days.statutoryUndeclared.isEmpty {
      line +=
        pick("。未声明法定时限：", ". No statutory limit: ")
        + bundle.days.statutoryUndeclared.map(name).joined(separator: pick("、", ", "))
    }
    if !bundle.membersNotInForce.isEmpty {
      line += pick("。当日未施行的成员：", ". Members not in force: ") + bundle.membersNotInForce.joined(separator: ", ")
    }
    return line + pick("。", ".")
  }

  // MARK: - Targets

  var targetsHeading: String { pick("改革目标", "Reform targets") }

  func target(_ target: ReformTarget) -> String {
    switch target {
    case .oneVisitShare: pick("最多跑一次事项占比不低于50%", "At least 50% of items need at most one visit")
    case .promisedShortened:
      pick("承诺时限比法定时限缩短20%以上", "Promised limits at least 20% shorter than statutory")
    case .complexHalved:
      pick("有特殊环节的复杂事项承诺时限压缩一半", "Items with special procedures promise at most half the statutory limit")
    case .simpleImmediate: pick("无特殊环节的简单事项为即办件", "Items without special procedures are immediate")
    case .atMostFourSteps: pick("单个事项办理环节不超过4个", "At most 4 steps per item")
    }
  }

  func seed(_ target: ReformTarget) -> String { pick("种子 \(target.seed)", "seed \(target.seed)") }

  func status(_ met: Bool?) -> String {
    switch met {
    case true?: pick("达标", "met")
    case false?: pick("未达标", "not met")
    case nil: pick("无法由规则判断", "cannot be computed from the rules")
    }
  }

  /// How many items meet a target: "4 项中 3 项" / "3 of 4 items"; the share target adds
  /// the per cent.
  func tally(_ check: TargetCheck) -> String {
    let counted = pick(
      "\(check.applicable) 项中 \(check.passing) 项达标", "\(check.passing) of \(check.applicable) items")
    guard check.target == .oneVisitShare, let share = Share(check.passing, of: check.applicable) else {
      return counted
    }
    return counted + pick("（\(share.percent)%）", " (\(share.percent)%)")
  }

  func uncomputable(_ reason: TargetCheck.Uncomputable) -> String {
    switch reason {
    case .stepsNotDeclared: pick("有事项未声明办理环节", "some items declare no steps")
    case .noComplexItems: pick("没有事项声明特殊环节（不计入时限）", "no item declares special procedures (not counted)")
    case .noSimpleItems: pick("没有无特殊环节且声明时限的事项", "no item with time limits and no special procedures")
    case .noStatutoryLimits: pick("没有事项声明法定时限", "no item declares a statutory limit")
    case .noItems: pick("当日没有有效事项", "no item is in force")
    case .visitsNotDeclared: pick("有事项未声明到现场次数", "some items declare no visits")
    }
  }

  func failure(_ reason: TargetFailure.Reason) -> String {
    switch reason {
    case .visits(let n): pick("到现场 \(n) 次", "\(n) visits")
    case .visitsNotDeclared: pick("未声明到现场次数", "visits not declared")
    case .noPromisedLimit(let statutory):
      pick("法定 \(limit(statutory))，未声明承诺时限", "statutory \(limit(statutory)), no promise")
    case .promiseTooLong(let promised, let statutory):
      pick("承诺 \(limit(promised))，法定 \(limit(statutory))", "promised \(limit(promised)), statutory \(limit(statutory))")
    case .noStatutoryLimit: pick("未声明法定时限，无法判断", "no statutory limit to compare with")
    case .notImmediate: pick("承诺件", "promised, not immediate")
    case .steps(let n): pick("办理环节 \(n) 个", "\(n) steps")
    case .stepsNotDeclared: pick("未声明办理环节", "steps not declared")
    }
  }

  // MARK: - Before and after

  var comparisonHeading: String { pick("改革前后对比", "Before and after") }
  var before: String { pick("改革前", "Before") }
  var after: String { pick("改革后", "After") }
  var targetHeader: String { pick("目标", "Target") }
  var notInForce: String { pick("未施行", "not in force") }
  var itemsCount: String { pick("事项数", "Items") }
  var oneVisitCount: String { pick("最多跑一次事项", "Items with at most one visit") }
  var immediateCount: String { pick("即办件", "Immediate items") }

  func figuresOn(_ day: CivilDate) -> String { pick("\(date(day))的事项", "Items on \(date(day))") }
  func period(_ before: CivilDate, _ after: CivilDate) -> String { "\(date(before))\(arrow)\(date(after))" }
}
