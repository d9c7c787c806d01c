extension Parser {
  mutating func parseDeclarations() -> [Declaration] {
    var declarations: [Declaration] = []
    while !atEnd {
      do {
        if let keyword = accept(.service) {
          declarations.append(.service(try parseService(keyword)))
        } else if let keyword = accept(.vocabulary) {
          declarations.append(.vocabulary(try parseVocabulary(keyword)))
        } else if let keyword = accept(.calendar) {
          declarations.append(.calendar(try parseCalendar(keyword)))
        } else if let keyword = accept(.bundle) {
          declarations.append(.bundle(try parseBundle(keyword)))
        } else {
          throw fail(
            "expected 'service', 'vocabulary', 'calendar' or 'bundle' (事项 / 词汇 / 日历 / 一件事), found \(describe(current))",
            help:
              "a rule file holds `service id { … }`, `vocabulary id { … }`, `calendar id { … }` or `bundle id { … }` declarations"
          )
        }
      } catch {
        advance()
        while !atEnd && !check(.service) && !check(.vocabulary) && !check(.calendar) && !check(.bundle) { advance() }
      }
    }
    return declarations
  }

  package static let serviceItemStarts: [Keyword] = [
    .name, .code, .department, .kind, .basis, .immediate, .promised, .visits, .uses, .from, .until,
    .facts, .conditions, .materials, .waiver, .timeLimits, .guide,
  ]

  mutating func parseService(_ keyword: SourceRange) throws(Recovery) -> ServiceSyntax {
    let id = try expectIdentifier("a service id after 'service'")
    var service = ServiceSyntax(
      id: id, header: [], facts: [], conditions: [], materials: [], range: keyword)
    let body = try parseBlock(
      "service '\(id.name)'",
      isItemStart: { parser in Parser.serviceItemStarts.contains { parser.check($0) } },
      item: { (parser: inout Parser) throws(Recovery) in
        try parser.parseServiceItem(into: &service)
      })
    service.range = keyword.union(body)
    return service
  }

  private mutating func parseServiceItem(into service: inout ServiceSyntax) throws(Recovery) {
    if accept(.facts) != nil {
      service.facts += try parseFacts()
    } else if accept(.conditions) != nil {
      service.conditions += try parseConditions()
    } else if accept(.materials) != nil {
      service.materials += try parseMaterials()
    } else if let keyword = accept(.waiver) {
      service.waivers.append(try parseWaiver(keyword))
    } else if let keyword = accept(.timeLimits) {
      service.timeLimits.append(try parseTimeLimits(keyword))
    } else if let keyword = accept(.guide) {
      service.guides.append(try parseGuide(keyword))
    } else if let item = try parseHeaderItem() {
      service.header.append(item)
    } else {
      throw fail(
        "expected a header line or a block (facts, conditions, materials, waiver, time limits, guide), found \(describe(current))"
      )
    }
  }

  mutating func parseHeaderItem() throws(Recovery) -> HeaderItem? {
    let start = current.range
    for keyword in [Keyword.name, .department, .kind, .basis, .code] where accept(keyword) != nil {
      if keyword == .kind, current.kind == .identifier {
        let token = advance()
        return HeaderItem(
          keyword: keyword, value: .text(TextSyntax(value: token.text, range: token.range)),
          range: start.union(token.range))
      }
      let text = try parseText("a text after '\(keyword.rawValue)'")
      return HeaderItem(keyword: keyword, value: .text(text), range: start.union(text.range))
    }
    for keyword in [Keyword.immediate, .promised] where accept(keyword) != nil {
      return HeaderItem(keyword: keyword, value: .flag, range: start)
    }
    if accept(.visits) != nil {
      let number = try expect(.number, "the number of visits")
      // `visits 0 when online`: the visits of the applications for which it holds.
      if accept(.when) != nil {
        let condition = try parseExpression()
        return HeaderItem(
          keyword: .visits, value: .conditionalNumber(number.text, when: condition),
          range: start.union(condition.range))
      }
      return HeaderItem(keyword: .visits, value: .number(number.text), range: start.union(number.range))
    }
    if accept(.uses) != nil {
      var names = [try expectIdentifier("a vocabulary id after 'uses'")]
      while current.kind == .comma, peek().kind == .identifier, peek(2).kind != .colon {
        advance()
        names.append(try expectIdentifier("a vocabulary id"))
      }
      return HeaderItem(keyword: .uses, value: .names(names), range: start.union(names.last!.range))
    }
    for keyword in [Keyword.from, .until] where accept(keyword) != nil {
      let date = try parseDate()
      return HeaderItem(keyword: keyword, value: .date(date), range: start.union(date.range))
    }
    return nil
  }

  mutating func parseVocabulary(_ keyword: SourceRange) throws(Recovery) -> VocabularySyntax {
    let id = try expectIdentifier("a vocabulary id after 'vocabulary'")
    var vocabulary = VocabularySyntax(id: id, name: nil, facts: [], materials: [], range: keyword)
    let body = try parseBlock(
      "vocabulary '\(id.name)'",
      isItemStart: { $0.check(.facts) || $0.check(.materials) || $0.check(.name) },
      item: { (parser: inout Parser) throws(Recovery) in
        if parser.accept(.facts) != nil {
          vocabulary.facts += try parser.parseFacts()
        } else if parser.accept(.materials) != nil {
          vocabulary.materials += try parser.parseMaterials()
        } else if parser.accept(.name) != nil {
          vocabulary.name = try parser.parseText("a text after 'name'")
        } else {
          throw parser.fail(
            "expected 'facts', 'materials' or 'name' in a vocabulary, found \(parser.describe(parser.current))")
        }
      })
    vocabulary.range = keyword.union(body)
    return vocabulary
  }

  // MARK: - Small pieces

  /// `string [en string]`.
  mutating func parseText(_ what: String) throws(Recovery) -> TextSyntax {
    let token = try expect(.string, what)
    var text = TextSyntax(value: token.text, range: token.range)
    if accept(.english) != nil {
      let english = try expect(.string, "the English text after 'en'")
      text.english = english.text
      text.range = text.range.union(english.range)
    }
    return text
  }

  mutating func parseDate() throws(Recovery) -> DateSyntax {
    let token = try expect(.date, "a date (YYYY-MM-DD)")
    return DateSyntax(iso: token.text, range: token.range)
  }

  /// Parses `from date` / `until date` into a period, if next.
  mutating func parsePeriodClause(_ period: inout PeriodSyntax) throws(Recovery) -> Bool {
    if let keyword = accept(.from) {
      let date = try parseDate()
      if period.from != nil { reportDuplicate("from", at: keyword) }
      period.from = date
      return true
    }
    if let keyword = accept(.until) {
      let date = try parseDate()
      if period.until != nil { reportDuplicate("until", at: keyword) }
      period.until = date
      return true
    }
    return false
  }

  mutating func reportDuplicate(_ attribute: String, at range: SourceRange) {
    report(.duplicateAttribute, "'\(attribute)' is given twice", at: range, help: "keep one")
  }
}
