extension Parser {
  /// Parses an expression (precedence, loosest first: or, and, not, comparison, + -, *, unary).
  mutating func parseExpression() throws(Recovery) -> Expression {
    try parseBinary(.or, next: { (p: inout Parser) throws(Recovery) in try p.parseConjunction() })
  }

  private mutating func parseConjunction() throws(Recovery) -> Expression {
    try parseBinary(.and, next: { (p: inout Parser) throws(Recovery) in try p.parseNegation() })
  }

  private mutating func parseBinary(
    _ keyword: Keyword, next: (inout Parser) throws(Recovery) -> Expression
  ) throws(Recovery) -> Expression {
    var left = try next(&self)
    while accept(keyword) != nil {
      let right = try next(&self)
      left = Expression(.binary(keyword == .or ? .or : .and, left, right), range: left.range.union(right.range))
    }
    return left
  }

  private mutating func parseNegation() throws(Recovery) -> Expression {
    if let keyword = accept(.not) {
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
    var left = try parseProduct()
    while current.kind == .plus || current.kind == .minus {
      let op: BinaryOperator = advance().kind == .plus ? .plus : .minus
      let right = try parseProduct()
      left = Expression(.binary(op, left, right), range: left.range.union(right.range))
    }
    return left
  }

  private mutating func parseProduct() throws(Recovery) -> Expression {
    var left = try parseUnary()
    while current.kind == .star {
      advance()
      let right = try parseUnary()
      left = Expression(.binary(.times, left, right), range: left.range.union(right.range))
    }
    return left
  }

  private mutating func parseUnary() throws(Recovery) -> Expression {
    if current.kind == .minus {
      let minus = advance()
      let operand = try parseUnary()
      return Expression(.unary(.negate, operand), range: minus.range.union(operand.range))
    }
    return try parsePrimary()
  }

  private mutating func parsePrimary() throws(Recovery) -> Expression {
    let token = current
    switch token.kind {
    case .number:
      advance()
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
      if check(.known), peek().kind == .leftParen {
        let keyword = accept(.known)!
        advance()
        let name = try expectIdentifier("a fact name in known(…)")
        let close = try expect(.rightParen, "')' after the fact name")
        return Expression(.known(name), range: keyword.union(close.range))
      }
      advance()
      return Expression(.name(token.text), range: token.range)
    default:
      throw fail("expected an expression, found \(describe(token))")
    }
  }
}
