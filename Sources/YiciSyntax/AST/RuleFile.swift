/// A parsed rule file: its declarations, in order.
public struct RuleFile: Sendable {
  /// The source the file was parsed from.
  public var source: SourceFile
  /// The services and vocabularies it declares.
  public var declarations: [Declaration]
  /// The keyword language the file is written in (from its first keyword).
  public var language: KeywordLanguage?
  /// Where the parser found an error (offsets in `source`): the checker says nothing more
  /// about an item whose text did not parse (`Checker`).
  public var errorOffsets: [Int] = []
}

/// A top-level declaration.
public enum Declaration: Sendable {
  /// A service item (事项).
  case service(ServiceSyntax)
  /// A shared vocabulary (词汇).
  case vocabulary(VocabularySyntax)
  /// A working-day calendar (日历).
  case calendar(CalendarSyntax)
  /// A bundle of services handled as one (一件事).
  case bundle(BundleSyntax)
}

/// `service id { … }`: one service item.
public struct ServiceSyntax: Sendable {
  /// The service's id.
  public var id: Identifier
  /// The header lines (name, code, department, …) in the order written.
  public var header: [HeaderItem]
  /// Input and derived facts, in the order written.
  public var facts: [FactSyntax]
  /// Acceptance conditions, in the order written.
  public var conditions: [ConditionSyntax]
  /// Materials, in the order written.
  public var materials: [MaterialSyntax]
  /// The waiver policies (容缺受理), in the order written: one, or one per policy period.
  public var waivers: [WaiverSyntax] = []
  /// The time-limit blocks (时限), in the order written.
  public var timeLimits: [TimeLimitsSyntax] = []
  /// The guide blocks (办事指南), in the order written (the checker allows one).
  public var guides: [GuideSyntax] = []
  /// From the keyword to the closing brace.
  public var range: SourceRange

  /// Creates a service.
  public init(
    id: Identifier, header: [HeaderItem], facts: [FactSyntax], conditions: [ConditionSyntax],
    materials: [MaterialSyntax], range: SourceRange
  ) {
    self.id = id
    self.header = header
    self.facts = facts
    self.conditions = conditions
    self.materials = materials
    self.range = range
  }
}

/// `vocabulary id { … }`: facts and materials shared by many services.
public struct VocabularySyntax: Sendable {
  /// The vocabulary's id, which services name in `uses`.
  public var id: Identifier
  /// A display name, if given.
  public var name: TextSyntax?
  /// The facts it declares.
  public var facts: [FactSyntax]
  /// The materials it defines.
  public var materials: [MaterialSyntax]
  /// From the keyword to the closing brace.
  public var range: SourceRange
}

/// One line of a service's header.
public struct HeaderItem: Sendable {
  /// The keyword that starts the line.
  public var keyword: Keyword
  /// The value written after it.
  public var value: Value
  /// Where the line is.
  public var range: SourceRange

  /// Creates a header line.
  public init(keyword: Keyword, value: Value, range: SourceRange) {
    self.keyword = keyword
    self.value = value
    self.range = range
  }

  /// The values a header line holds.
  public enum Value: Sendable {
    /// A text (`name`, `department`, `kind`, `code`, `basis`).
    case text(TextSyntax)
    /// A number (`visits`).
    case number(String)
    /// A number that applies when the expression holds (`visits 0 when online`).
    case conditionalNumber(String, when: Expression)
    /// Names (`uses a, b`).
    case names([Identifier])
    /// A date (`from`, `until`).
    case date(DateSyntax)
    /// Nothing (`immediate`, `promised`).
    case flag
  }
}
