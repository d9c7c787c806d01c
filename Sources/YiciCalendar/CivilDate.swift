// A calendar date with no time of day and no time zone, in the proleptic Gregorian calendar.
//
// Design: a date is stored twice, as its day number (days since 1970-01-01, which makes
// comparison, hashing and day arithmetic trivial) and as year, month and day (which makes
// formatting free). Conversions use Howard Hinnant's `days_from_civil` and `civil_from_days`
// (http://howardhinnant.github.io/date_algorithms.html), exact for every year in range.

/// A calendar date (year, month, day) in the proleptic Gregorian calendar, years 0000 to 9999.
///
/// Equality, ordering and hashing follow the day number. `description` and `Codable` use the
/// ISO 8601 form `YYYY-MM-DD`.
public struct CivilDate: Sendable {
  /// Days since 1970-01-01; negative before it.
  public let dayNumber: Int
  // INVARIANT: (storedYear, storedMonth, storedDay) is the civil form of `dayNumber`.
  private let storedYear: Int16
  private let storedMonth: UInt8
  private let storedDay: UInt8

  /// The years a `CivilDate` can hold: exactly those written with four ISO digits.
  public static let supportedYears: ClosedRange<Int> = 0...9999

  /// The day numbers of the first and last supported dates (0000-01-01 and 9999-12-31).
  public static let supportedDayNumbers: ClosedRange<Int> =
    daysFromCivil(year: 0, month: 1, day: 1)...daysFromCivil(year: 9999, month: 12, day: 31)

  /// The year, 0...9999.
  public var year: Int { Int(storedYear) }
  /// The month, 1...12.
  public var month: Int { Int(storedMonth) }
  /// The day of the month, 1...31.
  public var day: Int { Int(storedDay) }

  /// Creates a date from its parts, or nil if they name no date (2025-02-30, month 13, year 10000).
  public init?(year: Int, month: Int, day: Int) {
    guard Self.supportedYears.contains(year), (1...12).contains(month),
      day >= 1, day <= Self.daysInMonth(year: year, month: month)
    else { return nil }
    dayNumber = Self.daysFromCivil(year: year, month: month, day: day)
    storedYear = Int16(year)
    storedMonth = UInt8(month)
    storedDay = UInt8(day)
  }

  /// Creates the date `dayNumber` days after 1970-01-01.
  ///
  /// - Precondition: `dayNumber` lies in `supportedDayNumbers` (years 0000...9999).
  public init(dayNumber: Int) {
    precondition(
      Self.supportedDayNumbers.contains(dayNumber),
      "day number \(dayNumber) is outside years 0000...9999")
    let civil = Self.civilFromDays(dayNumber)
    self.dayNumber = dayNumber
    storedYear = Int16(civil.year)
    storedMonth = UInt8(civil.month)
    storedDay = UInt8(civil.day)
  }

  /// The date `days` days later (earlier if negative).
  ///
  /// - Precondition: the result lies in years 0000...9999.
  public func adding(days: Int) -> CivilDate {
    CivilDate(dayNumber: dayNumber + days)
  }

  /// The day of the week.
  public var weekday: Weekday {
    // 1970-01-01 was a Thursday; Weekday.monday is 1, so Thursday is 4.
    let mondayBased = ((dayNumber + 3) % 7 + 7) % 7
    return Weekday(rawValue: mondayBased + 1) ?? .monday
  }

  /// Whether `year` is a leap year in the Gregorian calendar.
  public static func isLeapYear(_ year: Int) -> Bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
  }

  /// The number of days in a month of a year (28...31); 0 for a month outside 1...12.
  public static func daysInMonth(year: Int, month: Int) -> Int {
    switch month {
    case 1, 3, 5, 7, 8, 10, 12: return 31
    case 4, 6, 9, 11: return 30
    case 2: return isLeapYear(year) ? 29 : 28
    default: return 0
    }
  }
}

extension CivilDate {
  /// Hinnant's `days_from_civil`: the day number of a valid civil date.
  static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
    let shiftedYear = month <= 2 ? year - 1 : year
    let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
    let yearOfEra = shiftedYear - era * 400  // 0...399
    let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1  // 0...365
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear  // 0...146096
    return era * 146_097 + dayOfEra - 719_468
  }

  /// Hinnant's `civil_from_days`: the civil date of a day number.
  ///
  /// Exact for any `|dayNumber| < 2^60`, so it also names the year of a day far outside
  /// `supportedDayNumbers` (for error messages).
  static func civilFromDays(_ dayNumber: Int) -> (year: Int, month: Int, day: Int) {
    let shifted = dayNumber + 719_468
    let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
    let dayOfEra = shifted - era * 146_097  // 0...146096
    // 0...399
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)  // 0...365
    let shiftedMonth = (5 * dayOfYear + 2) / 153  // 0...11, March first
    let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
    let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  /// The year containing a day number, for any Int (clamped far beyond any real calendar).
  static func year(ofDayNumber dayNumber: Int) -> Int {
    let limit = 1 << 60
    return civilFromDays(min(max(dayNumber, -limit), limit)).year
  }
}

extension CivilDate: Hashable, Comparable {
  /// Two dates are equal when they are the same day.
  public static func == (lhs: CivilDate, rhs: CivilDate) -> Bool {
    lhs.dayNumber == rhs.dayNumber
  }

  /// Hashes the day number.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(dayNumber)
  }

  /// Earlier dates order first.
  public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
    lhs.dayNumber < rhs.dayNumber
  }
}
