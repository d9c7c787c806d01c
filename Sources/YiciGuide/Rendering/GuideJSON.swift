import YiciCalendar
import YiciReporting
import YiciSemantics

/// A guide as JSON, the contract in the README: the same in every language (each text is
/// `{"zh", "en"}`), fields in a fixed order.
enum GuideJSON {
  static func render(_ guide: Guide) -> String { tree(guide).pretty }

  /// The guide as a JSON value (a bundle's guide holds its members').
  static func tree(_ guide: Guide) -> JSONTree {
    let header = guide.service.header
    let fields = guide.fields
    var object: [(String, JSONTree)] = [
      ("service", .string(guide.service.id)),
      ("date", .string(guide.date.description)),
      ("scenario", .bool(guide.scenario != nil)),
      ("name", text(header.name)),
      ("aliases", texts(fields.aliases)),
      ("search_words", texts(fields.searchWords)),
      ("code", .string(header.code)),
      ("kind", text(header.kind)),
      ("department", text(header.department)),
      ("basis", text(header.basis)),
      ("audience", texts(fields.audience)),
      ("handling", .string(handling(guide))),
      ("visits", .int(guide.visits)),
      ("scope", .string(fields.scope?.id)),
      ("online_depth", .int(fields.onlineDepth?.rawValue)),
      ("conditions", .array(guide.conditions.map(condition))),
      ("materials", .array(guide.materials.map(material))),
      ("steps", .array(fields.steps.map(step))),
      ("limits", limits(guide.limits)),
      ("fees", fees(fields.fees)),
      ("result", .object([("name", text(fields.result)), ("delivery", texts(fields.delivery))])),
      ("intermediaries", fields.intermediaries.map { .array($0.map(intermediary)) } ?? .null),
      ("places", .array(fields.places.map(place))),
      ("consultation", texts(fields.consultation)),
      ("complaints", texts(fields.complaints)),
    ]
    object += scenario(guide.scenario, form: guide.service)
    let cases = guide.visitCases
    if !cases.isEmpty, let at = object.firstIndex(where: { $0.0 == "visits" }) {
      // After `visits`, only for a service whose visits depend on the facts.
      let visitCases = cases.map { line in
        JSONTree.object([
          ("visits", .int(line.count)), ("depends_on", .array(line.dependsOn.map { .string($0.id) })),
        ])
      }
      object.insert(("visit_cases", .array(visitCases)), at: at + 1)
    }
    return JSONTree.object(object)
  }

  static func text(_ text: LocalizedText?) -> JSONTree {
    guard let text else { return .null }
    return .object([("zh", .string(text.text)), ("en", .string(text.english))])
  }

  static func texts(_ texts: [LocalizedText]) -> JSONTree { .array(texts.map { text($0) }) }

  static func handling(_ guide: Guide) -> String {
    switch guide.limits?.immediacy {
    case .always?: "immediate"
    case .when?: "conditional"
    case .never?: "promised"
    case nil: guide.service.header.immediate ? "immediate" : "promised"
    }
  }

  static func condition(_ entry: GuideCondition) -> JSONTree {
    let condition = entry.condition
    return .object([
      ("id", .string(condition.id)), ("reason", text(condition.reason)), ("basis", text(condition.basis)),
      ("commitment", text(condition.commitment)), ("status", .string(entry.status.rawValue)),
    ])
  }

  static func material(_ entry: GuideMaterial) -> JSONTree {
    let material = entry.material
    let notes = material.notes
    return .object(
      [
        ("id", .string(material.id)), ("name", text(material.name)), ("form", .string(material.form?.rawValue)),
        ("copies", .int(material.copies)), ("status", .string(entry.status.rawValue)),
        ("depends_on", .array(entry.dependsOn.map { .string($0.id) })),
        ("depends_on_materials", .array(entry.dependsOnMaterials.map { .string($0.id) })),
        (
          "alternatives",
          .array(
            entry.alternatives.map {
              .object([
                ("id", .string($0.id)), ("name", text($0.name)), ("form", .string($0.form?.rawValue)),
                ("copies", .int($0.copies)),
              ])
            })
        ),
        ("source", text(material.source)), ("library", .bool(material.sourceIsLibrary)),
        ("shared", .bool(material.shared)), ("waivable", .bool(material.waivable)),
        ("commitment", text(material.commitment)), ("basis", text(material.basis)), ("sealed", .bool(notes.sealed)),
        ("signed", .bool(notes.signed)), ("sample", .string(notes.sample)), ("blank_form", .string(notes.blankForm)),
        ("note", text(notes.note)),
      ] + copiesPer(entry))
  }

  /// `copies_per` (the fact's id) and `counted_copies` (for this applicant, when known), only
  /// for copies counted per a fact.
  private static func copiesPer(_ entry: GuideMaterial) -> [(String, JSONTree)] {
    guard let fact = entry.copiesPer else { return [] }
    return [("copies_per", .string(fact.id)), ("counted_copies", .int(entry.counted))]
  }

  static func days(_ count: DayCount?) -> JSONTree {
    guard let count else { return .null }
    return .object([("days", .int(count.value)), ("unit", .string(count.unit.rawValue))])
  }

  static func step(_ step: GuideStep) -> JSONTree {
    .object([("name", text(step.name)), ("by", text(step.performer)), ("takes", days(step.duration))])
  }

  static func limits(_ limits: CompiledTimeLimits?) -> JSONTree {
    guard let limits else { return .null }
    let immediate: String =
      switch limits.immediacy {
      case .always: "always"
      case .never: "never"
      case .when: "conditional"
      }
    return .object([
      ("statutory", days(limits.statutory)), ("statutory_basis", text(limits.statutoryBasis)),
      ("promised", days(limits.promised)), ("immediate", .string(immediate)),
      (
        "not_counted",
        .array(
          limits.notCounted.map {
            .object([("id", .string($0.id)), ("label", text($0.label)), ("maximum", days($0.maximum))])
          })
      ),
    ])
  }

  static func fees(_ policy: FeePolicy?) -> JSONTree {
    switch policy {
    case nil: .null
    case .free(let basis)?: .object([("free", .bool(true)), ("basis", text(basis)), ("items", .array([]))])
    case .charged(let fees)?:
      .object([
        ("free", .bool(false)), ("basis", .null),
        (
          "items",
          .array(
            fees.map {
              .object([("item", text($0.item)), ("amount", .number("\($0.amount)")), ("basis", text($0.basis))])
            })
        ),
      ])
    }
  }

  static func intermediary(_ intermediary: Intermediary) -> JSONTree {
    .object([("service", text(intermediary.service)), ("basis", text(intermediary.basis))])
  }

  static func place(_ place: GuidePlace) -> JSONTree {
    .object([
      ("address", text(place.address)), ("window", text(place.window)), ("hours", text(place.hours)),
      ("phone", text(place.phone)),
    ])
  }
}
