import YiciSyntax

extension ServiceCompiler {
  /// Reads the header lines: each at most once, `name` required, `uses` resolved.
  mutating func compileHeader() -> (header: ServiceHeader, period: Period)? {
    var seen: [Keyword: SourceRange] = [:]
    var header = ServiceHeader(
      name: LocalizedText(service.id.name), code: nil, department: nil, kind: nil, basis: nil, immediate: false,
      visits: nil)
    var period = PeriodSyntax.always
    var hasName = false
    for item in service.header {
      if case .conditionalNumber(let number, let when) = item.value {
        guard let visits = Int(number) else {
          report(.invalidNumber, "the number of visits must be a whole number", in: file, at: item.range)
          continue
        }
        conditionalVisitsSyntax.append((visits, when, item.range))
        continue
      }
      let key: Keyword = item.keyword == .promised ? .immediate : item.keyword
      if let first = seen[key] {
        report(
          .duplicateAttribute, "the service's '\(item.keyword.rawValue)' is given twice", in: file, at: item.range,
          notes: [Diagnostic.Note("first given here", at: SourceSpan(file: file, range: first))])
        continue
      }
      seen[key] = item.range
      switch (item.keyword, item.value) {
      case (.name, .text(let text)):
        header.name = LocalizedText(text)
        hasName = true
      case (.code, .text(let text)): header.code = text.value
      case (.department, .text(let text)): header.department = LocalizedText(text)
      case (.kind, .text(let text)):
        header.kind = LocalizedText(text)
        checkKind(text)
      case (.basis, .text(let text)): header.basis = LocalizedText(text)
      case (.immediate, _): header.immediate = true
      case (.promised, _): header.immediate = false
      case (.visits, .number(let number)):
        guard let visits = Int(number) else {
          report(.invalidNumber, "the number of visits must be a whole number", in: file, at: item.range)
          continue
        }
        header.visits = visits
      case (.uses, .names(let names)): resolveUses(names)
      case (.from, .date(let date)): period.from = date
      case (.until, .date(let date)): period.until = date
      default: break
      }
    }
    checkPeriod(period, in: file)
    if !hasName && !checkingVocabulary {
      report(
        .missingHeader, "service '\(service.id.name)' has no name", in: file, at: service.id.range,
        help: "add a line such as: name \"食品经营许可\"")
    }
    return (header, self.period(period))
  }

  /// The categories of 权力事项 and 公共服务 a service item's `kind` names (the State Council's
  /// list of administrative powers, with 行政备案 and 公共服务 of the service catalogues).
  static let serviceKinds = [
    "行政许可", "行政处罚", "行政强制", "行政征收", "行政给付", "行政检查", "行政确认", "行政奖励", "行政裁决", "行政备案",
    "其他行政权力", "公共服务",
  ]

  /// W0312 for a `kind` that is not one of `serviceKinds`.
  private mutating func checkKind(_ text: TextSyntax) {
    guard !Self.serviceKinds.contains(text.value) else { return }
    report(
      .unknownServiceKind, "'\(text.value)' is not a kind of service item (权力事项类型)", in: file, at: text.range,
      label: Suggestions.label(for: text.value, in: Self.serviceKinds),
      help: "the kinds are " + Self.serviceKinds.joined(separator: ", "))
  }

  private mutating func resolveUses(_ names: [Identifier]) {
    for name in names {
      guard let entry = vocabularies[name.name] else {
        report(
          .unknownVocabulary, "no vocabulary named '\(name.name)'", in: file, at: name.range,
          label: Suggestions.label(for: name.name, in: vocabularies.keys.sorted()),
          help: vocabularies.isEmpty
            ? "check this file with the one that declares the vocabulary (a file checked alone finds it in the "
              + "folders it lies in), or check the whole rules folder: yici check rules" : nil)
        unresolvedUses = diagnostics.count - 1
        continue
      }
      if !used.contains(where: { $0.syntax.id.name == name.name }) { used.append(entry) }
    }
  }
}
