import YiciCalendar
import YiciSyntax

/// Finds the line of a calendar declaration that a `CalendarDataError` is about, and the
/// help that goes with it.
enum CalendarErrorLocation {
  /// The range of the year, holiday or make-up working day the error names, searched in
  /// `years` (the calendar's, by default); the calendar's id when nothing more precise is known.
  static func range(
    of error: CalendarDataError, in calendar: CalendarSyntax, years: [CalendarYearSyntax]? = nil
  ) -> SourceRange {
    let holidays = (years ?? calendar.years).flatMap(\.holidays)
    let workdays = (years ?? calendar.years).flatMap(\.workdays)
    func holiday(named name: String, containing date: CivilDate? = nil) -> SourceRange? {
      holidays.last { holiday in
        guard holiday.name.value == name else { return false }
        guard let date, let first = CivilDate(iso: holiday.first.iso), let last = CivilDate(iso: holiday.last.iso)
        else { return true }
        return first <= date && date <= last
      }?.range
    }
    func workday(_ date: CivilDate) -> SourceRange? {
      workdays.last { $0.date.iso == date.description }?.date.range
    }
    func year(_ number: Int) -> SourceRange? {
      calendar.years.last { $0.year == number }?.yearRange
    }
    let found: SourceRange? =
      switch error {
      case .noYears: nil
      case .duplicateYear(let number), .unsupportedYear(let number), .localYearNotCovered(let number, _):
        year(number)
      case .holidayEndsBeforeItBegins(let name, let first, _): holiday(named: name, containing: nil) ?? year(first.year)
      case .holidayOutsideYear(let name, let number, _, _): holiday(named: name) ?? year(number)
      case .overlappingHolidays(let date, _, let second): holiday(named: second, containing: date)
      case .makeUpWorkdayOutsideYear(let date, _), .makeUpWorkdayNotOnWeekend(let date, _),
        .duplicateMakeUpWorkday(let date), .bothHolidayAndMakeUpWorkday(let date, _):
        workday(date)
      }
    return found ?? calendar.id.range
  }

  /// What to do about the error, when there is something useful to say.
  static func help(for error: CalendarDataError) -> String? {
    switch error {
    case .noYears:
      "add a year: year 2025 { holiday \"元旦\" 2025-01-01 }"
    case .duplicateYear:
      "give each year once, with all its holidays in one block"
    case .holidayOutsideYear, .makeUpWorkdayOutsideYear:
      "list each day under the year it falls in"
    case .makeUpWorkdayNotOnWeekend:
      "a make-up working day (调休上班) is a Saturday or Sunday worked; check the date against the notice"
    case .overlappingHolidays:
      "each day off belongs to one holiday; check the dates against the notice"
    case .bothHolidayAndMakeUpWorkday:
      "a day is either off or worked; a local calendar cannot make a national day off a working day"
    case .localYearNotCovered:
      "add the year to the national calendar first (a local calendar only adds days to covered years)"
    case .unsupportedYear, .holidayEndsBeforeItBegins, .duplicateMakeUpWorkday:
      nil
    }
  }
}
