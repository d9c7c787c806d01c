extension Parser {
  /// The keywords that start a line of a time limits block.
  package static let timeLimitItemStarts: [Keyword] = [
    .statutory, .promisedLimit, .immediateWhen, .immediate, .notCounted, .warning, .supplement,
    .calendar, .acceptanceDayCounted, .dayOffReceiptMoves, .naturalDayDeadlineMoves, .from, .until,
  ]

  /// `time limits { … }` / `时限 { … }`.
  mutating func parseTimeLimits(_ keyword: SourceRange) throws(Recovery) -> TimeLimitsSyntax {
    var limits = TimeLimitsSyntax(keyword: keyword)
    let body = try parseBlock(
      "the time limits block",
      isItemStart: { parser in Parser.timeLimitItemStarts.contains { parser.check($0) } },
      item: { (parser: inout Parser) throws(Recovery) in
        try parser.parseTimeLimitItem(into: &limits)
      })
    limits.range = keyword.union(body)
    return limits
  }

  private mutating func parseTimeLimitItem(into limits: inout TimeLimitsSyntax) throws(Recovery) {
    if let keyword = accept(.statutory) {
      let limit = try parseLimit(keyword)
      if limits.statutory != nil { reportDuplicate("statutory", at: keyword) }
      limits.statutory = limit
    } else if let keyword = accept(.promisedLimit) {
      let limit = try parseLimit(keyword)
      if limits.promised != nil { reportDuplicate("promised", at: keyword) }
      limits.promised = limit
    } else if let keyword = accept(.immediateWhen) ?? accept(.immediate) {
      let condition = accept(.when) != nil ? try parseExpression() : nil
      if limits.immediate != nil { reportDuplicate("immediate", at: keyword) }
      limits.immediate = ImmediateSyntax(
        condition: condition, range: condition.map { keyword.union($0.range) } ?? keyword)
    } else if accept(.notCounted) != nil {
      limits.notCounted += try parsePauseKinds()
    } else if let keyword = accept(.warning) {
      let warning = try parseWarning(keyword)
      if limits.warning != nil { reportDuplicate("warning", at: keyword) }
      limits.warning = warning
    } else if let keyword = accept(.supplement) {
      limits.supplements.append(try parseSupplement(keyword))
    } else if let keyword = accept(.calendar) {
      let id = try expectIdentifier("a calendar id after 'calendar'")
      if limits.calendar != nil { reportDuplicate("calendar", at: keyword) }
      limits.calendar = id
    } else if let setting = try parseCountingSetting() {
      if limits.settings.contains(where: { $0.keyword == setting.keyword }) {
        reportDuplicate(setting.keyword.spelling(in: language ?? .english), at: setting.range)
      }
      limits.settings.append(setting)
    } else if try parsePeriodClause(&limits.period) {
    } else {
      throw fail(
        "expected a time limit (statutory, promised, immediate, not counted, warning, supplement, calendar)"
          + " or a counting setting, found \(describe(current))",
        help: "e.g. statutory 20 working days basis \"…\" / 法定 20 个工作日 依据 \"…\"")
    }
  }

  /// `N unit [basis text]`, after `statutory` or `promised`.
  private mutating func parseLimit(_ keyword: SourceRange) throws(Recovery) -> LimitSyntax {
    let duration = try parseDuration("the number of days of the limit")
    var limit = LimitSyntax(duration: duration, basis: nil, range: keyword.union(duration.range))
    if accept(.basis) != nil {
      let basis = try parseText("the legal basis after 'basis'")
      limit.basis = basis
      limit.range = limit.range.union(basis.range)
    }
    return limit
  }

  /// `{ id ["label"] [at most N unit] … }`: the periods not counted in the limit.
  private mutating func parsePauseKinds() throws(Recovery) -> [PauseKindSyntax] {
    var kinds: [PauseKindSyntax] = []
    _ = try parseBlock(
      "the not-counted block", isItemStart: { $0.current.kind == .identifier },
      item: { (parser: inout Parser) throws(Recovery) in
        let id = try parser.expectIdentifier("the name of a period not counted, e.g. 现场勘验")
        if parser.current.kind == .colon { parser.advance() }
        var kind = PauseKindSyntax(id: id, label: nil, maximum: nil, range: id.range)
        if parser.current.kind == .string { kind.label = try parser.parseText("the period's label") }
        if parser.accept(.atMost) != nil {
          let maximum = try parser.parseDuration("the longest the period may last")
          kind.maximum = maximum
          kind.range = kind.range.union(maximum.range)
        }
        kinds.append(kind)
      })
    return kinds
  }

  /// `[before] (N unit [before] | [at] N%)`, after `warning`.
  private mutating func parseWarning(_ keyword: SourceRange) throws(Recovery) -> WarningSyntax {
    let leadingBefore = accept(.before)
    if current.kind == .identifier, current.text == "at", peek().kind == .number { advance() }
    if current.kind == .number, peek().kind == .percent {
      let number = advance()
      let percent = advance()
      return WarningSyntax(point: .percent(number.text), range: keyword.union(percent.range))
    }
    let duration = try parseDuration("the days before the deadline, or a share such as 80%")
    let trailingBefore = leadingBefore == nil ? accept(.before) : nil
    return WarningSyntax(
      point: .before(duration), range: keyword.union(trailingBefore ?? duration.range))
  }

  /// `[material {, material}] N unit`, after `supplement`.
  private mutating func parseSupplement(_ keyword: SourceRange) throws(Recovery) -> SupplementSyntax {
    var materials: [Identifier] = []
    while current.kind == .identifier {
      materials.append(try expectIdentifier("a material id"))
      if current.kind == .comma, peek().kind == .identifier { advance() }
    }
    let duration = try parseDuration("the days to supply the waived materials")
    return SupplementSyntax(materials: materials, duration: duration, range: keyword.union(duration.range))
  }

  /// `setting yes|no` for the three counting settings, if one is next.
  private mutating func parseCountingSetting() throws(Recovery) -> CountingSettingSyntax? {
    for keyword in [Keyword.acceptanceDayCounted, .dayOffReceiptMoves, .naturalDayDeadlineMoves] {
      guard let range = accept(keyword) else { continue }
      if let end = accept(.true) {
        return CountingSettingSyntax(keyword: keyword, value: true, range: range.union(end))
      } else if let end = accept(.false) {
        return CountingSettingSyntax(keyword: keyword, value: false, range: range.union(end))
      } else if current.kind == .identifier, current.text == "yes" || current.text == "no" {
        let token = advance()
        return CountingSettingSyntax(keyword: keyword, value: token.text == "yes", range: range.union(token.range))
      }
      throw fail("expected yes or no (是 / 否) after the setting, found \(describe(current))")
    }
    return nil
  }
}
