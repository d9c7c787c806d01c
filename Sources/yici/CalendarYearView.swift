import Yici
import YiciCalendar

/// One year of a working-day calendar, for `yici calendar`: each day's kind, the holidays
/// with their make-up working days, and working-day counts.
struct CalendarYearView: Encodable {
  /// A holiday as the notice gives it.
  struct HolidayRun: Encodable {
    var name: String
    var first: CivilDate
    var last: CivilDate
    var daysOff: Int
    var makeUpWorkdays: [CivilDate]

    enum CodingKeys: String, CodingKey {
      case name, first, last
      case daysOff = "days_off"
      case makeUpWorkdays = "make_up_workdays"
    }
  }

  /// Working days in one month.
  struct Month: Encodable {
    var month: Int
    var workingDays: Int

    enum CodingKeys: String, CodingKey {
      case month
      case workingDays = "working_days"
    }
  }

  var calendar: String
  var year: Int
  var coveredYears: [Int]
  var workingDays: Int
  var daysOff: Int
  var months: [Month]
  var holidays: [HolidayRun]
  /// Make-up working days not tied to a named holiday.
  var otherMakeUpWorkdays: [CivilDate]
  /// Each day's kind, for the month grids.
  private var kinds: [(CivilDate, DayKind)]

  enum CodingKeys: String, CodingKey {
    case calendar, year
    case coveredYears = "covered_years"
    case workingDays = "working_days"
    case daysOff = "days_off"
    case months, holidays
    case otherMakeUpWorkdays = "other_make_up_workdays"
  }

  init(year: Int, calendar: WorkingCalendar) throws(CalendarError) {
    guard calendar.covers(year: year), let first = CivilDate(year: year, month: 1, day: 1),
      let last = CivilDate(year: year, month: 12, day: 31)
    else { throw .yearNotCovered(year, covered: calendar.coveredYears) }
    self.calendar = calendar.name
    self.year = year
    coveredYears = calendar.coveredYears
    var kinds: [(CivilDate, DayKind)] = []
    for dayNumber in first.dayNumber...last.dayNumber {
      let date = CivilDate(dayNumber: dayNumber)
      kinds.append((date, try calendar.dayKind(date)))
    }
    self.kinds = kinds
    workingDays = kinds.filter { $0.1.isWorkingDay }.count
    daysOff = kinds.count - workingDays
    months = (1...12).map { month in
      Month(month: month, workingDays: kinds.filter { $0.0.month == month && $0.1.isWorkingDay }.count)
    }
    (holidays, otherMakeUpWorkdays) = Self.holidayRuns(kinds)
  }

  /// The days of one month with their kinds.
  func dayKinds(in month: Int) -> [(CivilDate, DayKind)] {
    kinds.filter { $0.0.month == month }
  }

  /// Consecutive days off of one holiday, each with the make-up working days named for it.
  private static func holidayRuns(_ kinds: [(CivilDate, DayKind)]) -> ([HolidayRun], [CivilDate]) {
    var runs: [HolidayRun] = []
    var makeUp: [(CivilDate, String?)] = []
    for (date, kind) in kinds {
      switch kind {
      case .holiday(let name):
        if let last = runs.last, last.name == name, last.last.dayNumber + 1 == date.dayNumber {
          runs[runs.count - 1].last = date
          runs[runs.count - 1].daysOff += 1
        } else {
          runs.append(HolidayRun(name: name, first: date, last: date, daysOff: 1, makeUpWorkdays: []))
        }
      case .makeUpWorkday(let name): makeUp.append((date, name))
      case .workday, .weekend: break
      }
    }
    var others: [CivilDate] = []
    for (date, name) in makeUp {
      if let index = runs.firstIndex(where: { $0.name == name && abs($0.first.dayNumber - date.dayNumber) < 60 }) {
        runs[index].makeUpWorkdays.append(date)
      } else {
        others.append(date)
      }
    }
    return (runs, others)
  }
}
