import Yici
import YiciCalendar
import YiciGuide
import YiciSemantics

/// What a questionnaire can ask and list: the input facts, the required materials and the
/// conditions that take a commitment, of a service or of a bundle's merged form (一件事:
/// one form, one set of materials).
struct FormModel: Sendable {
  /// Whether the form is a service's or a bundle's (its application says `"bundle"`).
  var isBundle: Bool
  /// The service's or bundle's id.
  var id: String
  /// Its name.
  var name: LocalizedText
  /// The department that handles it.
  var department: LocalizedText?
  /// The input facts, one per id, in the order declared.
  var facts: [FormFact]
  /// The required materials, one per id, in the order declared.
  var materials: [FormMaterial]
  /// The conditions whose proof a signed commitment (告知承诺) may stand for.
  var commitments: [FormCondition]
  /// For each material with a `when`, the input facts that decide whether it is required
  /// (the guide's `depends_on`): asked while the material is undetermined.
  var dependsOn: [String: [String]] = [:]

  /// The form of a service on a date.
  init(service: CompiledService, date: CivilDate) {
    self.init(form: service, isBundle: false, name: service.header.name, department: service.header.department)
    for material in Guide(service: service, date: date).materials where !material.dependsOn.isEmpty {
      dependsOn[material.material.id] = material.dependsOn.map(\.id)
    }
  }

  /// The form of a bundle on a date: its merged facts and materials, under the bundle's own name.
  init(bundle: CompiledBundle, rules: CompiledRuleSet, date: CivilDate) {
    self.init(form: bundle.form, isBundle: true, name: bundle.header.name, department: bundle.header.department)
    id = bundle.id
    for member in BundleGuide(bundle: bundle, rules: rules, date: date).members {
      for material in member.guide.materials where !material.dependsOn.isEmpty {
        let facts = (dependsOn[material.material.id] ?? []) + material.dependsOn.map(\.id)
        dependsOn[material.material.id] = FormState.unique(facts)
      }
    }
  }

  /// The questions to ask now: the decision's (most decisive first), then the facts that
  /// settle its undetermined materials, leaving out those answered.
  func questions(asked: [String], undetermined: [String], answered: Set<String>) -> [String] {
    var order = asked
    for material in undetermined {
      for fact in dependsOn[material] ?? [] where !answered.contains(fact) && !order.contains(fact) {
        order.append(fact)
      }
    }
    return order
  }

  private init(form: CompiledService, isBundle: Bool, name: LocalizedText, department: LocalizedText?) {
    self.isBundle = isBundle
    id = form.id
    self.name = name
    self.department = department
    var factIndex: [String: Int] = [:]
    facts = []
    for fact in form.facts where fact.isInput {
      let entry = FormFact(id: fact.id, label: fact.label, question: fact.question, type: fact.type)
      if let index = factIndex[fact.id] {
        facts[index] = entry
      } else {
        factIndex[fact.id] = facts.count
        facts.append(entry)
      }
    }
    // A bundle's merged form lists its members' materials; those only named in another's
    // `any(…)` are shown as its alternatives.
    let alternativesOnly = Set(form.materials.flatMap { $0.alternatives.map { form.materials[$0].id } })
    var seen = Set<String>()
    let listed = form.materials.filter { material in
      (material.isRequirement || (isBundle && !alternativesOnly.contains(material.id)))
        && seen.insert(material.id).inserted
    }
    materials = listed.map { material in
      FormMaterial(
        id: material.id, name: material.name, shared: material.shared, waivable: material.waivable,
        commitment: material.commitment != nil, basis: material.basis,
        alternatives: material.alternatives.map { (form.materials[$0].id, form.materials[$0].name) })
    }
    seen = []
    commitments = form.conditions.filter { $0.commitment != nil && seen.insert($0.id).inserted }.map {
      FormCondition(id: $0.id, commitment: $0.commitment ?? LocalizedText(""), basis: $0.basis)
    }
  }

  /// The fact with an id.
  func fact(_ id: String) -> FormFact? { facts.first { $0.id == id } }

  /// A material's or an alternative's display name; the id when the form has no such material.
  func materialName(_ id: String, english: Bool) -> String {
    for material in materials {
      if material.id == id { return material.name.text(english: english) }
      if let alternative = material.alternatives.first(where: { $0.id == id }) {
        return alternative.name.text(english: english)
      }
    }
    return id
  }
}

/// An input fact of a form.
struct FormFact: Sendable {
  var id: String
  var label: LocalizedText?
  var question: LocalizedText?
  var type: ValueType
}

/// A required material of a form, with the alternatives any one of which satisfies it.
struct FormMaterial: Sendable {
  var id: String
  var name: LocalizedText
  var shared: Bool
  var waivable: Bool
  var commitment: Bool
  var basis: LocalizedText?
  var alternatives: [(id: String, name: LocalizedText)]
}

/// A condition a signed commitment may stand in for.
struct FormCondition: Sendable {
  var id: String
  var commitment: LocalizedText
  var basis: LocalizedText?
}
