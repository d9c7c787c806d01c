/// `bundle id { … }` / `一件事 id { … }`: several services, declared elsewhere, handled as one
/// (一件事一次办): one form, one set of materials, one window, one promised time.
public struct BundleSyntax: Sendable {
  /// The bundle's id.
  public var id: Identifier
  /// The header lines (name, department, basis, visits, uses, from, until) in the order written.
  public var header: [HeaderItem] = []
  /// The bundle's own facts (asked of the applicant, read by members' `when`).
  public var facts: [FactSyntax] = []
  /// The member services, in the order written.
  public var members: [BundleMemberSyntax] = []
  /// The situations (办理情形): option facts whose answer selects members.
  public var situations: [SituationSyntax] = []
  /// Results of one member that stand for a material of another (结果互认).
  public var results: [BundleResultSyntax] = []
  /// Facts a member's result settles (`producer settles fact = value`), never asked.
  public var settled: [SettledFactSyntax] = []
  /// The bundle's own promised limit (承诺办结时限), if given.
  public var promised: DurationSyntax?
  /// From the keyword to the closing brace.
  public var range: SourceRange

  /// An empty bundle.
  public init(id: Identifier, range: SourceRange) {
    self.id = id
    self.range = range
  }
}

/// One member of a bundle: a service id, handled only when `when` holds.
public struct BundleMemberSyntax: Sendable {
  /// The member service's id.
  public var service: Identifier
  /// When the member is part of the application (an expression on the bundle's facts).
  public var when: Expression?
  /// The whole line.
  public var range: SourceRange
}

/// `situation id "label" ask "…" { option "label": member, member … }`: a 办理情形, an option
/// fact of the bundle whose answer selects members.
public struct SituationSyntax: Sendable {
  /// The situation's fact id.
  public var id: Identifier
  /// Its label.
  public var label: TextSyntax?
  /// The question asked.
  public var question: TextSyntax?
  /// The options, each with the members it selects.
  public var options: [SituationOptionSyntax]
  /// The whole declaration.
  public var range: SourceRange
}

/// One option of a situation and the members it selects.
public struct SituationOptionSyntax: Sendable {
  /// The option's id and label.
  public var option: OptionSyntax
  /// The members handled when this option is chosen.
  public var members: [Identifier]
  /// The whole line.
  public var range: SourceRange
}

/// `producer provides material to consumer, …`: the result of one member stands for a material
/// the others require, so the applicant is never asked for it.
public struct BundleResultSyntax: Sendable {
  /// The member whose result it is.
  public var producer: Identifier
  /// The material id the result satisfies.
  public var material: Identifier
  /// The members that require the material.
  public var consumers: [Identifier]
  /// The whole line.
  public var range: SourceRange
}

extension SituationSyntax {
  /// The situation as the fact it is: `id: options(…) "label" ask "…"` on the bundle's form.
  public var fact: FactSyntax {
    let type = TypeSyntax(kind: .options(options.map(\.option)), range: id.range)
    return FactSyntax(id: id, label: label, definition: .input(type), question: question, period: .always, range: range)
  }
}

extension BundleSyntax {
  /// What selects a member, as a condition of the bundle's form named after the member: its
  /// `when`, and for each situation that names it, `situation in (the options that do)`; nil
  /// when nothing restricts it (it is always handled).
  public func selectionCondition(of member: BundleMemberSyntax) -> ConditionSyntax? {
    var parts: [Expression] = member.when.map { [$0] } ?? []
    for situation in situations {
      let options = situation.options.filter { $0.members.contains { $0.name == member.service.name } }
      guard !options.isEmpty else { continue }
      let fact = Expression(.name(situation.id.name), range: situation.id.range)
      let names = options.map { Expression(.name($0.option.id.name), range: $0.option.id.range) }
      parts.append(Expression(.membership(fact, names, negated: false), range: situation.id.range))
    }
    guard let first = parts.first else { return nil }
    let expression =
      parts.count == 1
      ? first : Expression(.chain(first, parts.dropFirst().map { Operation(.and, $0) }), range: member.range)
    return ConditionSyntax(
      id: member.service, expression: expression, reason: nil, basis: nil, commitment: nil, period: .always,
      range: member.range)
  }
}

/// `producer settles fact = value` in the results block: once the member is handled, its
/// result answers the fact (the 营业执照 the registration issues settles `has_license = true`),
/// for every member, so the applicant is never asked it.
public struct SettledFactSyntax: Sendable {
  /// The member whose result settles it.
  public var producer: Identifier
  /// The fact of the bundle's form.
  public var fact: Identifier
  /// The value it takes: `true`/`false` (是/否) or an option's id.
  public var value: Expression
  /// The whole line.
  public var range: SourceRange

  /// A settled fact as written.
  public init(producer: Identifier, fact: Identifier, value: Expression, range: SourceRange) {
    self.producer = producer
    self.fact = fact
    self.value = value
    self.range = range
  }
}
