/// A mistake in the data a working-day calendar is built from.
///
/// Thrown by `WorkingCalendar.init(name:years:)` and `WorkingCalendar.extended(by:)`; each
/// case names the offending year, date or holiday so the author can find it in the rule file.
public enum CalendarDataError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The calendar lists no year at all.
  case noYears
  /// A year appears twice in the same list.
  case duplicateYear(Int)
  /// A year outside 0000–9999, which no `CivilDate` can name.
  case unsupportedYear(Int)
  /// A holiday's last day comes before its first day.
  case holidayEndsBeforeItBegins(name: String, first: CivilDate, last: CivilDate)
  /// A holiday has days outside the year it is listed under.
  case holidayOutsideYear(name: String, year: Int, first: CivilDate, last: CivilDate)
  /// Two holidays of the same list share a day.
  case overlappingHolidays(date: CivilDate, first: String, second: String)
  /// A make-up working day is listed under another year.
  case makeUpWorkdayOutsideYear(date: CivilDate, year: Int)
  /// A make-up working day falls on a Monday–Friday (already a working day).
  case makeUpWorkdayNotOnWeekend(date: CivilDate, weekday: Weekday)
  /// The same make-up working day is listed twice.
  case duplicateMakeUpWorkday(CivilDate)
  /// A date is both a day off and a make-up working day.
  case bothHolidayAndMakeUpWorkday(date: CivilDate, holidayName: String)
  /// A local calendar gives a year the base calendar does not cover.
  case localYearNotCovered(Int, covered: [Int])

  /// A lowercase message without a final period.
  public var description: String {
    switch self {
    case .noYears:
      return "the working-day calendar lists no year"
    case .duplicateYear(let year):
      return "year \(year) is given twice"
    case .unsupportedYear(let year):
      return "year \(year) is outside 0000–9999"
    case .holidayEndsBeforeItBegins(let name, let first, let last):
      return "holiday \(name) ends (\(last)) before it begins (\(first))"
    case .holidayOutsideYear(let name, let year, let first, let last):
      return
        "holiday \(name) (\(first) … \(last)) is not inside year \(year), the year it is listed under"
    case .overlappingHolidays(let date, let first, let second):
      return "holidays \(first) and \(second) both claim \(date)"
    case .makeUpWorkdayOutsideYear(let date, let year):
      return "make-up working day \(date) is not in year \(year), the year it is listed under"
    case .makeUpWorkdayNotOnWeekend(let date, let weekday):
      return "make-up working day \(date) is a \(weekday), not a Saturday or Sunday"
    case .duplicateMakeUpWorkday(let date):
      return "make-up working day \(date) is listed twice"
    case .bothHolidayAndMakeUpWorkday(let date, let holidayName):
      return "\(date) is both a day off (\(holidayName)) and a make-up working day"
    case .localYearNotCovered(let year, let covered):
      return "the local calendar gives year \(year), which the base calendar does not cover"
        + " (it covers \(CalendarError.describeYears(covered)))"
    }
  }
}
