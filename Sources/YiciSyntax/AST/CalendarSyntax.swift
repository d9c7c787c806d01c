/// `calendar id "name" [extends base] { year N { … } … }`: a working-day calendar as data.
///
/// The national calendar transcribes the State Council's holiday notices (rules/calendar/);
/// a local calendar `extends` it with a region's extra days off. Adding a year is adding a
/// `year` block: no code changes.
public struct CalendarSyntax: Sendable {
  /// The calendar's id, which time limits name in `calendar id`.
  public var id: Identifier
  /// A display name, if given (`"全国法定节假日"`).
  public var name: TextSyntax?
  /// The calendar this one extends, for a local calendar.
  public var base: Identifier?
  /// The years, in the order written.
  public var years: [CalendarYearSyntax]
  /// From the keyword to the closing brace.
  public var range: SourceRange

  /// Creates a calendar declaration.
  public init(
    id: Identifier, name: TextSyntax?, base: Identifier?, years: [CalendarYearSyntax], range: SourceRange
  ) {
    self.id = id
    self.name = name
    self.base = base
    self.years = years
    self.range = range
  }
}

/// `year 2025 { holiday … workday … }`: one year of a calendar, as its notice gives it.
public struct CalendarYearSyntax: Sendable {
  /// The year as written.
  public var year: Int
  /// Where the year number is.
  public var yearRange: SourceRange
  /// The holidays (days off), in the order written.
  public var holidays: [HolidaySyntax]
  /// The make-up working days (调休上班), in the order written.
  public var workdays: [WorkdaySyntax]
  /// `provisional` / `暂定`: the statutory days off only, until the year's notice is known.
  public var provisional: Bool = false
  /// The whole block.
  public var range: SourceRange
}

/// `holiday "春节" 2025-01-28 to 2025-02-04`: a run of days off.
public struct HolidaySyntax: Sendable {
  /// The holiday's name as the notice gives it.
  public var name: TextSyntax
  /// The first day off.
  public var first: DateSyntax
  /// The last day off; the first day when only one is given.
  public var last: DateSyntax
  /// The whole line.
  public var range: SourceRange
}

/// One make-up working day (a Saturday or Sunday worked), with the holiday it makes up for
/// when it is written on that holiday's line.
public struct WorkdaySyntax: Sendable {
  /// The date.
  public var date: DateSyntax
  /// The holiday it belongs to, if written on that holiday's line.
  public var holidayName: String?
}
