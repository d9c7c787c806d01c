// The plain values a policy author writes for one year of a working-day calendar. The rule
// file is parsed elsewhere; these types only carry the data, `WorkingCalendar.init` checks it.

/// A run of consecutive days off (放假), e.g. 春节 2025-01-28 … 2025-02-04.
///
/// The range is inclusive and may contain Saturdays and Sundays.
public struct Holiday: Sendable, Hashable {
  /// The holiday's name as the notice gives it, e.g. "国庆节、中秋节".
  public var name: String
  /// The first day off.
  public var first: CivilDate
  /// The last day off (inclusive).
  public var last: CivilDate

  /// Creates a holiday from its name and its first and last days off.
  public init(name: String, first: CivilDate, last: CivilDate) {
    self.name = name
    self.first = first
    self.last = last
  }

  /// Creates a holiday of a single day.
  public init(name: String, on day: CivilDate) {
    self.init(name: name, first: day, last: day)
  }
}

/// A Saturday or Sunday that is a working day (调休上班), made up for a holiday.
public struct MakeUpWorkday: Sendable, Hashable {
  /// The Saturday or Sunday worked.
  public var date: CivilDate
  /// The holiday it makes up for, if the notice says.
  public var holidayName: String?

  /// Creates a make-up working day.
  public init(date: CivilDate, holidayName: String? = nil) {
    self.date = date
    self.holidayName = holidayName
  }
}

/// One year of a working-day calendar: its days off and its make-up working days.
///
/// Every Monday–Friday not in a holiday is a working day; every Saturday and Sunday not listed
/// as a make-up working day is not.
public struct CalendarYear: Sendable, Hashable {
  /// The year, e.g. 2025.
  public var year: Int
  /// The holidays, each inside `year`.
  public var holidays: [Holiday]
  /// The make-up working days, each a Saturday or Sunday inside `year`.
  public var makeUpWorkdays: [MakeUpWorkday]
  /// Whether the year is provisional (暂定): the statutory days off of 《全国年节及纪念日放假办法》
  /// only, until the State Council's notice gives the year's swaps (调休). Every date counted
  /// on a provisional year says so.
  public var provisional: Bool

  /// Creates a year from its holidays and make-up working days.
  public init(
    year: Int, holidays: [Holiday] = [], makeUpWorkdays: [MakeUpWorkday] = [], provisional: Bool = false
  ) {
    self.year = year
    self.holidays = holidays
    self.makeUpWorkdays = makeUpWorkdays
    self.provisional = provisional
  }
}
