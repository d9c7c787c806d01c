import YiciInterchange
import YiciSemantics

/// What a service asks and requires, as plain data: what a web form or a service list shows
/// (`yici serve`'s `/v1/services`). Texts are given in Chinese (`zh`) and, where the rules
/// give it, English (`en`).
public struct ServiceDescription: Encodable, Sendable, Equatable {
  /// The service's id (what an application's `service` names).
  public var id: String
  /// The service's name.
  public var name: Text
  /// Other names people know it by (the guide's `aliases`).
  public var aliases: [Text] = []
  /// Its code in the catalogue of service items (事项编码), when the rules give one.
  public var code: String?
  /// The department that handles it.
  public var department: Text?
  /// The category of administrative power (行政许可, …).
  public var kind: Text?
  /// The legal basis of the service.
  public var basis: Text?
  /// Whether it is decided on the spot (即办件) by its header.
  public var immediate: Bool
  /// How many visits it may take at most.
  public var visits: Int?
  /// The input facts, each with its question.
  public var facts: [Fact]
  /// The acceptance conditions (受理条件).
  public var conditions: [Condition]
  /// The materials (申请材料).
  public var materials: [Material]
  /// For a bundle (一件事, decided by `"bundle": id`): its member services, in order; nil for
  /// a service.
  public var members: [String]? = nil

  /// A text in Chinese and, when the rules give it, in English.
  public struct Text: Encodable, Sendable, Equatable {
    /// The Chinese text.
    public var zh: String
    /// The English text, when the rules give one.
    public var en: String?
  }

  /// An input fact: what is asked and what answers it takes.
  public struct Fact: Encodable, Sendable, Equatable {
    /// The id.
    public var id: String
    /// What it is called.
    public var label: Text?
    /// The question a clerk or a form asks.
    public var question: Text?
    /// `bool`, `number`, `text`, `date` or `options`.
    public var type: String
    /// The unit of a number, when it has one.
    public var unit: String?
    /// The options of an `options` fact, in order.
    public var options: [Option]?
  }

  /// One option of an `options` fact.
  public struct Option: Encodable, Sendable, Equatable {
    /// The id.
    public var id: String
    /// What it is called.
    public var label: Text?
  }

  /// An acceptance condition: what the applicant is told when it fails.
  public struct Condition: Encodable, Sendable, Equatable {
    /// The id.
    public var id: String
    /// What the applicant is told when it fails.
    public var reason: Text?
    /// Its legal basis.
    public var basis: Text?
    /// Whether a signed commitment (告知承诺) may stand in for its proof.
    public var commitment: Bool
  }

  /// A material.
  public struct Material: Encodable, Sendable, Equatable {
    /// The id.
    public var id: String
    /// Its display name.
    public var name: Text
    /// `original`, `copy`, `original_and_copy` (原件核验，复印件留存) or `electronic`.
    public var form: String?
    /// How many copies.
    public var copies: Int?
    /// Whether a fact decides if it is required (`when`).
    public var conditional: Bool
    /// Whether it may be waived (容缺).
    public var waivable: Bool
    /// Whether the shared-data platform may supply it.
    public var shared: Bool
    /// Whether a signed commitment (告知承诺) may replace it.
    public var commitment: Bool
    /// Where to get it.
    public var source: Text?
    /// Its legal basis.
    public var basis: Text?
  }
}

extension ServiceDescription {
  /// The description of a compiled service (its facts, conditions and materials in force
  /// as declared last, one entry per id).
  init(_ service: CompiledService) {
    func text(_ text: LocalizedText?) -> Text? { text.map { Text(zh: $0.text, en: $0.english) } }
    id = service.id
    name = Text(zh: service.header.name.text, en: service.header.name.english)
    code = service.header.code
    aliases = (service.guide?.aliases ?? []).map { Text(zh: $0.text, en: $0.english) }
    department = text(service.header.department)
    kind = text(service.header.kind)
    basis = text(service.header.basis)
    immediate = service.header.immediate
    visits = service.header.mostVisits
    facts = service.facts.filter(\.isInput).map { fact in
      var described = Fact(id: fact.id, label: text(fact.label), question: text(fact.question), type: "")
      switch fact.type {
      case .bool: described.type = "bool"
      case .number(let unit): (described.type, described.unit) = ("number", unit)
      case .text: described.type = "text"
      case .date: described.type = "date"
      case .options(let set):
        described.type = "options"
        described.options = set.options.map { Option(id: $0.id, label: text($0.label)) }
      case .choices(let set):
        described.type = "choices"
        described.options = set.options.map { Option(id: $0.id, label: text($0.label)) }
      }
      return described
    }
    var seenConditions = Set<String>()
    conditions = service.conditions.filter { seenConditions.insert($0.id).inserted }.map { condition in
      Condition(
        id: condition.id, reason: text(condition.reason), basis: text(condition.basis),
        commitment: condition.commitment != nil)
    }
    var seenMaterials = Set<String>()
    materials = service.materials.filter { seenMaterials.insert($0.id).inserted }.map { material in
      Material(
        id: material.id, name: text(material.name) ?? Text(zh: material.id), form: material.form?.rawValue,
        copies: material.copies, conditional: material.when != nil, waivable: material.waivable,
        shared: material.shared, commitment: material.commitment != nil, source: text(material.source),
        basis: text(material.basis))
    }
  }
}

extension ServiceDescription {
  /// The description of a bundle: its header, and the facts, conditions and materials of
  /// its merged form (what one application to the bundle answers and brings).
  init(_ bundle: CompiledBundle) {
    self.init(bundle.form)
    func text(_ text: LocalizedText?) -> Text? { text.map { Text(zh: $0.text, en: $0.english) } }
    id = bundle.id
    name = Text(zh: bundle.header.name.text, en: bundle.header.name.english)
    code = nil
    aliases = []
    kind = nil
    department = text(bundle.header.department)
    basis = text(bundle.header.basis)
    visits = bundle.header.visits
    immediate = false
    members = bundle.members.map(\.service)
  }
}

extension RuleSet {
  /// Every compiled service, then every bundle, described, in the rules' order.
  public var serviceDescriptions: [ServiceDescription] {
    compiled.services.map(ServiceDescription.init) + compiled.bundles.map(ServiceDescription.init)
  }

  /// The description of one service or bundle, or nil when the rules have no such id.
  public func serviceDescription(_ id: String) -> ServiceDescription? {
    compiled.service(id).map(ServiceDescription.init) ?? compiled.bundle(id).map(ServiceDescription.init)
  }
}
