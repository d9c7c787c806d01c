/// `time limits { … }` / `时限 { … }`: a service's time limits (办结时限), as written.
///
/// A service may have several blocks with `from` / `until`, one per policy period.
public struct TimeLimitsSyntax: Sendable {
  /// 法定办结时限, with its legal basis.
  public var statutory: LimitSyntax?
  /// 承诺办结时限.
  public var promised: LimitSyntax?
  /// 即办: always (no condition) or when the condition holds.
  public var immediate: ImmediateSyntax?
  /// Periods not counted in the limit (不计入时限), in the order written.
  public var notCounted: [PauseKindSyntax] = []
  /// The early-warning point (预警).
  public var warning: WarningSyntax?
  /// Supplement periods for waived materials (容缺补交): the default one and per material.
  public var supplements: [SupplementSyntax] = []
  /// The calendar the limits are counted on; nil for the default (the only base calendar).
  public var calendar: Identifier?
  /// The counting settings the law leaves open, as written.
  public var settings: [CountingSettingSyntax] = []
  /// When the block is in force.
  public var period: PeriodSyntax = .always
  /// The `time limits` / `时限` keyword.
  public var keyword: SourceRange
  /// From the keyword to the closing brace.
  public var range: SourceRange

  /// An empty block whose keyword is at `keyword`.
  public init(keyword: SourceRange) {
    self.keyword = keyword
    self.range = keyword
  }
}

/// A number of working or natural days as written: `20 working days`, `20 个工作日`, `30 日`.
public struct DurationSyntax: Sendable, Hashable {
  /// Working days (工作日) or natural days (自然日).
  public enum Unit: String, Sendable, Hashable {
    case workingDays, naturalDays
  }

  /// The number as written (the checker requires a whole number).
  public var value: String
  /// The unit.
  public var unit: Unit
  /// From the number to the unit.
  public var range: SourceRange
}

/// `statutory 20 working days basis "…"`: a limit and its legal basis.
public struct LimitSyntax: Sendable {
  /// The length.
  public var duration: DurationSyntax
  /// The legal basis.
  public var basis: TextSyntax?
  /// The whole line.
  public var range: SourceRange
}

/// `immediate [when expression]`: 即办件, always or under a condition.
public struct ImmediateSyntax: Sendable {
  /// The condition; nil when always immediate.
  public var condition: Expression?
  /// The whole line.
  public var range: SourceRange
}

/// One period not counted in the limit: `现场勘验 at most 10 working days`.
public struct PauseKindSyntax: Sendable {
  /// The period's id, used by case records (`"kind": "现场勘验"`).
  public var id: Identifier
  /// A display name, if given.
  public var label: TextSyntax?
  /// The longest it may last.
  public var maximum: DurationSyntax?
  /// The whole entry.
  public var range: SourceRange
}

/// `warning 3 working days before` / `warning at 80%`.
public struct WarningSyntax: Sendable {
  /// The two ways to place the warning.
  public enum Point: Sendable {
    /// When this many days of the limit are left.
    case before(DurationSyntax)
    /// When this share (a whole percentage, as written) of the limit is used.
    case percent(String)
  }

  /// Where the warning starts.
  public var point: Point
  /// The whole line.
  public var range: SourceRange
}

/// `supplement [materials] 5 working days`: the period to supply waived materials.
public struct SupplementSyntax: Sendable {
  /// The materials it applies to; empty for every waived material without its own.
  public var materials: [Identifier]
  /// The period, counted from acceptance.
  public var duration: DurationSyntax
  /// The whole line.
  public var range: SourceRange
}

/// A counting setting: `acceptance day counted no` / `受理当日计入 否`.
public struct CountingSettingSyntax: Sendable {
  /// Which setting (`acceptanceDayCounted`, `dayOffReceiptMoves`, `naturalDayDeadlineMoves`).
  public var keyword: Keyword
  /// The value written.
  public var value: Bool
  /// The whole line.
  public var range: SourceRange
}
