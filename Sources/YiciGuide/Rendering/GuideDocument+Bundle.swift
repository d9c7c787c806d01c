import YiciExplanation
import YiciSemantics

extension GuideDocument {
  /// A bundle's guide worded in a language: the bundle, its members, one set of materials,
  /// the results that stand for materials, each member's steps, and the channels.
  init(_ guide: BundleGuide, language: Language) {
    let words = GuideWords(language)
    let name = words.text(guide.bundle.header.name)
    self.init(
      title: guide.scenario == nil ? words.title(name) : words.scenarioTitle(name),
      subtitle: words.subtitle(guide.date))
    let header = guide.bundle.header
    var basics = Section(heading: words.basics)
    basics.rows.append((words.bundleName, name))
    if let department = header.department { basics.rows.append((words.leadDepartment, words.text(department))) }
    if let basis = header.basis { basics.rows.append((words.basis, words.text(basis))) }
    if let visits = header.visits { basics.rows.append((words.visits, words.visitCount(visits))) }
    if let promised = guide.bundle.promised { basics.rows.append((words.promisedLimit, words.duration(promised))) }
    sections.append(basics)
    if let scenario = guide.scenario { sections.append(Self.bundleAnswers(scenario, words)) }
    let handled = guide.members.filter { $0.status != .notSelected }
    sections.append(Self.members(guide.members, words))
    var conditions = Section(heading: words.conditions)
    conditions.lead = words.refusedWhen
    for member in handled {
      let service = words.text(member.guide.service.header.name)
      for entry in member.guide.conditions {
        let reason = entry.condition.reason.map(words.text) ?? words.conditionWithoutReason(entry.condition.id)
        var item = Item(heading: words.memberPrefix(service) + reason)
        if let status = words.conditionStatus(entry.status) { item.details.append(status) }
        let reads = member.guide.service.inputSlots(of: entry.condition.expression).map {
          member.guide.service.facts[$0].id
        }
        item.details += Self.settledLines(member, reading: reads, words)
        if let basis = entry.condition.basis { item.details.append(words.legalBasis(words.text(basis))) }
        conditions.items.append(item)
      }
    }
    if conditions.items.isEmpty { conditions.lead = nil }
    sections.append(conditions)
    sections.append(Self.oneSetOfMaterials(handled, words))
    var steps = Section(heading: words.steps)
    for member in handled {
      let line = member.guide.fields.steps.map { step in
        words.text(step.name) + words.pick("（", " (") + words.text(step.performer) + words.pick("，", ", ")
          + words.duration(step.duration) + words.pick("）", ")")
      }
      steps.items.append(
        Item(
          heading: words.text(member.guide.service.header.name),
          details: line.isEmpty ? [words.stepsNotDeclared] : line))
    }
    sections.append(steps)
    var channels = Section(heading: words.channels)
    for member in handled {
      let fields = member.guide.fields
      var item = Item(heading: words.text(member.guide.service.header.name))
      if !fields.consultation.isEmpty {
        item.details.append(words.consult + words.pick("：", ": ") + words.texts(fields.consultation))
      }
      if !fields.complaints.isEmpty {
        item.details.append(words.complaints + words.pick("：", ": ") + words.texts(fields.complaints))
      }
      channels.items.append(item)
    }
    sections.append(channels)
    if let scenario = guide.scenario {
      var questions = Section(heading: words.stillToAnswer)
      questions.items = scenario.questions.map { Item(heading: $0.text) }
      if questions.items.isEmpty { questions.paragraphs.append(words.noQuestions) }
      sections.append(questions)
    }
  }

  private static func bundleAnswers(_ scenario: GuideScenario, _ words: GuideWords) -> Section {
    var section = Section(heading: words.yourAnswers)
    for (fact, value) in scenario.answers {
      let label = fact.label.map(words.text) ?? fact.question.map(words.text) ?? fact.id
      section.rows.append((label, shownAnswer(value, of: fact, words)))
    }
    return section
  }

  private static func members(_ members: [BundleGuideMember], _ words: GuideWords) -> Section {
    var section = Section(heading: words.bundleMembers)
    section.items = members.map { member in
      let service = member.guide.service
      var item = Item(heading: words.text(service.header.name))
      switch member.status {
      case .always, .selected: item.details.append(words.memberHandled)
      case .notSelected: item.details.append(words.memberNotHandled)
      case .open: item.details.append(words.memberOpen)
      case .conditional:
        item.details.append(words.memberDependsOn(member.dependsOn.map { $0.label.map(words.text) ?? $0.id }))
      }
      if let department = service.header.department {
        item.details.append(words.department + words.pick("：", ": ") + words.text(department))
      }
      item.details.append(words.handling + words.pick("：", ": ") + handling(member.guide, words))
      return item
    }
    return section
  }

  /// Every material once over the members handled (一套材料), each naming the members that
  /// need it; a material another member's result stands for is said to be made within the
  /// bundle instead.
  private static func oneSetOfMaterials(_ members: [BundleGuideMember], _ words: GuideWords) -> Section {
    var section = Section(heading: words.oneSetOfMaterials)
    var order: [String] = []
    var entries: [String: (material: GuideMaterial, users: [String])] = [:]
    var produced: [Item] = []
    var settled: [String: [String]] = [:]
    for member in members {
      let service = words.text(member.guide.service.header.name)
      for entry in member.guide.materials {
        if let made = member.produced.first(where: { $0.material == entry.material.id }) {
          produced.append(
            Item(
              heading: words.text(entry.material.name),
              details: [words.producedBy(words.text(made.by.header.name), for: service)]))
          continue
        }
        if entries[entry.material.id] == nil {
          order.append(entry.material.id)
          entries[entry.material.id] = (entry, [service])
          settled[entry.material.id] = settledLines(member, reading: entry.dependsOn.map(\.id), words)
        } else {
          entries[entry.material.id]?.users.append(service)
        }
      }
    }
    section.items = order.compactMap { id in
      guard let entry = entries[id] else { return nil }
      var item = material(entry.material, words)
      item.details.insert(words.usedBy(entry.users), at: 0)
      item.details += settled[id] ?? []
      return item
    }
    if section.items.isEmpty { section.paragraphs.append(words.noMaterials) }
    if !produced.isEmpty {
      section.paragraphs.append(words.producedHeading)
      section.paragraphs += produced.map { "· " + $0.heading + words.pick("：", ": ") + $0.details.joined() }
    }
    return section
  }

  /// What a member's entry (a condition, a material's `when`) that reads facts another
  /// member's result settles says of them: answered within the bundle, not asked.
  private static func settledLines(_ member: BundleGuideMember, reading facts: [String], _ words: GuideWords)
    -> [String]
  {
    member.settled.filter { facts.contains($0.fact.id) }.map { line in
      words.settledBy(
        line.fact.label.map(words.text) ?? line.fact.question.map(words.text) ?? line.fact.id,
        words.text(line.by.header.name))
    }
  }
}
