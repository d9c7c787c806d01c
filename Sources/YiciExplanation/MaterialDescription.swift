import YiciCalendar
import YiciEvaluation
import YiciSemantics

/// How a material is described to the applicant: its name, form and copies, where to get
/// it, what may replace it, and its legal basis.
struct MaterialDescription {
  let service: CompiledService
  let phrases: Phrases
  /// Every material's heading and details, written in advance (nil: written on demand).
  let prepared: PreparedMaterials?
  /// The decision's date: a material declared for several periods is described by the
  /// version in force on it.
  let date: CivilDate?
  /// The copies this applicant brings of materials counted per a fact, by id.
  let counted: [String: Int]

  init(
    service: CompiledService, phrases: Phrases, prepared: PreparedMaterials? = nil, date: CivilDate? = nil,
    counted: [CountedCopies]? = nil
  ) {
    self.service = service
    self.phrases = phrases
    self.prepared = prepared
    self.date = date
    var byID: [String: Int] = [:]
    for entry in counted ?? [] { byID[entry.id] = entry.copies }
    self.counted = byID
  }

  /// The compiled material with an id (the version in force), if the service has it.
  func material(_ id: String) -> CompiledMaterial? {
    service.material(id, on: date)
  }

  /// The display name in the language (the id when the service does not know it).
  func name(_ id: String) -> String {
    material(id)?.name.text(english: phrases.english) ?? id
  }

  /// The names of materials, in the order given.
  func names(_ ids: [String]) -> [String] { ids.map(name) }

  /// The name with form and copies: 食品经营许可申请书（原件1份）.
  func heading(_ id: String) -> String {
    guard let slot = service.materialSlot(id, on: date) else { return id }
    if let copies = counted[id] { return heading(service.materials[slot], counted: copies) }
    return prepared?.headings[slot] ?? heading(service.materials[slot])
  }

  func heading(_ material: CompiledMaterial, counted: Int? = nil) -> String {
    phrases.withForm(material.name.text(english: phrases.english), formAndCopies(material, counted: counted))
  }

  /// The form and copies in words (原件1份, 复印件3份，按股东人数每人1份), nil when neither is given.
  func formAndCopies(_ material: CompiledMaterial, counted: Int?) -> String? {
    let per = material.copiesPer.map {
      CopiesPerPhrase.Counter(service.fact($0, on: date), english: phrases.english)
    }
    return phrases.formAndCopies(material.form, material.copies, per: per, counted: counted)
  }

  /// A numbered item: the heading, then the details indented under it.
  ///
  /// `first` lines (e.g. the due date) come right under the heading; `offerCommitment`
  /// adds the 告知承诺 that may replace a missing material.
  func item(_ number: Int, _ id: String, first: [String] = [], offerCommitment: Bool = false) -> [String] {
    var heading = self.heading(id)
    if phrases.english { heading = capitalizedFirst(heading) }
    var lines = [phrases.number(number) + heading]
    lines += first.map { Self.indent + $0 }
    lines += indentedDetails(id, offerCommitment: offerCommitment)
    return lines
  }

  /// How an item's lines are indented under its heading.
  static let indent = "   "

  /// Numbered items for materials, in the order given; the 告知承诺 of a material in
  /// `closed` is not offered, and the item says so.
  func items(
    _ ids: [String], offerCommitment: Bool = false, closed: [String] = [],
    due: (String) -> CivilDate? = { _ in nil }
  ) -> [String] {
    ids.enumerated().flatMap { offset, id in
      let isClosed = offerCommitment && closed.contains(id)
      return item(
        offset + 1, id,
        first: (due(id).map { [phrases.due($0)] } ?? []) + (isClosed ? [phrases.materialCommitmentClosed] : []),
        offerCommitment: offerCommitment && !isClosed)
    }
  }

  /// The details, each indented under the item's heading.
  func indentedDetails(_ id: String, offerCommitment: Bool) -> [String] {
    guard let slot = service.materialSlot(id, on: date) else { return [] }
    let material = service.materials[slot]
    // Prepared details name alternatives without an applicant's count.
    if let prepared,
      counted.isEmpty || !material.alternatives.contains(where: { counted[service.materials[$0].id] != nil })
    {
      return offerCommitment ? prepared.detailsOfferingCommitment[slot] : prepared.details[slot]
    }
    return indentedDetails(material, offerCommitment: offerCommitment)
  }

  func indentedDetails(_ material: CompiledMaterial, offerCommitment: Bool) -> [String] {
    details(material, offerCommitment: offerCommitment).map { Self.indent + $0 }
  }

  /// Alternatives, where to get it, the commitment that may replace it, the basis.
  func details(_ material: CompiledMaterial, offerCommitment: Bool) -> [String] {
    var lines: [String] = []
    let alternatives = material.alternatives.map { slot in
      heading(service.materials[slot], counted: counted[service.materials[slot].id])
    }
    if !alternatives.isEmpty { lines.append(phrases.anyOf(alternatives)) }
    if let source = material.source {
      lines.append(phrases.source(source.text(english: phrases.english)))
    } else if material.sourceIsLibrary {
      lines.append(phrases.source(phrases.library))
    }
    if offerCommitment, let commitment = material.commitment {
      lines.append(phrases.materialCommitmentOption(commitment.text(english: phrases.english)))
    }
    if let basis = material.basis {
      lines.append(phrases.basis(basis.text(english: phrases.english)))
    }
    return lines
  }

  /// Ids in the service's declaration order (unknown ids last, in the order given).
  func inDeclarationOrder(_ ids: [String]) -> [String] {
    ids.enumerated().sorted { a, b in
      let x = service.materialSlots[a.element] ?? Int.max
      let y = service.materialSlots[b.element] ?? Int.max
      return x != y ? x < y : a.offset < b.offset
    }.map(\.element)
  }
}

/// The text with its first character upper-cased (English list items).
func capitalizedFirst(_ text: String) -> String {
  guard let first = text.first else { return text }
  return first.uppercased() + text.dropFirst()
}

/// Every material's heading and detail lines for one service in one language, written
/// once: explaining many decisions then copies them instead of composing them each time.
final class PreparedMaterials: Sendable {
  /// By material slot.
  let headings: [String]
  /// By material slot, indented, without and with the 告知承诺 that may replace the
  /// material.
  let details: [[String]]
  let detailsOfferingCommitment: [[String]]

  init(service: CompiledService, phrases: Phrases) {
    let description = MaterialDescription(service: service, phrases: phrases)
    headings = service.materials.map { description.heading($0) }
    details = service.materials.map { description.indentedDetails($0, offerCommitment: false) }
    detailsOfferingCommitment = service.materials.map { description.indentedDetails($0, offerCommitment: true) }
  }
}
