import YiciExplanation

extension ReportDocument {
  /// Lays out a report in a language.
  init(_ report: ReformReport, language: Language) {
    let words = ReportWords(language)
    let current = report.current
    title = words.title
    if let before = report.before {
      subtitle = words.period(before.date, current.date)
    } else {
      subtitle = "\(words.date(current.date)) · \(words.itemsInForce(current.services.count))"
    }
    sections = []
    if let before = report.before {
      sections.append(Self.comparison(before, current, words))
    }
    sections.append(
      Self.items(current, words, heading: report.before == nil ? words.itemsHeading : words.figuresOn(current.date)))
    sections.append(Self.bundles(current, words))
    sections.append(
      Section(heading: words.targetsHeading, blocks: [.checks(current.targets.map { Self.line($0, words) })]))
  }

  /// The items' table on one date, the steps note, and statutory against promised limits.
  private static func items(_ snapshot: ReportSnapshot, _ words: ReportWords, heading: String) -> Section {
    let header = [
      words.item, words.visits, words.materials, words.shared, words.steps, words.statutory, words.promised,
      words.compression,
      words.handlingHeader, words.oneVisit,
    ]
    let rows = snapshot.services.map { service in
      [
        service.name.text(english: words.english), words.visits(service),
        words.range(service.materials), String(service.materials.shared),
        service.steps.map(String.init) ?? words.notDeclared, words.limit(service.limits.statutory),
        words.limit(service.limits.promised), words.percent(service.limits.compression),
        words.handling(service.limits.handling), words.yesNo(service.atMostOneVisit),
      ]
    }
    var blocks: [Block] = [.table(Table(header: header, rows: rows, numeric: [1, 2, 3, 7]))]
    blocks.append(.paragraph(words.stepsNotDeclared))
    if snapshot.services.contains(where: { $0.fewestVisits != nil }) { blocks.append(.paragraph(words.visitsVary)) }
    if snapshot.services.contains(where: { !$0.materials.exact }) { blocks.append(.paragraph(words.approximateRange)) }
    let limited = snapshot.services.filter { $0.limits.statutory != nil || $0.limits.promised != nil }
    if !limited.isEmpty {
      blocks.append(
        .chart(
          BarChart(
            title: words.pick("法定时限与承诺时限（天）", "Statutory and promised limits (days)"),
            series: [words.statutory, words.promised],
            groups: limited.map { service in
              BarChart.Group(
                label: service.name.text(english: words.english),
                values: [service.limits.statutory?.value, service.limits.promised?.value],
                captions: [words.limit(service.limits.statutory), words.limit(service.limits.promised)])
            })))
    }
    return Section(heading: heading, blocks: blocks)
  }

  /// A target's line and its failing items.
  static func line(_ check: TargetCheck, _ words: ReportWords) -> CheckLine {
    var text = "\(words.target(check.target))（\(words.seed(check.target))）"
    if words.english { text = "\(words.target(check.target)) (\(words.seed(check.target)))" }
    let colon = words.pick("：", ": ")
    if let reason = check.uncomputable {
      text += colon + words.uncomputable(reason)
      if check.applicable > 0 && check.target != .atMostFourSteps { text += words.pick("；", "; ") + words.tally(check) }
    } else {
      text += colon + words.tally(check)
    }
    let details = check.failing.map { "\($0.name.text(english: words.english))\(colon)\(words.failure($0.reason))" }
    return CheckLine(met: check.met, status: words.status(check.met), text: text, details: details)
  }
}
