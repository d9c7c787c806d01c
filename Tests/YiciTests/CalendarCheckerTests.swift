import Testing
import Yici

/// Calendar declarations are checked like any rule file: each data error is a diagnostic at
/// the line that causes it; a local calendar extends a national one.
@Suite struct CalendarCheckerTests {
  static let national = """
    calendar national "全国" {
      year 2025 {
        holiday "劳动节" 2025-05-01 to 2025-05-05 workday 2025-04-27
        holiday "国庆节、中秋节" 2025-10-01 to 2025-10-08 workday 2025-09-28, 2025-10-11
      }
    }
    """

  func codes(_ text: String) -> [String] {
    RuleSet(text: text, path: "c.yici").diagnostics.map { "\($0.code.rawValue)@\($0.span.start.line)" }
  }

  @Test func aLocalCalendarAddsADayOff() throws {
    let rules = RuleSet(
      text: Self.national + """

        calendar guangxi "广西" extends national {
          year 2025 { holiday "壮族三月三" 2025-03-31 to 2025-04-01 }
        }
        """)
    #expect(rules.diagnostics.isEmpty, "\(rules.diagnostics.map(\.message))")
    let local = try #require(rules.compiled.calendars.calendar("guangxi"))
    let national = try #require(rules.compiled.calendars.calendar(nil))
    let monday = try #require(CivilDate(iso: "2025-03-31"))
    #expect(try !local.isWorkingDay(monday) && national.isWorkingDay(monday))
    #expect(try local.dayKind(CivilDate(iso: "2025-10-11")!) == .makeUpWorkday(holidayName: "国庆节、中秋节"))
    #expect(rules.compiled.calendars.defaultEntry?.id == "national", "a local calendar is never the default")
  }

  @Test func dataErrorsPointAtTheirLine() {
    #expect(
      codes(
        """
        calendar national {
          year 2025 {
            holiday "A" 2025-05-01 to 2025-05-05
            holiday "B" 2025-05-05 to 2025-05-06
          }
          year 2026 { holiday "C" 2026-01-01 workday 2026-01-05 }
          year 2025 { }
        }
        """) == ["E0215@4", "E0215@6", "E0215@7"])
  }

  @Test func aLocalYearTheBaseDoesNotCoverIsAnError() {
    let rules = RuleSet(
      text: Self.national + "\ncalendar local extends national { year 2026 { holiday \"X\" 2026-03-02 } }")
    #expect(rules.diagnostics.map(\.code) == [.dateOutsideCalendar])
    #expect(rules.diagnostics.first?.message.contains("year 2026") == true)
  }

  @Test func aLocalCalendarCannotCancelANationalDayOff() {
    let rules = RuleSet(text: Self.national + "\ncalendar local extends national { year 2025 { workday 2025-10-04 } }")
    #expect(rules.diagnostics.map(\.code) == [.invalidCalendar])
  }

  @Test func unknownAndCircularBases() {
    #expect(codes("calendar a extends nationl { year 2025 { } }").first == "E0214@1")
    #expect(codes("calendar a extends b { }\ncalendar b extends a { }") == ["E0215@1", "E0215@2"])
    #expect(codes(Self.national + "\ncalendar national { year 2024 { } }").contains("E0204@7"))
  }

  @Test func timeLimitsNeedACalendar() {
    let service = "service s { name \"S\" basis \"R\" time limits { promised 5 working days } }"
    #expect(codes(service) == ["E0214@1"])
    let two = Self.national + "\ncalendar other { year 2025 { } }\n" + service
    #expect(
      RuleSet(text: two).diagnostics.first { $0.code == .unknownCalendar }?.message.contains("several calendars")
        == true)
  }

  @Test func theLimitsAreCompared() {
    func check(_ limits: String) -> [DiagnosticCode] {
      RuleSet(
        text: Self.national
          + "\nservice s { name \"S\" basis \"R\" materials { m: \"M\" waivable basis \"b\" } waiver { at most 1 } time limits { \(limits) } }"
      )
      .diagnostics.map(\.code)
    }
    #expect(check("statutory 20 working days; promised 16 working days").isEmpty)
    #expect(check("statutory 20 working days; promised 17 working days") == [.promisedNotShortened])
    #expect(check("statutory 20 working days; promised 21 working days") == [.promisedExceedsStatutory])
    #expect(check("statutory 20 working days") == [.promisedNotShortened])
    #expect(check("statutory 20 working days; immediate").isEmpty)
    #expect(check("statutory 20 working days; promised 30 days") == [.promisedExceedsStatutory])
    #expect(check("promised 10 working days; supplement 11 working days") == [.supplementExceedsPromised])
    #expect(check("promised 10 working days; supplement m 10 working days").isEmpty)
    #expect(check("promised 10 working days; supplement x 3 working days") == [.unknownMaterial])
    #expect(check("promised 10 working days; warning at 0%") == [.invalidTimeLimit])
    #expect(check("promised 10 working days; warning 2 days before") == [.invalidTimeLimit])
    #expect(check("promised 2.5 working days") == [.invalidTimeLimit])
    #expect(check("warning 80%") == [.invalidTimeLimit, .invalidTimeLimit])
    #expect(check("promised 5 working days; not counted { a at most 3 days; a }") == [.duplicateDefinition])
  }
}
