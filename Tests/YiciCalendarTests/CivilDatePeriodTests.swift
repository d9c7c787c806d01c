import Testing
import YiciCalendar
import YiciTestSupport

/// Months and years on civil dates follow the month-end rule (民法典 第二百零二条: no
/// corresponding day, the month's last day); the whole periods between two dates are the
/// most n with a + n <= b. Examples at month ends and leap days, then properties on random
/// dates (seeded: a failure names `YICI_SEED`).
@Suite struct CivilDatePeriodTests {
  func date(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

  @Test(
    arguments: [
      ("2025-01-31", 1, "2025-02-28"), ("2024-01-31", 1, "2024-02-29"), ("2025-03-31", -1, "2025-02-28"),
      ("2025-01-31", 2, "2025-03-31"), ("2025-05-31", 1, "2025-06-30"), ("2025-12-15", 1, "2026-01-15"),
      ("2025-01-15", -1, "2024-12-15"), ("2025-01-15", -13, "2023-12-15"), ("2025-08-31", 6, "2026-02-28"),
      ("2025-09-30", 0, "2025-09-30"), ("0000-01-01", -1, nil), ("9999-12-31", 1, nil),
    ] as [(String, Int, String?)])
  func monthsLandOnTheCorrespondingDayOrTheMonthsLast(start: String, months: Int, expected: String?) {
    #expect(date(start).adding(months: months)?.description == expected)
  }

  @Test(arguments: [
    ("2024-02-29", 1, "2025-02-28"), ("2024-02-29", 4, "2028-02-29"), ("2000-02-29", 100, "2100-02-28"),
    ("2007-02-28", 18, "2025-02-28"), ("2025-03-01", -18, "2007-03-01"), ("2024-02-29", -1, "2023-02-28"),
  ])
  func yearsAreTwelveMonths(start: String, years: Int, expected: String) {
    #expect(date(start).adding(years: years)?.description == expected)
  }

  @Test(arguments: [
    // 周岁: an anniversary completes a year; a 29 February birth completes it on 28 February.
    ("2007-03-01", "2025-02-28", 17), ("2007-03-01", "2025-03-01", 18), ("2004-02-29", "2022-02-28", 18),
    ("2004-02-29", "2022-02-27", 17), ("2004-02-29", "2024-02-29", 20), ("2025-03-01", "2007-03-01", -18),
    ("2025-03-01", "2007-03-02", -17), ("2025-06-15", "2025-06-15", 0),
  ])
  func wholeYears(from: String, to: String, years: Int) {
    #expect(CivilDate.wholeYears(from: date(from), to: date(to)) == years)
  }

  @Test(arguments: [
    ("2025-01-31", "2025-02-27", 0), ("2025-01-31", "2025-02-28", 1), ("2025-01-31", "2025-03-30", 1),
    ("2025-01-31", "2025-03-31", 2), ("2024-08-31", "2025-02-28", 6), ("2025-03-31", "2025-02-28", -1),
    ("2025-03-28", "2025-02-28", -1), ("2025-03-27", "2025-02-28", 0),
  ])
  func wholeMonths(from: String, to: String, months: Int) {
    #expect(CivilDate.wholeMonths(from: date(from), to: date(to)) == months)
  }

  /// A random date of 1900...2100, at a month's end a third of the time.
  static func randomDate(_ random: inout SeededRandom) -> CivilDate {
    let year = 1900 + random.next(201)
    let month = 1 + random.next(12)
    let last = CivilDate.daysInMonth(year: year, month: month)
    let day = random.next(3) == 0 ? last - random.next(3) : 1 + random.next(last)
    return CivilDate(year: year, month: month, day: day)!
  }

  @Test func addingMonthsKeepsTheDayOrTakesTheMonthsLast() async throws {
    try await withSeededRandom(0xDA7E_0001) { random in
      for _ in 0..<5_000 {
        let start = Self.randomDate(&random)
        let months = random.next(601) - 300
        let shifted = try #require(start.adding(months: months))
        let index = start.year * 12 + start.month - 1 + months
        #expect(shifted.year * 12 + shifted.month - 1 == index, "\(start) + \(months) months = \(shifted)")
        let last = CivilDate.daysInMonth(year: shifted.year, month: shifted.month)
        #expect(shifted.day == min(start.day, last), "\(start) + \(months) months = \(shifted)")
        #expect(start.adding(years: months) == start.adding(months: months * 12))
      }
    }
  }

  @Test func aDatePlusAPeriodIsMonotoneInThePeriodAndInTheDate() async throws {
    try await withSeededRandom(0xDA7E_0002) { random in
      for _ in 0..<5_000 {
        let start = Self.randomDate(&random)
        let later = start.adding(days: random.next(90))
        let (m, n) = (random.next(400) - 200, random.next(400) - 200)
        let (small, large) = (min(m, n), max(m, n))
        #expect(start.adding(months: small)! <= start.adding(months: large)!, "\(start): \(small) vs \(large) months")
        #expect(start.adding(months: m)! <= later.adding(months: m)!, "\(start) vs \(later), \(m) months")
        // Strictly later by a whole month or more.
        if small < large { #expect(start.adding(months: small)! < start.adding(months: large)!) }
      }
    }
  }

  @Test func theWholeMonthsBetweenAreTheMostThatFit() async throws {
    try await withSeededRandom(0xDA7E_0003) { random in
      for _ in 0..<3_000 {
        let a = Self.randomDate(&random)
        let b = random.next(4) == 0 ? a.adding(days: random.next(5) - 2) : Self.randomDate(&random)
        let months = CivilDate.wholeMonths(from: a, to: b)
        if a <= b {
          #expect(months >= 0 && a.adding(months: months)! <= b, "\(a) → \(b): \(months)")
          #expect(b < a.adding(months: months + 1)!, "\(a) → \(b): \(months)")
        } else {
          #expect(months == -CivilDate.wholeMonths(from: b, to: a))
        }
        #expect(CivilDate.wholeYears(from: a, to: b) == months / 12)
        #expect(CivilDate.days(from: a, to: b) == b.dayNumber - a.dayNumber)
        // Monotone in the end date.
        let c = b.adding(days: 1 + random.next(40))
        #expect(CivilDate.wholeMonths(from: a, to: c) >= months, "\(a) → \(b), \(c)")
      }
    }
  }
}
