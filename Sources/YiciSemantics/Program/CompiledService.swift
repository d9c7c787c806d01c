import YiciCalendar
import YiciSyntax

/// A checked service item, ready to decide applications.
///
/// Facts, conditions and materials are addressed by slot (their index in the arrays
/// below); the dictionaries map interchange ids to slots and are used only when an
/// application is bound, never while deciding. A class with only constants: immutable,
/// shared without copying between every decision and thread.
public final class CompiledService: Sendable {
  /// The service's id.
  public let id: String
  /// The header: name, code, department, kind, basis, handling, visits.
  public let header: ServiceHeader
  /// When the service is in force.
  public let period: Period
  /// Every fact the service knows (its own and its vocabularies'), input and derived.
  public let facts: [FactDefinition]
  /// Slots of derived facts in an order where each comes after those it reads.
  public let derivedOrder: [Int]
  /// Acceptance conditions in declaration order.
  public let conditions: [CompiledCondition]
  /// Materials: the requirements in declaration order, then materials that appear only as
  /// alternatives (`isRequirement == false`).
  public let materials: [CompiledMaterial]
  /// The waiver policies (容缺受理): none, one, or one per policy period (not overlapping);
  /// `waiver(on:)` picks the one in force.
  public let waivers: [CompiledWaiver]
  /// Fact slot by id.
  public let factSlots: [String: Int]
  /// Material slot by id.
  public let materialSlots: [String: Int]
  /// Condition slot by id.
  public let conditionSlots: [String: Int]
  /// Where the service is declared.
  public let span: SourceSpan
  /// The time limits, one per policy period (empty when the service declares none).
  public let timeLimits: [CompiledTimeLimits]
  /// The slots of each condition id declared for more than one period.
  public let conditionVersions: [String: [Int]]
  /// The slots of each material id declared for more than one period.
  public let materialVersions: [String: [Int]]
  /// Every declaration of each input fact declared for more than one period, in
  /// declaration order, by the fact's slot (its identity: expressions and applications
  /// address the fact there).
  public let factVersions: [Int: [FactDefinition]]
  /// For each condition slot, the first slot of its id: where a commitment is bound.
  public let conditionIdentities: [Int]
  /// For each material slot, the first slot of its id: where what the applicant did with
  /// the material (provided, shared, committed) is bound.
  public let materialIdentities: [Int]
  /// The guide fields (办事指南); nil when the service declares no `guide` block.
  public let guide: ServiceGuide?

  /// Creates a compiled service (the checker does this).
  public init(
    id: String, header: ServiceHeader, period: Period, facts: [FactDefinition], derivedOrder: [Int],
    conditions: [CompiledCondition], materials: [CompiledMaterial], waivers: [CompiledWaiver], factSlots: [String: Int],
    materialSlots: [String: Int], conditionSlots: [String: Int], span: SourceSpan,
    timeLimits: [CompiledTimeLimits] = [], factVersions: [Int: [FactDefinition]] = [:], guide: ServiceGuide? = nil
  ) {
    self.guide = guide
    self.id = id
    self.header = header
    self.period = period
    self.facts = facts
    self.derivedOrder = derivedOrder
    self.conditions = conditions
    self.materials = materials
    self.waivers = waivers
    self.factSlots = factSlots
    self.materialSlots = materialSlots
    self.conditionSlots = conditionSlots
    self.span = span
    self.timeLimits = timeLimits
    self.factVersions = factVersions
    conditionVersions = Self.versions(conditions.map(\.id))
    materialVersions = Self.versions(materials.map(\.id))
    conditionIdentities = Self.identities(conditions.map(\.id))
    materialIdentities = Self.identities(materials.map(\.id))
  }
}

/// What a service's header says.
public struct ServiceHeader: Sendable {
  /// 事项名称.
  public var name: LocalizedText
  /// 实施编码.
  public var code: String?
  /// The department that handles it.
  public var department: LocalizedText?
  /// 行政许可, 公共服务 …
  public var kind: LocalizedText?
  /// 设定依据.
  public var basis: LocalizedText?
  /// 即办件 (true) or 承诺件 (false).
  public var immediate: Bool
  /// 到办事现场次数: of every application, or of those no line of `conditionalVisits` is
  /// for.
  public var visits: Int?
  /// 到办事现场次数 of some applications (`visits 0 when online`), in the order written: the
  /// first whose `when` holds gives the visits of an application; `visits` when none does.
  public var conditionalVisits: [ConditionalVisits] = []

  /// The most visits any application may need (the plain line and every conditional one);
  /// nil when the service declares none.
  public var mostVisits: Int? {
    conditionalVisits.map(\.count).reduce(visits) { most, count in max(most ?? count, count) }
  }

  /// The fewest visits any application may need; nil when the service declares none.
  public var fewestVisits: Int? {
    conditionalVisits.map(\.count).reduce(visits) { fewest, count in min(fewest ?? count, count) }
  }
}

/// 到办事现场次数 of the applications for which an expression holds: `visits 0 when online`.
public struct ConditionalVisits: Sendable {
  /// How many visits.
  public var count: Int
  /// For which applications.
  public var when: CompiledExpression
  /// Where the line is.
  public var span: SourceSpan

  /// Creates a line.
  public init(count: Int, when: CompiledExpression, span: SourceSpan) {
    self.count = count
    self.when = when
    self.span = span
  }
}

/// A fact of a service.
public struct FactDefinition: Sendable {
  /// The id used in rules and interchange.
  public var id: String
  /// A label for people.
  public var label: LocalizedText?
  /// The type.
  public var type: ValueType
  /// The question to ask the applicant (input facts).
  public var question: LocalizedText?
  /// The expression of a derived fact; nil for input facts.
  public var derivation: CompiledExpression?
  /// Where it is declared.
  public var span: SourceSpan
  /// When this declaration is in force (an input fact may be declared again for another
  /// policy period, with its own label and question).
  public var period: Period = .always
  /// Whether it is personal (`personal`, 个人信息) and how the decision log keeps it; nil
  /// for other facts.
  public var personal: FactSyntax.Personal? = nil

  /// Whether the applicant tells it (as opposed to it being derived).
  public var isInput: Bool { derivation == nil }

  /// The options, for an options fact or a multi-select (`choices`) fact.
  public var options: [OptionDefinition] {
    switch type {
    case .options(let set), .choices(let set): set.options
    default: []
    }
  }

  /// Whether it is a multi-select fact (`choices(…)`): its value is a set of options.
  public var isMultiSelect: Bool {
    if case .choices = type { return true }
    return false
  }
}

/// A checked acceptance condition.
public struct CompiledCondition: Sendable {
  /// The id.
  public var id: String
  /// What must hold.
  public var expression: CompiledExpression
  /// The reason told when it fails.
  public var reason: LocalizedText?
  /// The legal basis.
  public var basis: LocalizedText?
  /// 告知承诺: the commitment that may replace it.
  public var commitment: LocalizedText?
  /// Who may use the commitment (`only if`); nil: every applicant.
  public var commitmentQualifier: CompiledExpression? = nil
  /// When it is in force.
  public var period: Period
  /// Where it is declared.
  public var span: SourceSpan
}

/// A checked material.
public struct CompiledMaterial: Sendable {
  /// The id.
  public var id: String
  /// The display name.
  public var name: LocalizedText
  /// 原件 / 复印件 / 电子件.
  public var form: MaterialForm?
  /// How many copies (with `copiesPer`: how many for each one the fact counts).
  public var copies: Int?
  /// The slot of the number fact the copies are counted per (`copies 1 per shareholders`):
  /// the applicant brings `copies ×` its value.
  public var copiesPer: Int? = nil
  /// Required only when this holds (nil: always).
  public var when: CompiledExpression?
  /// Material slots any one of which satisfies it.
  public var alternatives: [Int]
  /// Exempt when the shared platform supplies it.
  public var shared: Bool
  /// May be waived under the waiver policy.
  public var waivable: Bool
  /// Where the applicant gets it.
  public var source: LocalizedText?
  /// Whether it comes from the shared electronic licence library.
  public var sourceIsLibrary: Bool
  /// The legal basis.
  public var basis: LocalizedText?
  /// 告知承诺: the commitment that may replace it.
  public var commitment: LocalizedText?
  /// Who may use the commitment (`only if`); nil: every applicant.
  public var commitmentQualifier: CompiledExpression?
  /// When it is in force.
  public var period: Period
  /// Whether the service requires it (false: it only appears as an alternative).
  public var isRequirement: Bool
  /// Where it is declared (the requirement's line).
  public var span: SourceSpan
  /// What the guide says of it (加盖公章, 本人签字, 样表, 空白表格, 备注).
  public var notes = MaterialNotes()

  /// Creates a material (the checker does this).
  public init(
    id: String, name: LocalizedText, form: MaterialForm?, copies: Int?, when: CompiledExpression?, alternatives: [Int],
    shared: Bool, waivable: Bool, source: LocalizedText?, sourceIsLibrary: Bool, basis: LocalizedText?,
    commitment: LocalizedText?, commitmentQualifier: CompiledExpression? = nil, period: Period, isRequirement: Bool,
    span: SourceSpan
  ) {
    self.id = id
    self.name = name
    self.form = form
    self.copies = copies
    self.when = when
    self.alternatives = alternatives
    self.shared = shared
    self.waivable = waivable
    self.source = source
    self.sourceIsLibrary = sourceIsLibrary
    self.basis = basis
    self.commitment = commitment
    self.commitmentQualifier = commitmentQualifier
    self.period = period
    self.isRequirement = isRequirement
    self.span = span
  }
}

/// A checked waiver policy (容缺受理). A class, so that deciding reads it without
/// copying its texts.
public final class CompiledWaiver: Sendable {
  /// How many materials may be waived at most (nil: no limit).
  public let atMost: Int?
  /// Who qualifies (nil: everyone).
  public let qualifier: CompiledExpression?
  /// The commitment letter to sign.
  public let letter: LocalizedText?
  /// The legal basis.
  public let basis: LocalizedText?
  /// When it is in force.
  public let period: Period
  /// Where it is declared.
  public let span: SourceSpan

  init(
    atMost: Int?, qualifier: CompiledExpression?, letter: LocalizedText?, basis: LocalizedText?, period: Period,
    span: SourceSpan
  ) {
    self.atMost = atMost
    self.period = period
    self.qualifier = qualifier
    self.letter = letter
    self.basis = basis
    self.span = span
  }
}
