extension Parser {
  /// `calendar id ["name"] [extends base] { year N { … } … }`.
  mutating func parseCalendar(_ keyword: SourceRange) throws(Recovery) -> CalendarSyntax {
    let id = try expectIdentifier("a calendar id after 'calendar'")
    let name = current.kind == .string ? try parseText("the calendar's name") : nil
    var base: Identifier?
    if accept(.extends) != nil {
      base = try expectIdentifier("the id of the calendar it extends after 'extends'")
    }
    var calendar = CalendarSyntax(id: id, name: name, base: base, years: [], range: keyword)
    let body = try parseBlock(
      "calendar '\(id.name)'", isItemStart: { $0.check(.year) || $0.check(.name) },
      item: { (parser: inout Parser) throws(Recovery) in
        if let yearKeyword = parser.accept(.year) {
          calendar.years.append(try parser.parseCalendarYear(yearKeyword))
        } else if let nameKeyword = parser.accept(.name) {
          if calendar.name != nil { parser.reportDuplicate("name", at: nameKeyword) }
          calendar.name = try parser.parseText("a text after 'name'")
        } else {
          throw parser.fail(
            "expected 'year' (年度) in a calendar, found \(parser.describe(parser.current))",
            help: "a calendar lists its years: year 2025 { holiday \"春节\" 2025-01-28 to 2025-02-04 … }")
        }
      })
    calendar.range = keyword.union(body)
    return calendar
  }

  /// `year N [provisional] { holiday "name" date [to date] [workday dates] | workday dates }`.
  private mutating func parseCalendarYear(_ keyword: SourceRange) throws(Recovery) -> CalendarYearSyntax {
    let number = try expect(.number, "the year after 'year', e.g. 2025")
    var year = 0
    if let whole = Int(number.text) {
      year = whole
    } else {
      report(.invalidNumber, "a year is a whole number such as 2025", at: number.range)
    }
    var syntax = CalendarYearSyntax(
      year: year, yearRange: number.range, holidays: [], workdays: [], range: keyword)
    syntax.provisional = accept(.provisional) != nil
    let body = try parseBlock(
      "year \(number.text)", isItemStart: { $0.check(.holiday) || $0.check(.workday) },
      item: { (parser: inout Parser) throws(Recovery) in
        if let holidayKeyword = parser.accept(.holiday) {
          let holiday = try parser.parseHoliday(holidayKeyword)
          syntax.holidays.append(holiday)
          // Make-up working days written on the holiday's own line are that holiday's.
          if parser.file.lineAndColumn(of: parser.current.range.start).line
            == parser.file.lineAndColumn(of: holiday.range.end).line, parser.accept(.workday) != nil
          {
            syntax.workdays += try parser.parseWorkdays(for: holiday.name.value)
          }
        } else if parser.accept(.workday) != nil {
          syntax.workdays += try parser.parseWorkdays(for: nil)
        } else {
          throw parser.fail(
            "expected 'holiday' or 'workday' (假日 / 调休上班) in a year, found \(parser.describe(parser.current))")
        }
      })
    syntax.range = keyword.union(body)
    return syntax
  }

  /// `"name" first [to last]`, after the keyword.
  private mutating func parseHoliday(_ keyword: SourceRange) throws(Recovery) -> HolidaySyntax {
    let name = try parseText("the holiday's name after 'holiday', e.g. \"春节\"")
    let first = try parseDate()
    var last = first
    if accept(.to) != nil || accept(.until) != nil {
      last = try parseDate()
    }
    return HolidaySyntax(name: name, first: first, last: last, range: keyword.union(last.range))
  }

  /// `date {, date}`: make-up working days, for the holiday just written if any.
  private mutating func parseWorkdays(for holidayName: String?) throws(Recovery) -> [WorkdaySyntax] {
    var workdays = [WorkdaySyntax(date: try parseDate(), holidayName: holidayName)]
    while current.kind == .comma, peek().kind == .date {
      advance()
      workdays.append(WorkdaySyntax(date: try parseDate(), holidayName: holidayName))
    }
    return workdays
  }
}
