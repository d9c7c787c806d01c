import YiciCalendar
import YiciSyntax

/// A service's time limits for one policy period, checked and bound to a calendar.
///
/// Every limit is a `DayCount` in working or natural days; `calendar` and `rules` are what
/// deadlines are counted with, so a decision needs nothing else to date them.
public struct CompiledTimeLimits: Sendable {
  /// When an application is handled on the spot (即办件).
  public enum Immediacy: Sendable {
    /// Never: always a 承诺件.
    case never
    /// Always.
    case always
    /// When this yes/no expression holds; an unknown value is not immediate.
    case when(CompiledExpression)
  }

  /// A period not counted in the limit (不计入时限), with its maximum.
  public struct PauseKind: Sendable, Hashable {
    /// The period's id, as case records name it (`现场勘验`).
    public var id: String
    /// A display name, if given.
    public var label: LocalizedText?
    /// The longest it may last; nil for no maximum.
    public var maximum: DayCount?
  }

  /// 法定办结时限.
  public var statutory: DayCount?
  /// The legal basis of the statutory limit.
  public var statutoryBasis: LocalizedText?
  /// 承诺办结时限.
  public var promised: DayCount?
  /// When the application is 即办.
  public var immediacy: Immediacy
  /// Periods not counted in the limit, in declaration order.
  public var notCounted: [PauseKind]
  /// The early-warning point, in the watched limit's unit.
  public var warning: WarningPoint?
  /// The supplement period for waived materials without one of their own (容缺补交).
  public var supplement: DayCount?
  /// Supplement periods of particular materials, by material id.
  public var supplementByMaterial: [String: DayCount]
  /// The calendar the limits are counted on.
  public var calendar: WorkingCalendar
  /// The counting settings (acceptance day, receipt on a day off, natural-day deadlines).
  public var rules: CountingRules
  /// When these limits are in force.
  public var period: Period
  /// Where the block is declared.
  public var span: SourceSpan

  /// Creates checked time limits (the checker does this).
  public init(
    statutory: DayCount?, statutoryBasis: LocalizedText?, promised: DayCount?, immediacy: Immediacy,
    notCounted: [PauseKind], warning: WarningPoint?, supplement: DayCount?,
    supplementByMaterial: [String: DayCount], calendar: WorkingCalendar, rules: CountingRules,
    period: Period, span: SourceSpan
  ) {
    self.statutory = statutory
    self.statutoryBasis = statutoryBasis
    self.promised = promised
    self.immediacy = immediacy
    self.notCounted = notCounted
    self.warning = warning
    self.supplement = supplement
    self.supplementByMaterial = supplementByMaterial
    self.calendar = calendar
    self.rules = rules
    self.period = period
    self.span = span
  }

  /// The limit a case is supervised against: the promised one, else the statutory one.
  public var watched: DayCount? { promised ?? statutory }

  /// The supplement period of a waived material: its own, else the block's.
  public func supplement(for material: String) -> DayCount? {
    supplementByMaterial[material] ?? supplement
  }

  /// The period not counted with an id.
  public func pauseKind(_ id: String) -> PauseKind? {
    notCounted.first { $0.id == id }
  }
}

extension CompiledService {
  /// The time limits in force on a date, if the service has any then.
  public func timeLimits(on date: CivilDate) -> CompiledTimeLimits? {
    timeLimits.first { $0.period.contains(date) }
  }
}
