import YiciCalendar
import YiciSyntax

/// Checks the `calendar` declarations of all files and builds their working-day calendars.
///
/// Base calendars are built first, then local ones over the calendar they extend. The data
/// is checked year by year, so one run reports a mistake in every year; each
/// `CalendarDataError` becomes a diagnostic at the line that causes it (E0215, or E0216 for
/// a local year its base does not cover). A calendar with an error is left out.
struct CalendarCompiler {
  private var declarations: [(syntax: CalendarSyntax, file: SourceFile)] = []
  private var built: [String: CompiledCalendars.Entry] = [:]
  private var order: [String] = []
  /// Everything found wrong.
  private(set) var diagnostics: [Diagnostic] = []

  /// Checks every calendar declared in `files`.
  static func compile(_ files: [RuleFile]) -> (calendars: CompiledCalendars, diagnostics: [Diagnostic]) {
    var compiler = CalendarCompiler()
    var seen: [String: SourceSpan] = [:]
    for file in files {
      for case .calendar(let calendar) in file.declarations {
        if let first = seen[calendar.id.name] {
          compiler.diagnostics.append(Checker.duplicate("calendar", calendar.id, file.source, first: first))
          continue
        }
        seen[calendar.id.name] = SourceSpan(file: file.source, range: calendar.id.range)
        compiler.declarations.append((calendar, file.source))
      }
    }
    compiler.buildAll()
    let entries = compiler.order.compactMap { compiler.built[$0] }
    return (CompiledCalendars(entries), compiler.diagnostics)
  }

  /// Builds base calendars, then every local one whose base is built, until none is left.
  private mutating func buildAll() {
    defer { order = declarations.map(\.syntax.id.name).filter { built[$0] != nil } }
    var pending = declarations
    var failed: Set<String> = []
    while !pending.isEmpty {
      let ready = pending.filter { $0.syntax.base.map { built[$0.name] != nil || failed.contains($0.name) } ?? true }
      guard !ready.isEmpty else {
        for (syntax, file) in pending { reportUnresolvableBase(syntax, in: file) }
        return
      }
      pending.removeAll { candidate in ready.contains { $0.syntax.id.name == candidate.syntax.id.name } }
      for (syntax, file) in ready {
        if let entry = build(syntax, in: file) {
          built[syntax.id.name] = entry
        } else {
          failed.insert(syntax.id.name)
        }
      }
    }
  }

  /// One calendar, or nil after reporting why it cannot be built.
  private mutating func build(_ syntax: CalendarSyntax, in file: SourceFile) -> CompiledCalendars.Entry? {
    let years = syntax.years.map { Self.calendarYear($0) }
    var valid = checkYears(syntax, years, in: file)
    var calendar: WorkingCalendar?
    if valid, let base = syntax.base {
      guard let baseEntry = built[base.name] else { return nil }  // its base failed: reported there
      do {
        calendar = try baseEntry.calendar.extended(by: years, name: syntax.id.name)
      } catch {
        report(error, syntax, in: file)
        valid = false
      }
    } else if valid {
      do {
        calendar = try WorkingCalendar(name: syntax.id.name, years: years)
      } catch {
        report(error, syntax, in: file)
        valid = false
      }
    }
    guard valid, let calendar else { return nil }
    return CompiledCalendars.Entry(
      id: syntax.id.name, name: syntax.name.map(LocalizedText.init), base: syntax.base?.name,
      calendar: calendar, span: SourceSpan(file: file, range: syntax.id.range))
  }

  /// Each year on its own, so every year's first mistake is reported; duplicate years.
  private mutating func checkYears(_ syntax: CalendarSyntax, _ years: [CalendarYear], in file: SourceFile) -> Bool {
    var valid = true
    if years.isEmpty && syntax.base == nil {
      report(.noYears, syntax, in: file)
      return false
    }
    var seenYears: Set<Int> = []
    for (year, yearSyntax) in zip(years, syntax.years) {
      guard seenYears.insert(year.year).inserted else {
        report(.duplicateYear(year.year), syntax, in: file, at: yearSyntax.yearRange)
        valid = false
        continue
      }
      do {
        _ = try WorkingCalendar(name: syntax.id.name, years: [year])
      } catch {
        report(error, syntax, in: file, at: CalendarErrorLocation.range(of: error, in: syntax, years: [yearSyntax]))
        valid = false
      }
    }
    return valid
  }

  /// The data of one year block; dates the lexer already rejected are left out.
  static func calendarYear(_ syntax: CalendarYearSyntax) -> CalendarYear {
    CalendarYear(
      year: syntax.year,
      holidays: syntax.holidays.compactMap { holiday in
        guard let first = CivilDate(iso: holiday.first.iso), let last = CivilDate(iso: holiday.last.iso) else {
          return nil
        }
        return Holiday(name: holiday.name.value, first: first, last: last)
      },
      makeUpWorkdays: syntax.workdays.compactMap { workday in
        CivilDate(iso: workday.date.iso).map { MakeUpWorkday(date: $0, holidayName: workday.holidayName) }
      }, provisional: syntax.provisional)
  }

  private mutating func reportUnresolvableBase(_ syntax: CalendarSyntax, in file: SourceFile) {
    guard let base = syntax.base else { return }
    let known = declarations.map(\.syntax.id.name)
    if known.contains(base.name), !isCycle(from: syntax) {
      diagnostics.append(
        Diagnostic(
          .invalidCalendar,
          "calendar '\(syntax.id.name)' cannot be built: the calendar it extends, '\(base.name)', cannot be",
          at: SourceSpan(file: file, range: base.range)))
    } else if known.contains(base.name) {
      diagnostics.append(
        Diagnostic(
          .invalidCalendar, "calendar '\(syntax.id.name)' extends itself through '\(base.name)'",
          at: SourceSpan(file: file, range: base.range), help: "a local calendar extends a national one"))
    } else {
      diagnostics.append(
        Diagnostic(
          .unknownCalendar, "no calendar named '\(base.name)'", at: SourceSpan(file: file, range: base.range),
          label: Suggestions.label(for: base.name, in: known),
          help: known.isEmpty ? "load the file that declares it (rules/calendar/) together with this one" : nil))
    }
  }

  /// Whether following `extends` from a calendar leads back to it.
  private func isCycle(from syntax: CalendarSyntax) -> Bool {
    var current = syntax.base?.name
    var steps = 0
    while let id = current, steps <= declarations.count {
      if id == syntax.id.name { return true }
      current = declarations.first { $0.syntax.id.name == id }?.syntax.base?.name
      steps += 1
    }
    return false
  }

  private mutating func report(
    _ error: CalendarDataError, _ syntax: CalendarSyntax, in file: SourceFile, at range: SourceRange? = nil
  ) {
    let located = range ?? CalendarErrorLocation.range(of: error, in: syntax)
    let code: DiagnosticCode =
      if case .localYearNotCovered = error { .dateOutsideCalendar } else { .invalidCalendar }
    diagnostics.append(
      Diagnostic(
        code, error.description, at: SourceSpan(file: file, range: located),
        help: CalendarErrorLocation.help(for: error)))
  }
}
