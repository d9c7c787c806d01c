import YiciCalendar
import YiciEvaluation
import YiciSyntax

/// The fixed vocabulary of applicant text, Chinese and English side by side.
///
/// Everything the explanation and the notice say in their own words is here; what the
/// rule authors wrote (names, reasons, bases, letters) comes from the service.
struct Phrases {
  /// Whether to write English.
  let english: Bool

  init(_ language: Language) { english = language.isEnglish }

  /// The Chinese or the English wording.
  func pick(_ zh: String, _ en: String) -> String { english ? en : zh }

  // MARK: - Punctuation and small words

  var colon: String { pick("：", ": ") }
  var fullStop: String { pick("。", ".") }
  /// Between names in a running list.
  var listSeparator: String { pick("、", ", ") }
  /// Between alternatives, whose names may themselves contain 、 or commas.
  var alternativeSeparator: String { pick("；", "; ") }

  /// A date as written in running text.
  func date(_ date: CivilDate) -> String { english ? date.english : date.chinese }

  /// A numbered list item's prefix.
  func number(_ n: Int) -> String { "\(n). " }

  /// A notice section heading: 一、… / A. … (letters, so as not to clash with numbered items).
  func section(_ n: Int, _ title: String) -> String {
    english ? Self.letter(n) + ". " + title : Self.chineseNumeral(n) + "、" + title
  }

  /// 1 → A, 2 → B …; past Z, the number.
  static func letter(_ n: Int) -> String {
    (1...26).contains(n) ? String(UnicodeScalar(UInt8(64 + n))) : String(n)
  }

  static func chineseNumeral(_ n: Int) -> String {
    let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
    switch n {
    case 0..<10: return digits[n]
    case 10: return "十"
    case 11..<20: return "十" + digits[n - 10]
    case 20..<100: return digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10])
    default: return String(n)
    }
  }

  // MARK: - Outcomes

  /// The outcome in words, as the first line says it.
  func outcome(_ outcome: Outcome) -> String {
    switch outcome {
    case .accepted: pick("予以受理", "Accepted")
    case .acceptedWithWaiver: pick("容缺受理", "Accepted with materials to follow")
    case .needsCorrection: pick("需补正", "Materials missing")
    case .needsInformation: pick("需补充信息", "More information needed")
    case .rejected: pick("不予受理", "Not accepted")
    }
  }

  // MARK: - Materials

  /// Form and copies together: 原件1份, 复印件, 2份, 原件（核验后退还）及复印件1份 / 1 original,
  /// photocopy, 2 copies, original (checked and handed back) and 1 photocopy.
  ///
  /// Copies counted `per` a fact (its label) say how many each, after the number this
  /// applicant brings when it is `counted`: 复印件3份，按股东人数每人1份 / 3 photocopies, 1 each
  /// by number of shareholders.
  func formAndCopies(_ form: MaterialForm?, _ copies: Int?, per: CopiesPerPhrase.Counter? = nil, counted: Int? = nil)
    -> String?
  {
    let base = formAndCopies(form, per == nil ? copies : counted)
    guard let per, let copies else { return base }
    return CopiesPerPhrase.appended(to: base, copies: copies, per: per, english: english)
  }

  private func formAndCopies(_ form: MaterialForm?, _ copies: Int?) -> String? {
    if !english {
      let formText: String =
        switch form {
        case .original: "原件"
        case .copy: "复印件"
        case .originalAndCopy: MaterialFormPhrase.originalAndCopyChinese
        case .electronic: "电子件"
        case nil: ""
        }
      let text = formText + (copies.map { "\($0)份" } ?? "")
      return text.isEmpty ? nil : text
    }
    if form == .originalAndCopy {
      return MaterialFormPhrase.originalAndCopyEnglish(copies, one: "photocopy", many: "photocopies")
    }
    let (one, many): (String, String) =
      switch form {
      case .original: ("original", "originals")
      case .copy: ("photocopy", "photocopies")
      case .originalAndCopy: ("original and photocopy", "originals and photocopies")  // said above
      case .electronic: ("electronic copy", "electronic copies")
      case nil: ("copy", "copies")
      }
    guard let copies else { return form == nil ? nil : one }
    return "\(copies) \(copies == 1 ? one : many)"
  }

  /// A material's name with its form and copies: 申请书（原件1份） / application form (1 original).
  func withForm(_ name: String, _ form: String?) -> String {
    guard let form else { return name }
    return english ? "\(name) (\(form))" : "\(name)（\(form)）"
  }

  func basis(_ text: String) -> String { pick("依据：", "Basis: ") + text }
  func source(_ text: String) -> String { pick("获取途径：", "Where to get it: ") + text }
  var library: String { pick("电子证照库", "the electronic licence library") }
  func anyOf(_ names: [String]) -> String {
    pick("以下任一材料均可：", "Any one of: ") + names.joined(separator: alternativeSeparator)
  }
  func materialCommitmentOption(_ text: String) -> String {
    pick("也可签署告知承诺代替本材料：", "Or sign this commitment instead: ") + text
  }
  /// Said of a material whose 告知承诺 this applicant may not use.
  var materialCommitmentClosed: String { ClosedCommitmentPhrase.text(english: english) }
  func due(_ date: CivilDate) -> String {
    pick("请于\(date.chinese)前补交", "Supply by \(date.english)")
  }
  func replacedByCommitment(_ name: String) -> String {
    pick("\(name)（以承诺代替）", "\(name) (replaced by your commitment)")
  }
  func options(_ labels: [String]) -> String {
    pick("可选：", "Options: ") + labels.joined(separator: listSeparator)
  }

  /// The options of a multi-select fact: any number of them may be chosen.
  func choices(_ labels: [String]) -> String {
    pick("可多选：", "Choose any of: ") + labels.joined(separator: listSeparator)
  }

  // MARK: - Explanation

  var rejectedIntro: String {
    pick("您的申请不符合以下受理条件：", "The application does not meet these acceptance conditions:")
  }
  var questionsIntro: String {
    pick(
      "请补充以下信息，以便确定能否受理及需提交的材料：",
      "Please answer these questions, so that we can tell whether the application can be accepted and what it needs:")
  }
  var knownMissingIntro: String {
    pick("以下材料已确定需要提交，可先行准备：", "These materials are needed in any case; you can prepare them now:")
  }
  var dependsOnAnswersIntro: String {
    pick("以下材料是否需要提交，取决于您的回答：", "Whether these are also needed depends on your answers:")
  }
  var needsInformationClosing: String {
    pick(
      "回答以上问题后，即可一次性告知能否受理及需提交的全部材料。",
      "Once you have answered, we will tell you at once whether the application can be accepted and everything it needs."
    )
  }
  var missingIntro: String {
    pick("您的申请材料不齐全，请一次性补齐以下材料：", "Some required materials are missing. Please bring all of the following:")
  }
  var undeterminedIntro: String {
    pick("以下材料视情况可能需要提交，请一并确认：", "These may also be needed, depending on your circumstances:")
  }
  var correctionClosing: String {
    pick("补齐以上材料后即可受理。", "Once these materials are supplied, the application can be accepted.")
  }

  /// Which missing materials the waiver policy could let the applicant supply later.
  func waiverHint(_ names: [String], atMost: Int?, conditional: Bool) -> String {
    if english {
      let limit = atMost.map { " (at most \($0) of them)" } ?? ""
      let condition = conditional ? " if you qualify for the waiver policy" : ""
      return "Of these, \(names.joined(separator: ", ")) may be supplied after acceptance\(limit)\(condition): "
        + "bring the others and sign the waiver commitment letter, and the application can be accepted now."
    }
    let limit = atMost.map { "（最多\($0)项）" } ?? ""
    let condition = conditional ? "如符合容缺受理条件，" : ""
    return "\(condition)其中\(names.joined(separator: "、"))可容缺\(limit)：补齐其余材料并签署容缺受理承诺书后即可先行受理，容缺材料受理后补交。"
  }

  var waivedIntro: String {
    pick(
      "您的申请已容缺受理。以下材料可在受理后补交：", "Your application has been accepted. These materials may be supplied after acceptance:")
  }
  func letter(_ text: String?) -> String {
    guard let text else { return pick("请签署容缺受理承诺书。", "Please sign the waiver commitment letter.") }
    return pick("请签署容缺受理承诺书：", "Please sign the waiver commitment letter: ") + text
  }
  var waiverConsequence: String {
    pick(
      "容缺材料逾期未补交的，按承诺书的约定处理。",
      "If the waived materials are not supplied in time, the consequences stated in the commitment letter apply.")
  }
  var acceptedIntro: String {
    pick("您的申请材料齐全，符合法定形式，予以受理。", "Your application is complete and has been accepted.")
  }
  var immediate: String { pick("本事项为即办件，即时办结。", "The application is settled immediately.") }
  /// 承诺件 for a service that declares no time limits: no limit is promised, so none is
  /// mentioned (the dated lines of `Rendering.timeLines` speak of the limits there are).
  var promised: String {
    pick("本事项为承诺件，不当场办结。", "The application is not settled on the spot; it is handled after acceptance.")
  }
  func visits(_ n: Int) -> String {
    switch n {
    case 0: pick("本事项全程网办，无需到办事现场。", "No visit to the office is needed.")
    case 1: pick("本事项到办事现场次数：1次。", "At most one visit to the office is needed.")
    default: pick("本事项到办事现场次数：\(n)次。", "At most \(n) visits to the office are needed.")
    }
  }
  func exempt(_ names: [String]) -> String {
    english
      ? "Obtained from the shared data platform, so you need not bring them: \(names.joined(separator: ", "))."
      : "以下材料由共享平台获取，无需提交：\(names.joined(separator: "、"))。"
  }
  var commitmentsIntro: String {
    pick(
      "您已签署告知承诺，以承诺代替相关证明，受理后将依法核查：",
      "You have signed these commitments in lieu of proof; they will be checked after acceptance:")
  }

  func conditionNotMet(_ id: String) -> String {
    pick("不符合受理条件“\(id)”。", "The condition '\(id)' is not met.")
  }
  func askFor(_ label: String) -> String { pick("请提供：\(label)", "Please tell us: \(label)") }

  // MARK: - Notice

  /// The notice's title.
  func noticeTitle(_ outcome: Outcome) -> String {
    switch outcome {
    case .accepted: pick("受理通知书", "Notice of acceptance")
    case .acceptedWithWaiver: pick("容缺受理通知书", "Notice of acceptance with materials to follow")
    case .needsCorrection: pick("一次性告知书", "One-time notice: materials to supply")
    case .needsInformation: pick("一次性告知书", "One-time notice: information to supply")
    case .rejected: pick("不予受理通知书", "Notice of non-acceptance")
    }
  }
  func serviceLabel(_ name: String) -> String { pick("事项名称：", "Service: ") + name }
  func codeLabel(_ code: String) -> String { pick("实施编码：", "Implementation code: ") + code }
  func departmentLabel(_ name: String) -> String { pick("办理部门：", "Department: ") + name }
  func basisLabel(_ basis: String) -> String { pick("设定依据：", "Legal basis: ") + basis }
  func applicationLabel(_ id: String) -> String { pick("申请编号：", "Reference: ") + id }
  var salutation: String { pick("申请人：", "Dear applicant,") }

  /// The opening paragraph: what was applied for and what was found.
  func noticeOpening(_ outcome: Outcome, service: String) -> String {
    let found: String =
      switch outcome {
      case .rejected:
        pick(
          "不符合受理条件，决定不予受理。理由如下：",
          "It does not meet the acceptance conditions and cannot be accepted, for these reasons:")
      case .needsInformation:
        pick(
          "尚需补充以下信息，方能确定是否受理及需提交的材料。现一次性告知如下：",
          "We need more information to decide whether it can be accepted and what it needs. Everything is listed below:"
        )
      case .needsCorrection:
        pick(
          "申请材料不齐全。现将需要补正的全部材料一次性告知如下：",
          "Some required materials are missing. Everything you need to supply is listed below, all at once:")
      case .acceptedWithWaiver:
        pick(
          "主要申请材料齐全，决定予以容缺受理。现将有关事项告知如下：",
          "It has been accepted; some materials may be supplied afterwards, as set out below:")
      case .accepted:
        pick("申请材料齐全，符合法定形式，决定予以受理。现将有关事项告知如下：", "It is complete and has been accepted, as set out below:")
      }
    return english
      ? "We have examined your application for \(service). " + found
      : "您申请办理的“\(service)”，经审查，" + found
  }

  var reasonsSection: String { pick("不予受理的理由", "Reasons") }
  var questionsSection: String { pick("需补充的信息", "Information needed") }
  var knownMissingSection: String { pick("已确定需提交的材料", "Materials needed in any case") }
  var dependsOnAnswersSection: String {
    pick("视您的回答可能需要提交的材料", "Materials that may be needed, depending on your answers")
  }
  var missingSection: String { pick("需补正的材料", "Materials to supply") }
  var undeterminedSection: String { pick("视情况可能需要提交的材料", "Materials that may also be needed") }
  var exemptSection: String { pick("无需提交的材料", "Materials you need not bring") }
  var commitmentsSection: String {
    pick("已签署的告知承诺（受理后依法核查）", "Commitments signed in lieu of proof (checked after acceptance)")
  }
  var waivedSection: String { pick("容缺材料及补交期限", "Materials to supply after acceptance") }
  var letterSection: String { pick("容缺受理承诺", "Waiver commitment") }
  var providedSection: String { pick("已收取的材料", "Materials received") }
  var handlingSection: String { pick("办理时限", "Handling") }

  var noticeCorrectionClosing: String {
    pick(
      "请您一次性补齐上述材料后再次提交，补齐后即可受理。",
      "Please bring all of the above together; once they are supplied, the application can be accepted.")
  }
  var noticeInformationClosing: String {
    pick(
      "请您补充上述信息，我们将据此一次性告知是否受理及需提交的全部材料。",
      "Once you have supplied this information, we will tell you at once whether the application can be accepted and everything it needs."
    )
  }

  /// The line where the applicant signs the waiver commitment.
  var committerSignature: String {
    pick("承诺人（签字）：________________    日期：____年__月__日", "Signed (applicant): ________________    Date: ____________")
  }
  func issuedBy(_ department: String?) -> String {
    pick("办理部门（印章）：", "Issued by (seal): ") + (department ?? "________________")
  }
  func clerkSignature(_ date: CivilDate) -> String {
    pick("经办人（签字）：________________    日期：", "Clerk's signature: ________________    Date: ") + self.date(date)
  }
  var applicantReceipt: String {
    pick(
      "申请人（签收）：________________    日期：____年__月__日", "Received by the applicant: ________________    Date: ____________")
  }
}
