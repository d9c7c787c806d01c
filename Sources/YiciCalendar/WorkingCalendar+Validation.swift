// Checking calendar data and turning it into a table of special days.

extension WorkingCalendar {
  /// The holidays and make-up working days of `years`, keyed by day number, after checking
  /// the data (see `init(name:years:)` for the rules).
  static func specialDays(of years: [CalendarYear]) throws(CalendarDataError) -> [Int: DayKind] {
    var seenYears: Set<Int> = []
    var days: [Int: DayKind] = [:]
    for calendarYear in years {
      let year = calendarYear.year
      guard CivilDate.supportedYears.contains(year) else { throw .unsupportedYear(year) }
      guard seenYears.insert(year).inserted else { throw .duplicateYear(year) }
      for holiday in calendarYear.holidays {
        try addHoliday(holiday, listedUnder: year, to: &days)
      }
      for makeUpWorkday in calendarYear.makeUpWorkdays {
        try addMakeUpWorkday(makeUpWorkday, listedUnder: year, to: &days)
      }
    }
    return days
  }

  private static func addHoliday(
    _ holiday: Holiday, listedUnder year: Int, to days: inout [Int: DayKind]
  ) throws(CalendarDataError) {
    guard holiday.first <= holiday.last else {
      throw .holidayEndsBeforeItBegins(name: holiday.name, first: holiday.first, last: holiday.last)
    }
    guard holiday.first.year == year, holiday.last.year == year else {
      throw .holidayOutsideYear(
        name: holiday.name, year: year, first: holiday.first, last: holiday.last)
    }
    for dayNumber in holiday.first.dayNumber...holiday.last.dayNumber {
      if case .holiday(let other)? = days[dayNumber] {
        throw .overlappingHolidays(
          date: CivilDate(dayNumber: dayNumber), first: other, second: holiday.name)
      }
      days[dayNumber] = .holiday(name: holiday.name)
    }
  }

  private static func addMakeUpWorkday(
    _ makeUpWorkday: MakeUpWorkday, listedUnder year: Int, to days: inout [Int: DayKind]
  ) throws(CalendarDataError) {
    let date = makeUpWorkday.date
    guard date.year == year else { throw .makeUpWorkdayOutsideYear(date: date, year: year) }
    guard date.weekday.isWeekend else {
      throw .makeUpWorkdayNotOnWeekend(date: date, weekday: date.weekday)
    }
    switch days[date.dayNumber] {
    case .holiday(let holidayName)?:
      throw .bothHolidayAndMakeUpWorkday(date: date, holidayName: holidayName)
    case .makeUpWorkday?:
      throw .duplicateMakeUpWorkday(date)
    case .workday?, .weekend?, nil:
      days[date.dayNumber] = .makeUpWorkday(holidayName: makeUpWorkday.holidayName)
    }
  }
}
