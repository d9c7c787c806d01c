import Testing

@testable import YiciSyntax

/// Time limits and calendars read the same in English and in Chinese keywords.
@Suite struct TimeLimitParserTests {
  func parse(_ text: String) -> (file: RuleFile, diagnostics: [Diagnostic]) {
    Parser.parse(SourceFile(path: "t.yici", text: text))
  }

  func limits(_ text: String) throws -> (TimeLimitsSyntax, [Diagnostic]) {
    let (file, diagnostics) = parse(text)
    guard case .service(let service) = try #require(file.declarations.first) else { throw Parser.Recovery() }
    return (try #require(service.timeLimits.first), diagnostics)
  }

  /// The parts of a block that do not depend on the language, as text.
  func summary(_ block: TimeLimitsSyntax) -> String {
    func duration(_ d: DurationSyntax?) -> String { d.map { "\($0.value) \($0.unit.rawValue)" } ?? "-" }
    let warning: String =
      switch block.warning?.point {
      case .before(let d): "before \(duration(d))"
      case .percent(let p): "\(p)%"
      case nil: "-"
      }
    return [
      duration(block.statutory?.duration), block.statutory?.basis?.value ?? "-", duration(block.promised?.duration),
      block.immediate?.condition == nil ? "always" : "when", warning,
      block.notCounted.map { "\($0.id.name) \(duration($0.maximum))" }.joined(separator: ","),
      block.supplements.map { "\($0.materials.map(\.name)) \(duration($0.duration))" }.joined(separator: ","),
      block.calendar?.name ?? "-", block.settings.map { "\($0.keyword)=\($0.value)" }.joined(separator: ","),
    ].joined(separator: " | ")
  }

  @Test func bothLanguagesSayTheSame() throws {
    let (english, englishDiagnostics) = try limits(
      """
      service s {
        basis "Rule 0"
        time limits {
          statutory 20 working days basis "law"
          promised 10 working days
          immediate when simple
          warning 3 working days before
          supplement 5 working days
          supplement plan, report 1 working day
          not counted { 现场勘验 at most 10 working days; 听证: at most 20 days }
          calendar national
          acceptance day counted no
          receipt on day off moves yes
          natural day deadline moves true
        }
      }
      """)
    let (chinese, chineseDiagnostics) = try limits(
      """
      事项 s {
        依据 "《条例》第一条"
        时限 {
          法定 20 个工作日 依据 "law"
          承诺 10个工作日
          即办 当 simple
          预警 提前 3 工作日
          容缺补交 5 个 工作日
          容缺补交 plan、report 1 个工作日
          不计入时限 { 现场勘验 最多 10 个工作日； 听证：最多 20 日 }
          日历 national
          受理当日计入 否
          非工作日收件顺延 是
          自然日期限顺延 是
        }
      }
      """)
    #expect(
      englishDiagnostics.isEmpty && chineseDiagnostics.isEmpty,
      "\((englishDiagnostics + chineseDiagnostics).map(\.message))")
    #expect(summary(english) == summary(chinese))
    #expect(summary(english).hasPrefix("20 workingDays | law | 10 workingDays | when | before 3 workingDays"))
  }

  @Test func aShareAndNaturalDays() throws {
    let (block, diagnostics) = try limits(
      "service s { time limits { promised 30 days; warning at 80%; statutory 2 natural days } }")
    #expect(diagnostics.isEmpty)
    #expect(summary(block).hasPrefix("2 naturalDays | - | 30 naturalDays | always | 80%"))
    let (chinese, _) = try limits("事项 s { 时限 { 承诺 30 天 预警 80％ } }")
    #expect(summary(chinese).hasPrefix("- | - | 30 naturalDays | always | 80%"))
  }

  @Test func aCalendarParsesInBothLanguages() throws {
    let (file, diagnostics) = parse(
      """
      calendar national "全国" {
        year 2025 {
          holiday "春节" 2025-01-28 to 2025-02-04 workday 2025-01-26, 2025-02-08
          holiday "元旦" 2025-01-01
          workday 2025-04-27
        }
      }
      日历 beijing 基于 national { 年度 2025 { 假日 "地方节" 2025-03-03 至 2025-03-04 } }
      """)
    // Five Chinese keywords in an English file: one summary, not five warnings.
    #expect(diagnostics.count == 1 && diagnostics.allSatisfy { $0.code == .mixedKeywordLanguages })
    #expect(diagnostics.first?.message == "5 keywords are Chinese in a file written with English keywords")
    guard case .calendar(let national) = file.declarations[0], case .calendar(let local) = file.declarations[1] else {
      Issue.record("expected two calendars")
      return
    }
    let year = try #require(national.years.first)
    #expect(year.year == 2025 && year.holidays.map(\.name.value) == ["春节", "元旦"])
    #expect(year.holidays[1].first.iso == year.holidays[1].last.iso)
    #expect(year.workdays.map(\.holidayName) == ["春节", "春节", nil])
    #expect(local.base?.name == "national" && local.years.first?.holidays.first?.last.iso == "2025-03-04")
  }

  @Test func mixingLanguagesWarnsAndSuggests() throws {
    let (_, diagnostics) = try limits("事项 s { 时限 { 承诺 10 working days } }")
    #expect(diagnostics.map(\.code) == [.mixedKeywordLanguages])
    #expect(diagnostics.first?.help == "write '工作日'")
  }

  @Test func aMissingUnitIsReported() throws {
    let (_, diagnostics) = try limits("service s { time limits { promised 10; statutory 20 working days } }")
    #expect(diagnostics.map(\.code) == [.unexpectedToken])
    #expect(diagnostics.first?.message.hasPrefix("expected a unit after 10") == true)
  }
}
