import YiciCalendar
import YiciEvaluation
import YiciSemantics

// A bundle's explanation and its one-time notice are one document (一件事一次告知): what
// each department does, what to bring once (and for whom), what the bundle makes for itself,
// what is still to be told, and by when everything is done.

extension Explainer {
  /// The document for a bundle decision, in zh or en: its head, the application's line
  /// (with an id) and its body.
  package static func bundleExplanation(
    of decision: Decision, bundle: CompiledBundle, services: [CompiledService], language: Language
  ) -> String {
    guard decision.bundle != nil else { return "" }
    var text = bundleHead(bundle, language: language)
    if let id = decision.id { text += bundleApplicationLine(id, language: language) }
    return text + bundleBody(of: decision, bundle: bundle, services: services, language: language)
  }

  /// The document's first lines, the same for every decision on the bundle: its title, name
  /// and basis, each ending with a newline.
  package static func bundleHead(_ bundle: CompiledBundle, language: Language) -> String {
    let english = language == .en
    func pick(_ zh: String, _ en: String) -> String { english ? en : zh }
    var lines: [String] = []
    let title = bundle.header.name.text(english: english)
    lines.append(pick("一件事一次告知书", "One-time notice for a bundle of services"))
    lines.append(pick("一件事：\(title)", "Bundle: \(title)"))
    if let basis = bundle.header.basis { lines.append(pick("依据：", "Basis: ") + basis.text(english: english)) }
    return lines.map { $0 + "\n" }.joined()
  }

  /// The line naming the application by its id, with its newline.
  package static func bundleApplicationLine(_ id: String, language: Language) -> String {
    (language == .en ? "Application: \(id)" : "申请编号：\(id)") + "\n"
  }

  /// The document from its outcome line on (what the decision says, not its id), ending with
  /// a newline.
  package static func bundleBody(
    of decision: Decision, bundle: CompiledBundle, services: [CompiledService], language: Language
  ) -> String {
    guard let parts = decision.bundle else { return "" }
    let english = language == .en
    let phrases = Phrases(language)
    func pick(_ zh: String, _ en: String) -> String { english ? en : zh }
    func name(_ service: CompiledService) -> String { service.header.name.text(english: english) }
    func materialName(_ id: String) -> String {
      for service in services {
        if let slot = service.materialSlots[id] { return service.materials[slot].name.text(english: english) }
      }
      return id
    }
    /// The form and this application's count of a material counted per a fact, as the
    /// member that asks for the most says them (复印件3份，按股东人数每人1份); nil for the others.
    func countedCopies(_ id: String) -> String? {
      guard let counted = decision.materials.copies?.first(where: { $0.id == id }),
        let (_, service) = zip(parts.members, services).first(where: { member, _ in
          member.decision?.materials.copies?.contains(counted) == true
        }),
        let material = service.material(id, on: decision.date)
      else { return nil }
      return MaterialDescription(service: service, phrases: phrases, date: decision.date)
        .formAndCopies(material, counted: counted.copies)
    }
    func needing(_ id: String) -> [String] {
      zip(parts.members, services).compactMap { member, service in
        member.decision?.materials.required.contains(id) == true ? name(service) : nil
      }
    }
    var lines: [String] = []
    lines.append(pick("办理结果：", "Outcome: ") + phrases.outcome(decision.outcome))
    lines.append("")
    lines.append(pick("一、各部门办理事项", "1. What each department does"))
    for (offset, (member, service)) in zip(parts.members, services).enumerated() {
      let department = service.header.department.map { pick("（\($0.text)）", " (\($0.text(english: true)))") } ?? ""
      let state: String
      switch member.selected {
      case false: state = pick("本次不需办理", "not needed for this application")
      case nil: state = pick("是否需要办理，待补充信息后确定", "to be settled once the questions below are answered")
      case true:
        let outcome = member.decision.map { phrases.outcome($0.outcome) } ?? ""
        let due = member.decision?.deadlines?.promised.map {
          pick("，承诺\(phrases.date($0))前办结", "; done by \(phrases.date($0))")
        }
        state = outcome + (due ?? "")
      }
      lines.append(
        "\(english ? "(\(offset + 1))" : "\(offset + 1).") \(name(service))\(department)\(pick("：", ": "))\(state)")
    }
    var section = 2
    func heading(_ zh: String, _ en: String) {
      lines.append("")
      let numbers = ["", "一", "二", "三", "四", "五", "六", "七", "八"]
      lines.append(english ? "\(section). \(en)" : "\(numbers[min(section, 8)])、\(zh)")
      section += 1
    }
    if !decision.reasons.isEmpty {
      heading("不予受理的原因", "Why it cannot be accepted")
      for reason in decision.reasons {
        lines.append("- " + reason.text + (reason.basis.map { pick("（依据：\($0)）", " (basis: \($0))") } ?? ""))
      }
    }
    let toBring = decision.materials.missing + decision.materials.waived.map(\.id)
    if !toBring.isEmpty {
      heading("需一次提交的材料（一套材料）", "What to bring, once")
      for id in toBring {
        let who = needing(id).joined(separator: pick("、", ", "))
        let waived = decision.materials.waived.first { $0.id == id }
        let later =
          waived.map { waived in
            waived.due.map { pick("，容缺受理，请于\(phrases.date($0))前补交", "; waived, to supply by \(phrases.date($0))") }
              ?? pick("，容缺受理，可后补", "; waived, to supply later")
          } ?? ""
        let counted = countedCopies(id).map { $0 + pick("；", "; ") } ?? ""
        lines.append(
          "- \(materialName(id))\(pick("（", " ("))\(counted)\(pick("", "for "))\(who)\(pick("需要）", ")"))\(later)")
      }
    }
    if !parts.produced.isEmpty {
      heading("由本一件事内部提供、无需提交的材料", "Made within the bundle, not to be brought")
      for made in parts.produced {
        let by = services.first { $0.id == made.by }.map(name) ?? made.by
        let to = made.to.map { id in services.first { $0.id == id }.map(name) ?? id }
        let made = materialName(made.id)
        lines.append(
          english
            ? "- \(made) (for \(to.joined(separator: ", "))): provided by the \(by) step of this bundle; do not bring it"
            : "- \(made)（\(to.joined(separator: "、"))所需）：由本一件事内的\(by)环节提供，无需提交")
      }
    }
    if !parts.settled.isEmpty {
      heading("由本一件事内部确定、无需回答的情况", "Settled within the bundle, not asked")
      for settled in parts.settled {
        let by = services.first { $0.id == settled.by }.map(name) ?? settled.by
        let fact = bundle.form.factSlots[settled.fact].map { bundle.form.facts[$0] }
        let label = fact?.label?.text(english: english) ?? settled.fact
        lines.append(
          english
            ? "- \(label): settled by the \(by) step of this bundle; not asked"
            : "- \(label)：由本一件事内的\(by)环节确定，无需回答")
      }
    }
    if !decision.questions.isEmpty {
      heading("还需了解的情况", "What we still need to know")
      for (offset, question) in decision.questions.enumerated() { lines.append("\(offset + 1). \(question.text)") }
    }
    if let deadlines = parts.deadlines {
      heading("办结时间", "When it is done")
      lines.append(pick("受理日期：\(phrases.date(deadlines.accepted))", "Accepted on \(phrases.date(deadlines.accepted))"))
      if let path = deadlines.criticalPath {
        lines.append(
          pick(
            "各部门同时办理（需前一环节结果的依次办理），预计\(phrases.date(path))前全部办结。",
            "The departments work at the same time (one that needs another's result after it): all done by \(phrases.date(path))."
          ))
      }
      if let promised = deadlines.promised {
        lines.append(
          pick("本一件事承诺\(phrases.date(promised))前办结。", "The bundle is promised by \(phrases.date(promised))."))
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
