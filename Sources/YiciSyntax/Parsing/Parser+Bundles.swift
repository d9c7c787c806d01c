// Bundles (一件事): `bundle id { header… facts { … } members { … } situation … results { … }
// promised N working days }`.

extension Parser {
  package static let bundleItemStarts: [Keyword] = [
    .name, .department, .basis, .visits, .uses, .from, .until, .facts, .members, .situation, .results,
    .promisedLimit,
  ]

  mutating func parseBundle(_ keyword: SourceRange) throws(Recovery) -> BundleSyntax {
    let id = try expectIdentifier("a bundle id after 'bundle'")
    var bundle = BundleSyntax(id: id, range: keyword)
    let body = try parseBlock(
      "bundle '\(id.name)'",
      isItemStart: { parser in Parser.bundleItemStarts.contains { parser.check($0) } },
      item: { (parser: inout Parser) throws(Recovery) in try parser.parseBundleItem(into: &bundle) })
    bundle.range = keyword.union(body)
    return bundle
  }

  private mutating func parseBundleItem(into bundle: inout BundleSyntax) throws(Recovery) {
    if accept(.facts) != nil {
      bundle.facts += try parseFacts()
    } else if accept(.members) != nil {
      bundle.members += try parseMembers()
    } else if let keyword = accept(.situation) {
      bundle.situations.append(try parseSituation(keyword))
    } else if accept(.results) != nil {
      try parseResults(into: &bundle)
    } else if let keyword = accept(.promisedLimit) {
      let duration = try parseDuration("the bundle's promised limit")
      if bundle.promised != nil { reportDuplicate("promised", at: keyword) }
      bundle.promised = duration
    } else if check(.code) || check(.kind) || check(.immediate) || check(.promised) {
      throw fail("a bundle's header has name, department, basis, visits, uses, from and until")
    } else if let item = try parseHeaderItem() {
      bundle.header.append(item)
    } else {
      throw fail(
        "expected a header line, 'promised N working days' or a block (facts, members, situation, results), found \(describe(current))"
      )
    }
  }

  /// `members { service [when expression] … }`.
  private mutating func parseMembers() throws(Recovery) -> [BundleMemberSyntax] {
    var members: [BundleMemberSyntax] = []
    _ = try parseBlock(
      "the members block", isItemStart: { $0.current.kind == .identifier },
      item: { (parser: inout Parser) throws(Recovery) in
        let service = try parser.expectIdentifier("a member service id")
        var member = BundleMemberSyntax(service: service, when: nil, range: service.range)
        if parser.accept(.when) != nil {
          let expression = try parser.parseExpression()
          member.when = expression
          member.range = member.range.union(expression.range)
        }
        members.append(member)
      })
    return members
  }

  /// `situation id "label" ask "…" { option "label": member, member … }`.
  private mutating func parseSituation(_ keyword: SourceRange) throws(Recovery) -> SituationSyntax {
    let id = try expectIdentifier("a situation id after 'situation'")
    var situation = SituationSyntax(id: id, label: nil, question: nil, options: [], range: keyword)
    if current.kind == .string { situation.label = try parseText("a label") }
    if accept(.ask) != nil { situation.question = try parseText("the question after 'ask'") }
    let body = try parseBlock(
      "situation '\(id.name)'", isItemStart: { $0.current.kind == .identifier },
      item: { (parser: inout Parser) throws(Recovery) in
        let option = try parser.expectIdentifier("an option of the situation")
        let label = parser.current.kind == .string ? try parser.parseText("a label") : nil
        _ = try parser.expect(.colon, "':' and the members the option selects")
        var members = [try parser.expectIdentifier("a member service id")]
        while parser.current.kind == .comma, parser.peek().kind == .identifier,
          parser.peek(2).kind != .colon, parser.peek(2).kind != .string
        {
          parser.advance()
          members.append(try parser.expectIdentifier("a member service id"))
        }
        situation.options.append(
          SituationOptionSyntax(
            option: OptionSyntax(id: option, label: label), members: members,
            range: option.range.union(members.last!.range)))
      })
    situation.range = keyword.union(body)
    return situation
  }

  /// `results { producer provides material to consumer, … producer settles fact = value }`.
  private mutating func parseResults(into bundle: inout BundleSyntax) throws(Recovery) {
    var results: [BundleResultSyntax] = []
    var settled: [SettledFactSyntax] = []
    defer {
      bundle.results += results
      bundle.settled += settled
    }
    _ = try parseBlock(
      "the results block",
      isItemStart: { $0.current.kind == .identifier && ($0.peek().is(.provides) || $0.peek().is(.settles)) },
      item: { (parser: inout Parser) throws(Recovery) in
        let producer = try parser.expectIdentifier("the member whose result it is")
        if parser.accept(.settles) != nil {
          let fact = try parser.expectIdentifier("the fact the result settles")
          guard parser.current.kind == .assign else {
            throw parser.fail(
              "expected '=' and the value the result gives '\(fact.name)', found \(parser.describe(parser.current))")
          }
          parser.advance()
          let value = try parser.parseExpression()
          settled.append(
            SettledFactSyntax(producer: producer, fact: fact, value: value, range: producer.range.union(value.range)))
          return
        }
        guard parser.accept(.provides) != nil else {
          throw parser.fail(
            "expected 'provides' (提供) or 'settles' (确定) after the member, found \(parser.describe(parser.current))")
        }
        let material = try parser.expectIdentifier("the material the result stands for")
        guard parser.accept(.to) != nil else {
          throw parser.fail(
            "expected 'to' (至) and the members that require it, found \(parser.describe(parser.current))")
        }
        var consumers = [try parser.expectIdentifier("a member service id")]
        while parser.current.kind == .comma, parser.peek().kind == .identifier, !parser.peek(2).is(.provides),
          !parser.peek(2).is(.settles)
        {
          parser.advance()
          consumers.append(try parser.expectIdentifier("a member service id"))
        }
        results.append(
          BundleResultSyntax(
            producer: producer, material: material, consumers: consumers,
            range: producer.range.union(consumers.last!.range)))
      })
  }
}
