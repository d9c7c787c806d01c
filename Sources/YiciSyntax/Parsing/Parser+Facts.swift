extension Parser {
  /// `facts { fact | let … }`.
  mutating func parseFacts() throws(Recovery) -> [FactSyntax] {
    var facts: [FactSyntax] = []
    _ = try parseBlock(
      "the facts block", isItemStart: { $0.atEntry || $0.check(.let) },
      item: {
        (parser: inout Parser) throws(Recovery) in
        if let keyword = parser.accept(.let) {
          facts.append(try parser.parseDerivedFact(keyword))
        } else {
          facts.append(try parser.parseInputFact())
        }
      })
    return facts
  }

  private mutating func parseInputFact() throws(Recovery) -> FactSyntax {
    guard atEntry else { throw fail("expected a fact ('id: type') or 'let', found \(describe(current))") }
    let id = Identifier(current.text, range: advance().range)
    advance()  // ':'
    let type = try parseType()
    var fact = FactSyntax(
      id: id, label: nil, definition: .input(type), question: nil, period: .always, range: id.range.union(type.range))
    if current.kind == .string { fact.label = try parseText("a label") }
    while true {
      if let keyword = accept(.ask) {
        if fact.question != nil { reportDuplicate("ask", at: keyword) }
        fact.question = try parseText("the question after 'ask'")
      } else if let keyword = accept(.personal) {
        if fact.personal != nil { reportDuplicate("personal", at: keyword) }
        fact.personal = accept(.hashed) != nil ? .hashed : .masked
      } else if try parsePeriodClause(&fact.period) {
      } else {
        break
      }
    }
    fact.range = fact.range.union(tokens[index - 1].range)
    return fact
  }

  private mutating func parseDerivedFact(_ keyword: SourceRange) throws(Recovery) -> FactSyntax {
    let id = try expectIdentifier("a name after 'let'")
    let label = current.kind == .string ? try parseText("a label") : nil
    _ = try expect(.assign, "'=' after the derived fact's name")
    let expression = try parseExpression()
    return FactSyntax(
      id: id, label: label, definition: .derived(expression), question: nil, period: .always,
      range: keyword.union(expression.range))
  }

  private mutating func parseType() throws(Recovery) -> TypeSyntax {
    let start = current.range
    if accept(.bool) != nil { return TypeSyntax(kind: .bool, range: start) }
    if accept(.text) != nil { return TypeSyntax(kind: .text, range: start) }
    if accept(.date) != nil { return TypeSyntax(kind: .date, range: start) }
    if accept(.number) != nil {
      guard current.kind == .leftParen else { return TypeSyntax(kind: .number(unit: nil), range: start) }
      advance()
      guard current.kind == .identifier || current.kind == .string else {
        throw fail("expected a unit such as m2 or 平方米, found \(describe(current))")
      }
      let unit = advance().text
      let close = try expect(.rightParen, "')' after the unit")
      return TypeSyntax(kind: .number(unit: unit), range: start.union(close.range))
    }
    let multiple = check(.choices)
    if accept(.options) != nil || accept(.choices) != nil {
      _ = try expect(.leftParen, "'(' before the options")
      var options: [OptionSyntax] = []
      while current.kind != .rightParen {
        let id = try expectIdentifier("an option name")
        let label = current.kind == .string ? try parseText("a label") : nil
        options.append(OptionSyntax(id: id, label: label))
        if current.kind == .comma { advance() } else { break }
      }
      let close = try expect(.rightParen, "',' or ')' in the options")
      return TypeSyntax(kind: multiple ? .choices(options) : .options(options), range: start.union(close.range))
    }
    throw fail(
      "expected a type (bool, number, text, date, options, choices / 是否, 数值, 文本, 日期, 选项, 多选), found \(describe(current))"
    )
  }

  /// `conditions { id: expression attributes… }`.
  mutating func parseConditions() throws(Recovery) -> [ConditionSyntax] {
    var conditions: [ConditionSyntax] = []
    _ = try parseBlock("the conditions block", isItemStart: \.atEntry) { (parser: inout Parser) throws(Recovery) in
      conditions.append(try parser.parseCondition())
    }
    return conditions
  }

  private mutating func parseCondition() throws(Recovery) -> ConditionSyntax {
    guard atEntry else { throw fail("expected a condition ('id: expression'), found \(describe(current))") }
    let id = Identifier(current.text, range: advance().range)
    advance()  // ':'
    let expression = try parseExpression()
    var condition = ConditionSyntax(
      id: id, expression: expression, reason: nil, basis: nil, commitment: nil, period: .always,
      range: id.range.union(expression.range))
    while true {
      if let keyword = accept(.otherwise) {
        if condition.reason != nil { reportDuplicate("otherwise", at: keyword) }
        condition.reason = try parseText("the reason after 'otherwise'")
      } else if let keyword = accept(.basis) {
        if condition.basis != nil { reportDuplicate("basis", at: keyword) }
        condition.basis = try parseText("the legal basis after 'basis'")
      } else if let keyword = accept(.commitment) {
        if condition.commitment != nil { reportDuplicate("commitment", at: keyword) }
        condition.commitment = try parseText("the commitment text after 'commitment'")
        condition.commitmentQualifier = try parseCommitmentQualifier()
      } else if try parsePeriodClause(&condition.period) {
      } else {
        break
      }
    }
    condition.range = condition.range.union(tokens[index - 1].range)
    return condition
  }

  /// `only if e` after a commitment's text, if next: who may use the commitment.
  mutating func parseCommitmentQualifier() throws(Recovery) -> Expression? {
    guard accept(.onlyIf) != nil else { return nil }
    return try parseExpression()
  }

  /// `waiver { at most N; only if e; letter "…"; basis "…"; from D; until D }`.
  mutating func parseWaiver(_ keyword: SourceRange) throws(Recovery) -> WaiverSyntax {
    var waiver = WaiverSyntax(atMost: nil, qualifier: nil, letter: nil, basis: nil, range: keyword, keyword: keyword)
    let starts: [Keyword] = [.atMost, .onlyIf, .letter, .basis, .from, .until]
    let body = try parseBlock(
      "the waiver block", isItemStart: { p in starts.contains { p.check($0) } },
      item: {
        (parser: inout Parser) throws(Recovery) in
        if let keyword = parser.accept(.atMost) {
          let number = try parser.expect(.number, "a number after 'at most'")
          if waiver.atMost != nil { parser.reportDuplicate("at most", at: keyword) }
          waiver.atMost = (number.text, number.range)
        } else if let keyword = parser.accept(.onlyIf) {
          if waiver.qualifier != nil { parser.reportDuplicate("only if", at: keyword) }
          waiver.qualifier = try parser.parseExpression()
        } else if let keyword = parser.accept(.letter) {
          if waiver.letter != nil { parser.reportDuplicate("letter", at: keyword) }
          waiver.letter = try parser.parseText("the letter's title after 'letter'")
        } else if let keyword = parser.accept(.basis) {
          if waiver.basis != nil { parser.reportDuplicate("basis", at: keyword) }
          waiver.basis = try parser.parseText("the legal basis after 'basis'")
        } else if try parser.parsePeriodClause(&waiver.period) {
        } else {
          throw parser.fail(
            "expected 'at most', 'only if', 'letter', 'basis', 'from' or 'until' (最多, 仅当, 承诺书, 依据, 自, 至), found \(parser.describe(parser.current))"
          )
        }
      })
    waiver.range = keyword.union(body)
    return waiver
  }
}
