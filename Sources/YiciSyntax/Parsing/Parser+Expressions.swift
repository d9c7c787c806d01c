extension Parser {
  /// Parses an expression (precedence, loosest first: or, and, not, comparison, + -, *, unary).
  ///
  /// Every level of nesting (parentheses, `not`, `-`, an `in` list, a chain) is counted,
  /// and so is every operand, against `SourceLimits`: an expression past them is one
  /// located E0105, so no later walk over the tree can run out of stack.
  mutating func parseExpression() throws(Recovery) -> Expression {
    if expressionDepth == 0 { expressionOperands = 0 }
    try enterNesting()
    defer { expressionDepth -= 1 }
    return try parseChain(of: [.or]) { (p: inout Parser) throws(Recovery) in
      try p.parseChain(of: [.and]) { (p: inout Parser) throws(Recovery) in try p.parseNegation() }
    }
  }

  /// Counts one more level of nesting, or reports that the expression nests too deeply.
  private mutating func enterNesting() throws(Recovery) {
    guard expressionDepth < SourceLimits.nestingDepth else {
      report(
        .limitExceeded, "this expression nests more than \(SourceLimits.nestingDepth) levels deep",
        at: current.range, help: "name a part of it with `let` and use the name")
      throw Recovery()
    }
    expressionDepth += 1
  }

  /// `operand (op operand)*` for the operators of one family, as one n-ary chain.
  private mutating func parseChain(
    of operators: [BinaryOperator], operand: (inout Parser) throws(Recovery) -> Expression
  ) throws(Recovery) -> Expression {
    let first = try operand(&self)
    var links: [Operation] = []
    var range = first.range
    var nested = false
    defer { if nested { expressionDepth -= 1 } }
    while let op = acceptChainOperator(operators) {
      if !nested {
        try enterNesting()
        nested = true
      }
      let next = try operand(&self)
      links.append(Operation(op, next))
      range = range.union(next.range)
    }
    return links.isEmpty ? first : Expression(.chain(first, links), range: range)
  }

  /// Consumes the next token if it is one of `operators`, and says which.
  private mutating func acceptChainOperator(_ operators: [BinaryOperator]) -> BinaryOperator? {
    for op in operators {
      switch op {
      case .or: if accept(.or) != nil { return .or }
      case .and: if accept(.and) != nil { return .and }
      case .plus where current.kind == .plus, .minus where current.kind == .minus, .times where current.kind == .star,
        .divide where current.kind == .slash:
        advance()
        return op
      default: continue
      }
    }
    return nil
  }

  private mutating func parseNegation() throws(Recovery) -> Expression {
    if let keyword = accept(.not) {
      try enterNesting()
      defer { expressionDepth -= 1 }
      let operand = try parseNegation()
      return Expression(.unary(.not, operand), range: keyword.union(operand.range))
    }
    return try parseComparison()
  }

  private mutating func parseComparison() throws(Recovery) -> Expression {
    let left = try parseSum()
    let operators: [TokenKind: BinaryOperator] = [
      .equal: .equal, .notEqual: .notEqual, .less: .less, .lessEqual: .lessEqual, .greater: .greater,
      .greaterEqual: .greaterEqual,
    ]
    if let op = operators[current.kind] {
      advance()
      let right = try parseSum()
      return Expression(.binary(op, left, right), range: left.range.union(right.range))
    }
    if current.kind == .assign {
      throw fail("'=' is not a comparison", help: "write '==' to compare")
    }
    if let includes = try parseIncludes(left) { return includes }
    if let matches = try parseMatches(left) { return matches }
    var negated = false
    if check(.not), peek().is(.in) {
      _ = accept(.not)
      negated = true
    }
    guard accept(.in) != nil else { return left }
    _ = try expect(.leftParen, "'(' after 'in'")
    var members = [try parseExpression()]
    while current.kind == .comma {
      advance()
      members.append(try parseExpression())
    }
    let close = try expect(.rightParen, "',' or ')' in the list after 'in'")
    return Expression(.membership(left, members, negated: negated), range: left.range.union(close.range))
  }

  private mutating func parseSum() throws(Recovery) -> Expression {
    try parseChain(of: [.plus, .minus]) { (p: inout Parser) throws(Recovery) in
      try p.parseChain(of: [.times, .divide]) { (p: inout Parser) throws(Recovery) in try p.parseUnary() }
    }
  }

  private mutating func parseUnary() throws(Recovery) -> Expression {
    if current.kind == .minus {
      let minus = advance()
      try enterNesting()
      defer { expressionDepth -= 1 }
      let operand = try parseUnary()
      return Expression(.unary(.negate, operand), range: minus.range.union(operand.range))
    }
    return try parsePrimary()
  }

  private mutating func parsePrimary() throws(Recovery) -> Expression {
    let token = current
    if token.kind != .leftParen {
      expressionOperands += 1
      guard expressionOperands <= SourceLimits.expressionOperands else {
        report(
          .limitExceeded, "this expression has more than \(SourceLimits.expressionOperands) operands",
          at: token.range, help: "split it into derived facts (`let`) and conditions")
        throw Recovery()
      }
    }
    switch token.kind {
    case .number:
      advance()
      if let (unit, range) = parsePeriodUnit() {
        return Expression(.period(token.text, unit), range: token.range.union(range))
      }
      return Expression(.number(token.text), range: token.range)
    case .string:
      advance()
      return Expression(.string(token.text), range: token.range)
    case .date:
      advance()
      return Expression(.date(token.text), range: token.range)
    case .leftParen:
      advance()
      let inner = try parseExpression()
      let close = try expect(.rightParen, "')' to close the parenthesis")
      return Expression(inner.kind, range: token.range.union(close.range))
    case .identifier:
      if let range = accept(.true) { return Expression(.boolean(true), range: range) }
      if let range = accept(.false) { return Expression(.boolean(false), range: range) }
      if let (name, range) = try parseQuery(.known, naming: "a fact name") {
        return Expression(.known(name), range: range)
      }
      if let (name, range) = try parseQuery(.committed, naming: "a condition or material id") {
        return Expression(.committed(name), range: range)
      }
      if let (name, range) = try parseQuery(.provided, naming: "a material id") {
        return Expression(.provided(name), range: range)
      }
      if let range = accept(.today) { return Expression(.today, range: range) }
      if let between = try parseBetween() { return between }
      if let count = try parseAtLeast() { return count }
      if let check = try parseIdentifierCheck() { return check }
      if let count = try parseCountChosen() { return count }
      if let length = try parseLength() { return length }
      advance()
      return Expression(.name(token.text), range: token.range)
    default:
      throw fail("expected an expression, found \(describe(token))")
    }
  }
}

extension Parser {
  /// `keyword(id)`, a question about one named thing (`known(fact)`, `committed(item)`): the
  /// id and the whole range, or nil when the keyword is not followed by '(' (then it is a
  /// name like any other).
  fileprivate mutating func parseQuery(_ keyword: Keyword, naming what: String) throws(Recovery) -> (
    Identifier, SourceRange
  )? {
    guard check(keyword), peek().kind == .leftParen, let start = accept(keyword) else { return nil }
    let spelled = keyword.spelling(in: .english)
    advance()
    let name = try expectIdentifier("\(what) in \(spelled)(…)")
    let close = try expect(.rightParen, "')' after the \(what.dropFirst(2))")
    return (name, start.union(close.range))
  }
}

extension Parser {
  /// `years(a, b)`, `months(a, b)`, `days(a, b)` (整年数, 整月数, 天数): nil when no such
  /// keyword and '(' are next.
  fileprivate mutating func parseBetween() throws(Recovery) -> Expression? {
    let units: [(Keyword, PeriodUnit)] = [(.yearsBetween, .years), (.monthsBetween, .months), (.daysBetween, .days)]
    guard peek().kind == .leftParen, let (keyword, unit) = units.first(where: { check($0.0) }),
      let start = accept(keyword)
    else { return nil }
    let spelled = keyword.spelling(in: .english)
    advance()
    let from = try parseExpression()
    _ = try expect(.comma, "',' between the two dates of \(spelled)(…)")
    let to = try parseExpression()
    let close = try expect(.rightParen, "')' after the two dates of \(spelled)(…)")
    return Expression(.between(unit, from, to), range: start.union(close.range))
  }

  /// `valid id number(e)`, `valid credit code(e)` (身份证号码有效, 统一社会信用代码有效): nil
  /// when neither keyword and '(' are next.
  fileprivate mutating func parseIdentifierCheck() throws(Recovery) -> Expression? {
    let checks: [(Keyword, IdentifierKind)] = [(.validIDNumber, .idNumber), (.validCreditCode, .creditCode)]
    guard let (keyword, kind) = checks.first(where: { check($0.0) }) else { return nil }
    let words = keyword.spellings.english.split(separator: " ").count
    guard peek(current.text == keyword.chineseSpelling ? 1 : words).kind == .leftParen, let start = accept(keyword)
    else { return nil }
    advance()
    let text = try parseExpression()
    let close = try expect(.rightParen, "')' after the text of \(keyword.spelling(in: .english))(…)")
    return Expression(.validIdentifier(kind, text), range: start.union(close.range))
  }

  /// `at least n of (a, b, …)` / `至少 n 项 (a, b, …)`: nil when `at least` is not next.
  fileprivate mutating func parseAtLeast() throws(Recovery) -> Expression? {
    guard let start = accept(.atLeast) else { return nil }
    let count = try expect(.number, "a number after 'at least'")
    guard accept(.countOf) != nil else {
      throw fail(
        "expected 'of' (项) after the number of 'at least \(count.text)'",
        help: "write at least 2 of (a, b, c) / 至少 2 项(a, b, c)")
    }
    _ = try expect(.leftParen, "'(' before the list of 'at least'")
    var operands = [try parseExpression()]
    while current.kind == .comma {
      advance()
      operands.append(try parseExpression())
    }
    let close = try expect(.rightParen, "',' or ')' in the list of 'at least'")
    return Expression(.atLeast(count.text, operands), range: start.union(close.range))
  }

  /// `e contains a` / `e 包含 a`, or `e includes any of (a, b, …)` / `e 包含任一 (a, b, …)`,
  /// after `e`: nil when neither keyword is next.
  fileprivate mutating func parseIncludes(_ element: Expression) throws(Recovery) -> Expression? {
    if accept(.contains) != nil {
      let option = try parseSum()
      return Expression(.includes(element, [option], anyOf: false), range: element.range.union(option.range))
    }
    guard accept(.includesAnyOf) != nil else { return nil }
    _ = try expect(.leftParen, "'(' before the options of 'includes any of'")
    var options = [try parseExpression()]
    while current.kind == .comma {
      advance()
      options.append(try parseExpression())
    }
    let close = try expect(.rightParen, "',' or ')' in the options of 'includes any of'")
    return Expression(.includes(element, options, anyOf: true), range: element.range.union(close.range))
  }

  /// `count(e)` / `已选数(e)`: nil when the keyword and '(' are not next (then `count` is a
  /// name like any other).
  fileprivate mutating func parseCountChosen() throws(Recovery) -> Expression? {
    guard check(.countChosen), peek().kind == .leftParen, let start = accept(.countChosen) else { return nil }
    advance()
    let fact = try parseExpression()
    let close = try expect(.rightParen, "')' after the fact of count(…)")
    return Expression(.countChosen(fact), range: start.union(close.range))
  }

  /// `e matches "pattern"` / `e 匹配 "pattern"` after `e`: nil when the keyword is not next.
  fileprivate mutating func parseMatches(_ text: Expression) throws(Recovery) -> Expression? {
    guard accept(.matches) != nil else { return nil }
    guard current.kind == .string else {
      throw fail(
        "expected the pattern after 'matches', a string, found \(describe(current))",
        help: "write the pattern in quotes: id matches \"[0-9]{17}[0-9X]\"")
    }
    let pattern = advance()
    return Expression(
      .matches(text, pattern: pattern.text, patternRange: pattern.range), range: text.range.union(pattern.range))
  }

  /// `length(e)` / `长度(e)`: nil when the keyword and '(' are not next (then `length` is a
  /// name like any other).
  fileprivate mutating func parseLength() throws(Recovery) -> Expression? {
    guard check(.length), peek().kind == .leftParen, let start = accept(.length) else { return nil }
    advance()
    let text = try parseExpression()
    let close = try expect(.rightParen, "')' after the text of length(…)")
    return Expression(.length(text), range: start.union(close.range))
  }

  /// The unit of a period after a number, if one is next: `years`/`year`/`年`/`周岁`,
  /// `months`/`month`/`个月`/`个 月`/`月`, `days`/`day`/`日`/`天`.
  fileprivate mutating func parsePeriodUnit() -> (PeriodUnit, SourceRange)? {
    let token = current
    guard token.kind == .identifier else { return nil }
    let unit: PeriodUnit
    var range = token.range
    switch token.text {
    case "years", "year", "年", "周岁": unit = .years
    case "months", "month", "个月", "月": unit = .months
    case "days", "day", "日", "天": unit = .days
    case "个" where peek().kind == .identifier && peek().text == "月":
      advance()
      unit = .months
      range = range.union(current.range)
    default: return nil
    }
    advance()
    // Noted by the keyword's own spelling (as day units are), so `yici fmt` translates the
    // singular and the synonyms too.
    let keyword: Keyword = unit == .years ? .yearsUnit : unit == .months ? .monthsUnit : .naturalDays
    let language: KeywordLanguage = token.text.utf8.first.map { $0 < 0x80 } ?? true ? .english : .chinese
    noteLanguage(of: Token(kind: .identifier, range: range, text: keyword.spelling(in: language)), keyword: keyword)
    return (unit, range)
  }
}
