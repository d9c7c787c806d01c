// The service guide block (办事指南) and the guide notes of a material.
//
// guide {
//   aliases "社保卡申领", "社会保障卡办理"          别名 …
//   search words "社保", "社保卡"                  搜索词 …
//   audience "自然人"                              服务对象 …
//   scope "全市通办"                               通办范围 …
//   online depth 4                                 网办深度 4
//   fee free basis "…"                             收费 不收费 依据 "…"
//   fee "工本费" 20 yuan basis "…"                 收费 "工本费" 20 元 依据 "…"
//   step "受理" by "综合窗口" takes 1 working days  环节 "受理" 承办 "综合窗口" 用时 1 个工作日
//   place "…" window "…" hours "…" phone "…"       办理地点 "…" 窗口 "…" 办理时间 "…" 电话 "…"
//   result "…" delivery "窗口领取", "邮寄"          审批结果 "…" 送达方式 "…"
//   intermediary none                              中介服务 无
//   consult "…"; complaints "…"                    咨询 "…"; 监督投诉 "…"
// }

extension Parser {
  /// The keywords that start a line of a guide block.
  package static let guideItemStarts: [Keyword] = [
    .aliases, .searchWords, .audience, .scope, .onlineDepth, .fee, .step, .place, .result, .delivery,
    .intermediary, .consult, .complaints,
  ]

  /// `guide { … }` / `办事指南 { … }`.
  mutating func parseGuide(_ keyword: SourceRange) throws(Recovery) -> GuideSyntax {
    var guide = GuideSyntax(keyword: keyword)
    let body = try parseBlock(
      "the guide block",
      isItemStart: { parser in Parser.guideItemStarts.contains { parser.check($0) } },
      item: { (parser: inout Parser) throws(Recovery) in
        try parser.parseGuideItem(into: &guide)
      })
    guide.range = keyword.union(body)
    return guide
  }

  private mutating func parseGuideItem(into guide: inout GuideSyntax) throws(Recovery) {
    if accept(.aliases) != nil {
      guide.aliases += try parseTexts("an alias")
    } else if accept(.searchWords) != nil {
      guide.searchWords += try parseTexts("a search word")
    } else if accept(.audience) != nil {
      guide.audience += try parseTexts("who the item serves")
    } else if let keyword = accept(.scope) {
      let scope = try parseText("the scope (通办范围) after 'scope'")
      if guide.scope != nil { reportDuplicate("scope", at: keyword) }
      guide.scope = scope
    } else if let keyword = accept(.onlineDepth) {
      let number = try expect(.number, "the online depth, a level from 1 to 4")
      if guide.onlineDepth != nil { reportDuplicate("online depth", at: keyword) }
      guide.onlineDepth = (number.text, number.range)
    } else if let keyword = accept(.fee) {
      guide.fees.append(try parseFee(keyword))
    } else if let keyword = accept(.step) {
      guide.steps.append(try parseStep(keyword))
    } else if let keyword = accept(.place) {
      guide.places.append(try parsePlace(keyword))
    } else if let keyword = accept(.result) {
      let result = try parseText("the name of the result after 'result'")
      if guide.result != nil { reportDuplicate("result", at: keyword) }
      guide.result = result
      if accept(.delivery) != nil { guide.delivery += try parseTexts("how the result is delivered") }
    } else if accept(.delivery) != nil {
      guide.delivery += try parseTexts("how the result is delivered")
    } else if let keyword = accept(.intermediary) {
      guide.intermediaries.append(try parseIntermediary(keyword))
    } else if accept(.consult) != nil {
      guide.consultation += try parseTexts("where to ask")
    } else if accept(.complaints) != nil {
      guide.complaints += try parseTexts("where to complain")
    } else {
      throw fail(
        "expected a guide line (aliases, search words, audience, scope, online depth, fee, step, place, result, "
          + "delivery, intermediary, consult, complaints), found \(describe(current))",
        help: "e.g. step \"受理\" by \"综合窗口\" takes 1 working days / 环节 \"受理\" 承办 \"综合窗口\" 用时 1 个工作日")
    }
  }

  /// `"a" [en "…"], "b", …`: one text or more, separated by commas.
  mutating func parseTexts(_ what: String) throws(Recovery) -> [TextSyntax] {
    var texts = [try parseText(what)]
    while current.kind == .comma, peek().kind == .string {
      advance()
      texts.append(try parseText(what))
    }
    return texts
  }

  private mutating func parseFee(_ keyword: SourceRange) throws(Recovery) -> FeeSyntax {
    var fee = FeeSyntax(item: nil, amount: nil, isFree: false, basis: nil, range: keyword)
    if accept(.free) != nil {
      fee.isFree = true
    } else {
      fee.item = try parseText("what is charged for, or 'free' (不收费)")
      let number = try expect(.number, "the amount in yuan (元)")
      fee.amount = (number.text, number.range)
      guard current.kind == .identifier, current.text == "yuan" || current.text == "元" else {
        throw fail(
          "expected 'yuan' (元) after the amount \(number.text), found \(describe(current))",
          help: "e.g. fee \"工本费\" 20 yuan / 收费 \"工本费\" 20 元")
      }
      advance()
    }
    if let basis = accept(.basis) {
      fee.basis = try parseText("the legal basis after 'basis'")
      fee.range = fee.range.union(basis)
    }
    fee.range = fee.range.union(tokens[index - 1].range)
    return fee
  }

  private mutating func parseStep(_ keyword: SourceRange) throws(Recovery) -> StepSyntax {
    var step = StepSyntax(name: try parseText("the step's name after 'step'"), range: keyword)
    while true {
      if let keyword = accept(.by) {
        if step.performer != nil { reportDuplicate("by", at: keyword) }
        step.performer = try parseText("who does the step, after 'by'")
      } else if let keyword = accept(.takes) {
        if step.duration != nil { reportDuplicate("takes", at: keyword) }
        step.duration = try parseDuration("how long the step takes, e.g. 1 working days / 1 个工作日")
      } else {
        break
      }
    }
    step.range = keyword.union(tokens[index - 1].range)
    return step
  }

  private mutating func parsePlace(_ keyword: SourceRange) throws(Recovery) -> PlaceSyntax {
    var place = PlaceSyntax(address: try parseText("the address after 'place'"), range: keyword)
    while true {
      if let keyword = accept(.window) {
        if place.window != nil { reportDuplicate("window", at: keyword) }
        place.window = try parseText("the window after 'window'")
      } else if let keyword = accept(.hours) {
        if place.hours != nil { reportDuplicate("hours", at: keyword) }
        place.hours = try parseText("the opening hours after 'hours'")
      } else if let keyword = accept(.phone) {
        if place.phone != nil { reportDuplicate("phone", at: keyword) }
        place.phone = try parseText("the phone number after 'phone'")
      } else {
        break
      }
    }
    place.range = keyword.union(tokens[index - 1].range)
    return place
  }

  private mutating func parseIntermediary(_ keyword: SourceRange) throws(Recovery) -> IntermediarySyntax {
    var intermediary = IntermediarySyntax(service: nil, basis: nil, range: keyword)
    if accept(.notApplicable) == nil {
      intermediary.service = try parseText("the intermediary service, or 'none' (无)")
      if accept(.basis) != nil { intermediary.basis = try parseText("the legal basis after 'basis'") }
    }
    intermediary.range = keyword.union(tokens[index - 1].range)
    return intermediary
  }

  /// A material's guide note if one is next (`sealed`, `signed`, `sample "…"`, `blank form
  /// "…"`, `note "…"`); returns whether it read one.
  mutating func parseMaterialNote(_ notes: inout MaterialNotesSyntax) throws(Recovery) -> Bool {
    if let keyword = accept(.sealed) {
      if notes.sealed { reportDuplicate("sealed", at: keyword) }
      notes.sealed = true
    } else if let keyword = accept(.signed) {
      if notes.signed { reportDuplicate("signed", at: keyword) }
      notes.signed = true
    } else if let keyword = accept(.sample) {
      if notes.sample != nil { reportDuplicate("sample", at: keyword) }
      notes.sample = try parseText("the link to a filled-in sample after 'sample'")
    } else if let keyword = accept(.blankForm) {
      if notes.blankForm != nil { reportDuplicate("blank form", at: keyword) }
      notes.blankForm = try parseText("the link to the blank form after 'blank form'")
    } else if let keyword = accept(.note) {
      if notes.note != nil { reportDuplicate("note", at: keyword) }
      notes.note = try parseText("the note after 'note'")
    } else {
      return false
    }
    return true
  }
}
