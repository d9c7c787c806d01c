import YiciCalendar
import YiciExplanation
import YiciSemantics

extension GuideDocument {
  /// The guide worded in a language, in the order of the official layout.
  init(_ guide: Guide, language: Language) {
    let words = GuideWords(language)
    let name = words.text(guide.service.header.name)
    self.init(
      title: guide.scenario == nil ? words.title(name) : words.scenarioTitle(name),
      subtitle: words.subtitle(guide.date))
    let fields = guide.fields
    sections.append(Self.basics(guide, words))
    if let scenario = guide.scenario { sections.append(Self.answers(scenario, guide.service, words)) }
    sections.append(Self.conditions(guide, words))
    sections.append(Self.materials(guide, words))
    sections.append(Self.steps(fields, words))
    sections.append(Self.limits(guide, words))
    sections.append(Self.fees(fields, words))
    sections.append(Self.result(fields, words))
    sections.append(Self.intermediaries(fields, words))
    sections.append(Self.places(fields, words))
    sections.append(Self.channels(fields, words))
    if let scenario = guide.scenario { sections.append(Self.questions(scenario, words)) }
  }

  private static func basics(_ guide: Guide, _ words: GuideWords) -> Section {
    let header = guide.service.header
    let fields = guide.fields
    var section = Section(heading: words.basics)
    func row(_ label: String, _ value: String?) {
      if let value, !value.isEmpty { section.rows.append((label, value)) }
    }
    row(words.name, words.text(header.name))
    row(words.aliases, fields.aliases.isEmpty ? nil : words.texts(fields.aliases))
    row(words.code, header.code)
    row(words.kind, header.kind.map(words.text))
    row(words.department, header.department.map(words.text))
    row(words.basis, header.basis.map(words.text))
    row(words.audience, fields.audience.isEmpty ? nil : words.texts(fields.audience))
    row(words.handling, handling(guide, words))
    row(words.visits, visits(guide, words))
    row(words.scope, fields.scope.map(words.scope))
    row(words.onlineDepth, fields.onlineDepth.map(words.depth))
    return section
  }

  /// 到现场次数: the service's, with the cases that differ (`visits 0 when online`) in the
  /// general guide; this applicant's in a scenario.
  static func visits(_ guide: Guide, _ words: GuideWords) -> String? {
    let cases = guide.visitCases
    guard !cases.isEmpty, guide.scenario == nil else { return guide.visits.map(words.visitCount) }
    return words.visitCases(
      guide.visits,
      cases.map { line in (line.count, line.dependsOn.map { $0.label.map(words.text) ?? $0.id }) })
  }

  /// 即办件, 承诺件, or 承诺件 with an `immediate when`.
  static func handling(_ guide: Guide, _ words: GuideWords) -> String {
    switch guide.limits?.immediacy {
    case .always?: words.immediate
    case .when?: words.conditional
    case .never?: words.promised
    case nil: guide.service.header.immediate ? words.immediate : words.promised
    }
  }

  private static func answers(_ scenario: GuideScenario, _ service: CompiledService, _ words: GuideWords) -> Section {
    var section = Section(heading: words.yourAnswers)
    for (fact, value) in scenario.answers {
      let label = fact.label.map(words.text) ?? fact.question.map(words.text) ?? fact.id
      section.rows.append((label, shownAnswer(value, of: fact, words)))
    }
    return section
  }

  /// An answer as the applicant reads it: yes/no in words, an option by its label, the
  /// options chosen of a multi-select fact each by its label (none: 无).
  static func shownAnswer(_ value: String, of fact: FactDefinition, _ words: GuideWords) -> String {
    func option(_ value: String) -> String {
      let option = fact.options.first { $0.id == value || $0.label?.text == value || $0.label?.english == value }
      return option.map { $0.label.map(words.text) ?? $0.id } ?? value
    }
    if fact.isMultiSelect {
      let chosen = value.isEmpty ? [] : value.components(separatedBy: ", ").map(option)
      return chosen.isEmpty ? words.pick("无", "none") : chosen.joined(separator: words.pick("、", ", "))
    }
    switch (value, fact.type) {
    case ("true", _): return words.pick("是", "yes")
    case ("false", _): return words.pick("否", "no")
    case (_, .number(let unit?)) where fact.personal == nil: return words.english ? "\(value) \(unit)" : value + unit
    case (_, .date) where fact.personal == nil: return CivilDate(iso: value).map(words.longDate) ?? value
    default: return option(value)
    }
  }

  private static func conditions(_ guide: Guide, _ words: GuideWords) -> Section {
    var section = Section(heading: words.conditions)
    section.lead = guide.conditions.isEmpty ? nil : words.refusedWhen
    section.items = guide.conditions.map { entry in
      let condition = entry.condition
      var item = Item(heading: condition.reason.map(words.text) ?? words.conditionWithoutReason(condition.id))
      if let status = words.conditionStatus(entry.status) { item.details.append(status) }
      if let commitment = condition.commitment { item.details.append(words.commitment(words.text(commitment))) }
      if let basis = condition.basis { item.details.append(words.legalBasis(words.text(basis))) }
      return item
    }
    return section
  }

  private static func materials(_ guide: Guide, _ words: GuideWords) -> Section {
    var section = Section(heading: words.materials)
    section.items = guide.materials.map { entry in material(entry, words) }
    if section.items.isEmpty { section.paragraphs.append(words.noMaterials) }
    return section
  }

  static func material(_ entry: GuideMaterial, _ words: GuideWords) -> Item {
    let material = entry.material
    var heading = words.text(material.name)
    let per = entry.copiesPer.map { CopiesPerPhrase.Counter($0, english: words.english) }
    if let form = words.form(
      material.form, material.copies, per: per, counted: entry.counted)
    {
      heading += words.english ? " (\(form))" : "（\(form)）"
    }
    var item = Item(heading: heading)
    if let status = words.materialStatus(entry.status) { item.details.append(status) }
    if entry.status == .conditional {
      let facts = entry.dependsOn.map { $0.label.map(words.text) ?? $0.id }
      item.details.append(
        words.dependsOn(facts + entry.dependsOnMaterials.map { words.whetherBrought(words.text($0.name)) }))
    }
    if !entry.alternatives.isEmpty {
      item.details.append(
        words.anyOf(
          entry.alternatives.map { alternative in
            words.text(alternative.name)
              + (words.form(alternative.form, alternative.copies).map {
                words.english ? " (\($0))" : "（\($0)）"
              } ?? "")
          }))
    }
    if material.sourceIsLibrary {
      item.details.append(words.library)
    } else if let source = material.source {
      item.details.append(words.source(words.text(source)))
    }
    if material.shared && !material.sourceIsLibrary { item.details.append(words.shared) }
    if material.waivable { item.details.append(words.waivable) }
    if entry.commitmentClosed {
      item.details.append(words.commitmentClosed)
    } else if let commitment = material.commitment {
      item.details.append(words.commitment(words.text(commitment)))
    }
    let notes = material.notes
    if notes.sealed { item.details.append(words.sealed) }
    if notes.signed { item.details.append(words.signed) }
    if let sample = notes.sample { item.details.append(words.sample(sample)) }
    if let blank = notes.blankForm { item.details.append(words.blankForm(blank)) }
    if let note = notes.note { item.details.append(words.note(words.text(note))) }
    if let basis = material.basis { item.details.append(words.legalBasis(words.text(basis))) }
    return item
  }

  private static func steps(_ fields: ServiceGuide, _ words: GuideWords) -> Section {
    var section = Section(heading: words.steps)
    section.items = fields.steps.map { step in
      Item(
        heading: words.text(step.name),
        details: [words.performer(words.text(step.performer)), words.takes(words.duration(step.duration))])
    }
    if section.items.isEmpty { section.paragraphs.append(words.stepsNotDeclared) }
    return section
  }

  private static func limits(_ guide: Guide, _ words: GuideWords) -> Section {
    var section = Section(heading: words.limits)
    guard let limits = guide.limits else {
      section.paragraphs.append(words.notPublished)
      return section
    }
    if let statutory = limits.statutory {
      let basis = limits.statutoryBasis.map { words.english ? " (\(words.text($0)))" : "（\(words.text($0))）" } ?? ""
      section.rows.append((words.statutory, words.duration(statutory) + basis))
    }
    if let promised = limits.promised { section.rows.append((words.promisedLimit, words.duration(promised))) }
    switch limits.immediacy {
    case .always: section.rows.append((words.immediateLimit, words.pick("是", "yes")))
    case .when: section.rows.append((words.immediateLimit, words.immediateSometimes))
    case .never: break
    }
    if !limits.notCounted.isEmpty {
      let kinds = limits.notCounted.map { kind in
        (kind.label.map(words.text) ?? kind.id)
          + (kind.maximum.map {
            words.english ? " (at most \(words.duration($0)))" : "（最多\(words.duration($0))）"
          } ?? "")
      }
      section.rows.append((words.notCounted, kinds.joined(separator: words.pick("、", "; "))))
    }
    return section
  }

  private static func fees(_ fields: ServiceGuide, _ words: GuideWords) -> Section {
    var section = Section(heading: words.fees)
    switch fields.fees {
    case nil: section.paragraphs.append(words.notPublished)
    case .free(let basis)?:
      section.paragraphs.append(
        words.free + (basis.map { words.english ? " (\(words.text($0)))" : "（\(words.text($0))）" } ?? ""))
    case .charged(let fees)?:
      section.items = fees.map { fee in
        Item(
          heading: words.fee(words.text(fee.item), "\(fee.amount)"),
          details: fee.basis.map { [words.legalBasis(words.text($0))] } ?? [])
      }
    }
    return section
  }

  private static func result(_ fields: ServiceGuide, _ words: GuideWords) -> Section {
    var section = Section(heading: words.result)
    section.rows.append((words.resultName, fields.result.map(words.text) ?? words.notPublished))
    if !fields.delivery.isEmpty { section.rows.append((words.delivery, words.texts(fields.delivery))) }
    return section
  }

  private static func intermediaries(_ fields: ServiceGuide, _ words: GuideWords) -> Section {
    var section = Section(heading: words.intermediaries)
    switch fields.intermediaries {
    case nil: section.paragraphs.append(words.notPublished)
    case let services? where services.isEmpty: section.paragraphs.append(words.noIntermediary)
    case let services?:
      section.items = services.map {
        Item(heading: words.text($0.service), details: $0.basis.map { [words.legalBasis(words.text($0))] } ?? [])
      }
    }
    return section
  }

  private static func places(_ fields: ServiceGuide, _ words: GuideWords) -> Section {
    var section = Section(heading: words.places)
    section.items = fields.places.map { place in
      var item = Item(heading: words.text(place.address))
      if let window = place.window { item.details.append(words.window + words.pick("：", ": ") + words.text(window)) }
      if let hours = place.hours { item.details.append(words.hours + words.pick("：", ": ") + words.text(hours)) }
      if let phone = place.phone { item.details.append(words.phone + words.pick("：", ": ") + words.text(phone)) }
      return item
    }
    if section.items.isEmpty { section.paragraphs.append(words.notPublished) }
    return section
  }

  private static func channels(_ fields: ServiceGuide, _ words: GuideWords) -> Section {
    var section = Section(heading: words.channels)
    section.rows.append(
      (words.consult, fields.consultation.isEmpty ? words.notPublished : words.texts(fields.consultation)))
    section.rows.append(
      (words.complaints, fields.complaints.isEmpty ? words.notPublished : words.texts(fields.complaints)))
    return section
  }

  private static func questions(_ scenario: GuideScenario, _ words: GuideWords) -> Section {
    var section = Section(heading: words.stillToAnswer)
    section.items = scenario.questions.map { Item(heading: $0.text) }
    if section.items.isEmpty { section.paragraphs.append(words.noQuestions) }
    return section
  }
}
