/// A fact: an input the applicant tells, or a value derived from other facts.
public struct FactSyntax: Sendable {
  /// The fact's id.
  public var id: Identifier
  /// A label shown to people (`"经营场所面积"`).
  public var label: TextSyntax?
  /// An input with its type, or a derived fact with its expression.
  public var definition: Definition
  /// The question to ask the applicant.
  public var question: TextSyntax?
  /// When the fact is asked.
  public var period: PeriodSyntax
  /// The whole declaration.
  public var range: SourceRange
  /// `personal` (个人信息), with `hashed` (哈希) or not: a fact about a person that the
  /// decision log keeps masked (or hashed); nil for other facts.
  public var personal: Personal? = nil

  /// How the decision log keeps a personal fact.
  public enum Personal: String, Sendable {
    case masked, hashed
  }

  /// How a fact gets its value.
  public enum Definition: Sendable {
    /// The applicant tells it.
    case input(TypeSyntax)
    /// It is computed (`let`).
    case derived(Expression)
  }
}

/// The type of an input fact.
public struct TypeSyntax: Sendable {
  /// The forms a type takes.
  public enum Kind: Sendable {
    case bool
    case number(unit: String?)
    case text
    case date
    case options([OptionSyntax])
    /// `choices(…)`/`多选(…)`: any number of the options (a multi-select fact).
    case choices([OptionSyntax])
  }

  /// The type.
  public var kind: Kind
  /// Where it was written.
  public var range: SourceRange

  /// The named options of an `options(…)` or a `choices(…)` fact; nil for other types.
  public var optionList: [OptionSyntax]? {
    switch kind {
    case .options(let options), .choices(let options): options
    default: nil
    }
  }
}

/// One named option of an `options(…)` fact.
public struct OptionSyntax: Sendable {
  /// The option's id, used in rules and in applications.
  public var id: Identifier
  /// The label shown to people, also accepted in applications.
  public var label: TextSyntax?
}

/// An acceptance condition (受理条件).
public struct ConditionSyntax: Sendable {
  /// The condition's id.
  public var id: Identifier
  /// What must hold.
  public var expression: Expression
  /// The reason told when it fails (`otherwise`).
  public var reason: TextSyntax?
  /// Its legal basis.
  public var basis: TextSyntax?
  /// 告知承诺: what the applicant commits to instead of proving it.
  public var commitment: TextSyntax?
  /// Who may use the commitment (`commitment "…" only if e`); nil: every applicant.
  public var commitmentQualifier: Expression? = nil
  /// When it is in force.
  public var period: PeriodSyntax
  /// The whole declaration.
  public var range: SourceRange
}

/// The form a material is submitted in.
public enum MaterialForm: String, Sendable, Codable {
  case original, copy, electronic
  /// 原件核验 + 复印件留存 (`original copy`): the original is shown, checked and handed back,
  /// and the copies are kept.
  case originalAndCopy = "original_and_copy"
}

/// A material (申请材料): a new definition, or a requirement of a vocabulary material.
public struct MaterialSyntax: Sendable {
  /// The material's id.
  public var id: Identifier
  /// The display name; present when this defines a new material.
  public var displayName: TextSyntax?
  /// 原件 / 复印件 / 原件及复印件 / 电子件.
  public var form: MaterialForm?
  /// How many copies (with `copiesPer`: how many for each one the fact counts).
  public var copies: Int?
  /// The number fact the copies are counted per (`copies 1 per shareholders`, `1 份 每 股东人数`).
  public var copiesPer: Identifier? = nil
  /// Required only when this holds.
  public var when: Expression?
  /// Any one of these materials satisfies it.
  public var alternatives: [Identifier]
  /// Exempt when the shared platform supplies it.
  public var shared: Bool
  /// May be missing at acceptance under the waiver policy.
  public var waivable: Bool
  /// Where the applicant gets it.
  public var source: TextSyntax?
  /// Whether it comes from the shared electronic licence library.
  public var sourceIsLibrary: Bool
  /// Its legal basis.
  public var basis: TextSyntax?
  /// 告知承诺: what the applicant commits to instead of submitting it.
  public var commitment: TextSyntax?
  /// Who may use the commitment (`commitment "…" only if e`); nil: every applicant.
  public var commitmentQualifier: Expression? = nil
  /// What the guide says of it (加盖公章, 本人签字, 样表, 空白表格, 备注).
  public var notes = MaterialNotesSyntax()
  /// When it is in force.
  public var period: PeriodSyntax
  /// The whole declaration.
  public var range: SourceRange
}

/// The waiver policy (容缺受理).
public struct WaiverSyntax: Sendable {
  /// How many materials may be waived at most.
  public var atMost: (value: String, range: SourceRange)?
  /// Who qualifies.
  public var qualifier: Expression?
  /// The commitment letter to sign.
  public var letter: TextSyntax?
  /// Its legal basis.
  public var basis: TextSyntax?
  /// When it is in force (a service may have one policy per period).
  public var period: PeriodSyntax = .always
  /// The whole block.
  public var range: SourceRange
  /// The `waiver` keyword.
  public var keyword: SourceRange
}
