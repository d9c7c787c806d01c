import YiciCalendar
import YiciSyntax

extension ServiceCompiler {
  /// Checks the service's time-limit blocks; at most one may be in force on any day.
  mutating func compileTimeLimits(headerImmediate: Bool, materials: [CompiledMaterial]) -> [CompiledTimeLimits] {
    var compiled: [CompiledTimeLimits] = []
    for syntax in service.timeLimits {
      guard let limits = compileTimeLimits(syntax, headerImmediate: headerImmediate, materials: materials) else {
        continue
      }
      if let other = compiled.first(where: { $0.period.overlaps(limits.period) }) {
        report(
          .duplicateAttribute, "two time limits blocks are in force on the same days", in: file, at: syntax.keyword,
          help: "give each block its own period with from / until (自 / 至)",
          notes: [Diagnostic.Note("the other block", at: other.span)])
        continue
      }
      compiled.append(limits)
    }
    checkGaps(compiled)
    return compiled
  }

  /// W0309 for days between two time-limit blocks that no block covers: decisions on them
  /// would be undated.
  private mutating func checkGaps(_ blocks: [CompiledTimeLimits]) {
    let sorted = blocks.sorted { ($0.period.from?.dayNumber ?? Int.min) < ($1.period.from?.dayNumber ?? Int.min) }
    for (earlier, later) in zip(sorted, sorted.dropFirst()) {
      guard let end = earlier.period.until, let start = later.period.from,
        end.dayNumber + 1 < start.dayNumber
      else { continue }
      let first = CivilDate(dayNumber: end.dayNumber + 1)
      let last = CivilDate(dayNumber: start.dayNumber - 1)
      diagnostics.append(
        Diagnostic(
          .timeLimitsGap, "no time limits are in force from \(first) to \(last)", at: later.span,
          help: "end the earlier block on \(CivilDate(dayNumber: start.dayNumber - 1)) or start this one on \(first)",
          notes: [Diagnostic.Note("the earlier block ends here", at: earlier.span)]))
    }
  }

  private mutating func compileTimeLimits(
    _ syntax: TimeLimitsSyntax, headerImmediate: Bool, materials: [CompiledMaterial]
  ) -> CompiledTimeLimits? {
    checkPeriod(syntax.period, in: file)
    let calendar = resolveCalendar(syntax)
    let statutory = syntax.statutory.flatMap { dayCount($0.duration) }
    let promised = syntax.promised.flatMap { dayCount($0.duration) }
    let immediacy = compileImmediacy(syntax.immediate, headerImmediate: headerImmediate)
    if syntax.statutory == nil && syntax.promised == nil, case .always = immediacy {
    } else if syntax.statutory == nil && syntax.promised == nil {
      report(
        .invalidTimeLimit, "the time limits give no limit", in: file, at: syntax.keyword,
        help: "add a statutory or promised limit (法定 / 承诺 N 个工作日), or 'immediate' (即办)")
    }
    let warning = syntax.warning.flatMap { compileWarning($0, watched: promised ?? statutory) }
    let supplements = compileSupplements(syntax.supplements, materials: materials)
    checkLimits(syntax, statutory: statutory, promised: promised, immediacy: immediacy)
    checkSupplements(syntax.supplements, promised: promised, statutory: statutory)
    let notCounted = compilePauseKinds(syntax.notCounted)
    guard let calendar else { return nil }
    checkCovered(syntax.period, by: calendar)
    return CompiledTimeLimits(
      statutory: statutory, statutoryBasis: syntax.statutory?.basis.map(LocalizedText.init), promised: promised,
      immediacy: immediacy, notCounted: notCounted, warning: warning, supplement: supplements.all,
      supplementByMaterial: supplements.byMaterial, calendar: calendar, rules: countingRules(syntax.settings),
      period: period(syntax.period), span: SourceSpan(file: file, range: syntax.keyword))
  }

  /// A duration as a `DayCount`, or nil after reporting a number that is not a whole one.
  mutating func dayCount(_ duration: DurationSyntax) -> DayCount? {
    guard let count = Self.boundedDayCount(duration) else {
      report(
        .invalidTimeLimit, "'\(duration.value)' is not a whole number of days up to \(Self.longestLimit)", in: file,
        at: duration.range, help: "time limits are counted in whole days")
      return nil
    }
    return count
  }

  /// The longest time limit, in days: a hundred years. Every count past the checker is
  /// at most this, so arithmetic on counts cannot overflow.
  static let longestLimit = 36_500

  /// A duration as a `DayCount` when it is a whole number from 0 to `longestLimit`.
  static func boundedDayCount(_ duration: DurationSyntax) -> DayCount? {
    guard let value = Int(duration.value), (0...longestLimit).contains(value) else { return nil }
    return DayCount(value, duration.unit == .workingDays ? .workingDays : .naturalDays)
  }

  /// The calendar a block names, or the only base calendar.
  private mutating func resolveCalendar(_ syntax: TimeLimitsSyntax) -> WorkingCalendar? {
    if let id = syntax.calendar {
      if let entry = calendars.entry(id.name) { return entry.calendar }
      report(
        .unknownCalendar, "no calendar named '\(id.name)'", in: file, at: id.range,
        label: Suggestions.label(for: id.name, in: calendars.ids),
        help: calendars.ids.isEmpty ? "load the calendar files (rules/calendar/) together with the services" : nil)
      return nil
    }
    if let entry = calendars.defaultEntry { return entry.calendar }
    let bases = calendars.entries.filter { $0.base == nil }.map(\.id)
    if bases.isEmpty {
      report(
        .unknownCalendar, "no working-day calendar is loaded to count these time limits", in: file,
        at: syntax.keyword, help: "load the calendar files (rules/calendar/) together with the services")
    } else {
      report(
        .unknownCalendar, "several calendars could count these time limits: \(bases.joined(separator: ", "))",
        in: file, at: syntax.keyword, help: "name one, e.g. calendar \(bases[0])")
    }
    return nil
  }

  private mutating func compileImmediacy(_ syntax: ImmediateSyntax?, headerImmediate: Bool)
    -> CompiledTimeLimits.Immediacy
  {
    guard let syntax else { return headerImmediate ? .always : .never }
    if let promisedFlag = service.header.first(where: { $0.keyword == .promised }), syntax.condition == nil {
      report(
        .invalidTimeLimit, "the service is declared 承诺件 but its time limits make every application immediate",
        in: file, at: syntax.range,
        notes: [Diagnostic.Note("declared here", at: SourceSpan(file: file, range: promisedFlag.range))])
    }
    guard let condition = syntax.condition else { return .always }
    guard let compiled = typeCheckBool(condition, in: file, what: "the condition of 'immediate'") else { return .never }
    return compiled.constantBool == true ? .always : .when(compiled)
  }

  private mutating func compilePauseKinds(_ syntax: [PauseKindSyntax]) -> [CompiledTimeLimits.PauseKind] {
    var kinds: [CompiledTimeLimits.PauseKind] = []
    var seen: [String: SourceRange] = [:]
    for kind in syntax {
      if let first = seen[kind.id.name] {
        report(
          .duplicateDefinition, "the period not counted '\(kind.id.name)' is listed twice", in: file, at: kind.id.range,
          notes: [Diagnostic.Note("first listed here", at: SourceSpan(file: file, range: first))])
        continue
      }
      seen[kind.id.name] = kind.id.range
      kinds.append(
        CompiledTimeLimits.PauseKind(
          id: kind.id.name, label: kind.label.map(LocalizedText.init), maximum: kind.maximum.flatMap { dayCount($0) }))
    }
    return kinds
  }

  private func countingRules(_ settings: [CountingSettingSyntax]) -> CountingRules {
    var rules = CountingRules()
    for setting in settings {
      switch setting.keyword {
      case .acceptanceDayCounted: rules.countAcceptanceDay = setting.value
      case .dayOffReceiptMoves: rules.nonWorkingDayReceiptMovesToNextWorkingDay = setting.value
      case .naturalDayDeadlineMoves: rules.naturalDayDeadlineMovesToNextWorkingDay = setting.value
      default: break
      }
    }
    return rules
  }

  /// A `from` / `until` of a block in a year its calendar does not cover is an error: no
  /// deadline could be counted on that day.
  /// A block's start must lie in a year the calendar covers; its end may lie beyond (the
  /// rules of the next years are often published before their holidays: dates that cannot be
  /// counted yet are marked so in the decision, never guessed).
  private mutating func checkCovered(_ period: PeriodSyntax, by calendar: WorkingCalendar) {
    for date in [period.from].compactMap({ $0 }) {
      guard let day = CivilDate(iso: date.iso), !calendar.covers(year: day.year) else { continue }
      report(
        .dateOutsideCalendar, CalendarError.yearNotCovered(day.year, covered: calendar.coveredYears).description,
        in: file, at: date.range, label: "time limits in force on \(date.iso) cannot be counted",
        help: "add year \(day.year) to the calendar '\(calendar.name)' (rules/calendar/)")
    }
  }
}

extension Period {
  /// Whether some day lies in both periods.
  func overlaps(_ other: Period) -> Bool {
    let starts = [from, other.from].compactMap { $0 }.max()
    let ends = [until, other.until].compactMap { $0 }.min()
    guard let starts, let ends else { return true }
    return starts <= ends
  }
}
