import YiciSyntax

extension ServiceCompiler {
  /// The reform rule of seed 004: 单个事项办理环节原则上不超过4个.
  static let mostSteps = 4

  /// Compiles the guide block (one per service) and checks it: every step says who does
  /// it and how long it takes (E0240), at most `mostSteps` steps (W0320), a known scope
  /// (E0241) and online depth (E0242), fees that are either free or charged with a
  /// positive amount (E0243) and a basis (W0321), 全程网办 without visits (W0322), and
  /// intermediary services with a basis (W0323).
  mutating func compileGuide(visits: Int?) -> ServiceGuide? {
    guard let syntax = service.guides.first else { return nil }
    for extra in service.guides.dropFirst() {
      report(
        .duplicateAttribute, "the service's guide is given twice", in: file, at: extra.keyword,
        help: "write every guide line in one guide block",
        notes: [Diagnostic.Note("first given here", at: SourceSpan(file: file, range: syntax.keyword))])
    }
    var guide = ServiceGuide()
    guide.aliases = syntax.aliases.map(LocalizedText.init)
    guide.searchWords = syntax.searchWords.map(LocalizedText.init)
    guide.audience = syntax.audience.map(LocalizedText.init)
    if let scope = syntax.scope { guide.scope = compileScope(scope) }
    if let depth = syntax.onlineDepth {
      guide.onlineDepth = compileOnlineDepth(depth.value, at: depth.range, visits: visits)
    }
    guide.fees = compileFees(syntax.fees)
    guide.steps = compileSteps(syntax.steps)
    guide.places = syntax.places.map {
      GuidePlace(
        address: LocalizedText($0.address), window: $0.window.map(LocalizedText.init),
        hours: $0.hours.map(LocalizedText.init), phone: $0.phone.map(LocalizedText.init))
    }
    guide.result = syntax.result.map(LocalizedText.init)
    guide.delivery = syntax.delivery.map(LocalizedText.init)
    guide.intermediaries = compileIntermediaries(syntax.intermediaries)
    guide.consultation = syntax.consultation.map(LocalizedText.init)
    guide.complaints = syntax.complaints.map(LocalizedText.init)
    return guide
  }

  private mutating func compileScope(_ text: TextSyntax) -> GuideScope? {
    if let scope = GuideScope(rawValue: text.value) { return scope }
    let scopes = GuideScope.allCases.map(\.rawValue)
    report(
      .unknownScope, "'\(text.value)' is not a scope (通办范围)", in: file, at: text.range,
      label: Suggestions.label(for: text.value, in: scopes), help: "the scopes are " + scopes.joined(separator: ", "))
    return nil
  }

  private mutating func compileOnlineDepth(_ value: String, at range: SourceRange, visits: Int?) -> OnlineDepth? {
    guard let level = Int(value), let depth = OnlineDepth(rawValue: level) else {
      report(
        .invalidOnlineDepth, "the online depth (网办深度) is a level from 1 to 4, not \(value)", in: file, at: range,
        help: "1 信息公开, 2 表格下载, 3 网上预审, 4 全程网办")
      return nil
    }
    if depth == .fullyOnline, let visits, visits > 0 {
      report(
        .fullyOnlineWithVisits, "online depth 4 (全程网办) but the service says \(visits) visit\(visits == 1 ? "" : "s")",
        in: file, at: range, help: "an item handled fully online needs no visit: say 'visits 0', or a lower depth")
    }
    return depth
  }

  private mutating func compileFees(_ fees: [FeeSyntax]) -> FeePolicy? {
    guard !fees.isEmpty else { return nil }
    if let free = fees.first(where: \.isFree) {
      if let charged = fees.first(where: { !$0.isFree }) {
        report(
          .invalidFee, "the item is said to be free and to charge a fee", in: file, at: charged.range,
          help: "keep 'fee free' (不收费) or the fees charged",
          notes: [Diagnostic.Note("said to be free here", at: SourceSpan(file: file, range: free.range))])
      }
      for extra in fees.filter(\.isFree).dropFirst() { reportDuplicate("fee free", at: extra.range) }
      return .free(basis: free.basis.map(LocalizedText.init))
    }
    var charged: [Fee] = []
    for fee in fees {
      guard let item = fee.item, let amount = fee.amount else { continue }
      guard let value = ExactDecimal(amount.value), ExactDecimal(0) < value else {
        report(
          .invalidFee, "a fee is a positive amount of yuan, not \(amount.value)", in: file, at: amount.range,
          help: "an item that charges nothing says: fee free / 收费 不收费")
        continue
      }
      if fee.basis == nil {
        report(
          .feeWithoutBasis, "the fee '\(item.value)' has no legal basis (收费依据)", in: file, at: fee.range,
          help: "add basis \"…\": the law or the price authority's document that sets the fee")
      }
      charged.append(Fee(item: LocalizedText(item), amount: value, basis: fee.basis.map(LocalizedText.init)))
    }
    return .charged(charged)
  }

  private mutating func compileSteps(_ steps: [StepSyntax]) -> [GuideStep] {
    var compiled: [GuideStep] = []
    for step in steps {
      let missing = [
        step.performer == nil ? "who does it (by / 承办)" : nil,
        step.duration == nil ? "how long it takes (takes / 用时)" : nil,
      ].compactMap { $0 }
      if !missing.isEmpty {
        report(
          .incompleteStep, "step '\(step.name.value)' does not say \(missing.joined(separator: " or "))", in: file,
          at: step.range, help: "e.g. step \"受理\" by \"综合窗口\" takes 1 working days / 环节 \"受理\" 承办 \"综合窗口\" 用时 1 个工作日")
      }
      guard let performer = step.performer, let duration = step.duration, let count = dayCount(duration) else {
        continue
      }
      compiled.append(GuideStep(name: LocalizedText(step.name), performer: LocalizedText(performer), duration: count))
    }
    if steps.count > Self.mostSteps {
      report(
        .tooManySteps,
        "the item has \(steps.count) steps; the reform allows at most \(Self.mostSteps) (单个事项办理环节原则上不超过4个)",
        in: file, at: steps[Self.mostSteps].range,
        help: "merge steps done by one office (受理与审查, 决定与送达), seed 004")
    }
    return compiled
  }

  private mutating func compileIntermediaries(_ lines: [IntermediarySyntax]) -> [Intermediary]? {
    guard !lines.isEmpty else { return nil }
    var services: [Intermediary] = []
    for line in lines {
      guard let service = line.service else { continue }
      if line.basis == nil {
        report(
          .intermediaryWithoutBasis, "the intermediary service '\(service.value)' has no legal basis", in: file,
          at: line.range, help: "an intermediary service may be required only where a law or regulation sets it")
      }
      services.append(Intermediary(service: LocalizedText(service), basis: line.basis.map(LocalizedText.init)))
    }
    if !services.isEmpty, let none = lines.first(where: { $0.service == nil }) {
      reportDuplicate("intermediary none", at: none.range)
    }
    return services
  }

  /// A material's guide notes, with E0244 for a sample or blank form that is not a link.
  mutating func materialNotes(_ syntax: MaterialNotesSyntax, in file: SourceFile) -> MaterialNotes {
    var notes = MaterialNotes()
    notes.sealed = syntax.sealed
    notes.signed = syntax.signed
    if let sample = syntax.sample { notes.sample = link(sample, what: "sample", in: file) }
    if let blankForm = syntax.blankForm { notes.blankForm = link(blankForm, what: "blank form", in: file) }
    notes.note = syntax.note.map(LocalizedText.init)
    return notes
  }

  private mutating func link(_ text: TextSyntax, what: String, in file: SourceFile) -> String? {
    let value = text.value
    let isLink =
      (value.hasPrefix("https://") || value.hasPrefix("http://")) && !value.contains(" ")
      && value.utf8.count > "https://".utf8.count
    guard isLink else {
      report(
        .invalidLink, "the \(what) must be a link (https://…), not '\(value)'", in: file, at: text.range,
        help: "give the address where the applicant downloads it")
      return nil
    }
    return value
  }

  private mutating func reportDuplicate(_ what: String, at range: SourceRange) {
    report(.duplicateAttribute, "'\(what)' is given more than once", in: file, at: range, help: "keep one")
  }
}

extension MaterialNotes {
  /// A requirement's notes added to the vocabulary's: flags or-ed, texts replaced.
  mutating func refine(with other: MaterialNotes) {
    sealed = sealed || other.sealed
    signed = signed || other.signed
    if let sample = other.sample { self.sample = sample }
    if let blankForm = other.blankForm { self.blankForm = blankForm }
    if let note = other.note { self.note = note }
  }
}
