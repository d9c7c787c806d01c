import YiciCalendar

/// A service's time limits on one date, as the report shows them.
public struct LimitFigures: Sendable, Hashable {
  /// 法定办结时限, if the rules declare one.
  public var statutory: DayCount?
  /// 承诺办结时限, if the rules declare one.
  public var promised: DayCount?
  /// 即办件, 承诺件, or 承诺件 immediate for some applications.
  public var handling: Handling
  /// The periods not counted in the limit (不计入时限: 听证, 现场勘验 …), by id: the item's
  /// 特殊环节 (行政许可法 第四十五条), which make it a complex item in seed 004's sense.
  public var specialProcedures: [String]
  /// Whether a `time limits` block is in force on the date.
  public var declared: Bool

  /// Creates the figures.
  public init(
    statutory: DayCount?, promised: DayCount?, handling: Handling, specialProcedures: [String], declared: Bool
  ) {
    self.statutory = statutory
    self.promised = promised
    self.handling = handling
    self.specialProcedures = specialProcedures
    self.declared = declared
  }

  /// How much shorter the promise is than the statutory limit (1 − promised / statutory): 0.5
  /// for 5 of 10 working days. Limits in different units are compared as the checker does,
  /// a working week of 5 days counting as 7 natural days. Nil without both limits, or when
  /// the statutory limit is zero or shorter than the promise (an error the checker reports).
  public var compression: Share? {
    guard let statutory, let promised else { return nil }
    let law = Self.comparableLength(statutory)
    let promise = Self.comparableLength(promised)
    guard promise <= law else { return nil }
    return Share(law - promise, of: law)
  }

  /// The promised limit as a share of the statutory one (promised / statutory).
  public var promisedShare: Share? {
    guard let statutory, let promised else { return nil }
    return Share(Self.comparableLength(promised), of: Self.comparableLength(statutory))
  }

  /// A length comparable across units: natural days × 5, working days × 7 (as the checker's
  /// W0305 compares them).
  static func comparableLength(_ count: DayCount) -> Int {
    count.unit == .workingDays ? count.value * 7 : count.value * 5
  }
}
