extension ReportDocument {
  /// Before and after a reform: each item's figures on both dates, the totals, the targets,
  /// and charts of materials and promised limits.
  static func comparison(_ before: ReportSnapshot, _ after: ReportSnapshot, _ words: ReportWords) -> Section {
    let ids = after.services.map(\.id) + before.services.map(\.id).filter { after.service($0) == nil }
    let pairs = ids.map { (before.service($0), after.service($0)) }
    func name(_ pair: (ServiceFigures?, ServiceFigures?)) -> String {
      (pair.1 ?? pair.0)!.name.text(english: words.english)
    }
    func change(_ figure: (ServiceFigures) -> String, _ pair: (ServiceFigures?, ServiceFigures?)) -> String {
      "\(pair.0.map(figure) ?? words.notInForce)\(words.arrow)\(pair.1.map(figure) ?? words.notInForce)"
    }
    let header = [
      words.item, words.visits, words.materialsAtMost, words.materialsAtLeast, words.shared, words.statutory,
      words.promised,
    ]
    let rows = pairs.map { pair in
      [
        name(pair), change({ $0.visits.map(String.init) ?? words.none }, pair),
        change({ String($0.materials.atMost) }, pair), change({ String($0.materials.atLeast) }, pair),
        change({ String($0.materials.shared) }, pair),
        change({ words.limit($0.limits.statutory) }, pair), change({ words.limit($0.limits.promised) }, pair),
      ]
    }
    let (old, new) = (before.totals, after.totals)
    let totals = [
      [words.itemsCount, String(old.items), String(new.items)],
      [words.oneVisitCount, String(old.atMostOneVisit), String(new.atMostOneVisit)],
      [words.immediateCount, String(old.immediate), String(new.immediate)],
      [words.materialsAtMost, String(old.materialsAtMost), String(new.materialsAtMost)],
      [words.materialsAtLeast, String(old.materialsAtLeast), String(new.materialsAtLeast)],
    ]
    let targets = zip(before.targets, after.targets).map { old, new in
      [words.target(new.target), words.status(old.met), words.status(new.met)]
    }
    func chart(_ title: String, _ value: (ServiceFigures) -> Int?, _ caption: (ServiceFigures) -> String) -> Block {
      .chart(
        BarChart(
          title: title, series: [words.before, words.after],
          groups: pairs.map { pair in
            BarChart.Group(
              label: name(pair), values: [pair.0.flatMap(value), pair.1.flatMap(value)],
              captions: [pair.0.map(caption) ?? words.notInForce, pair.1.map(caption) ?? words.notInForce])
          }))
    }
    var bundles: [Block] = []
    if !before.bundles.isEmpty || !after.bundles.isEmpty {
      bundles.append(.table(bundleChanges(before, after, words)))
    }
    return Section(
      heading: words.comparisonHeading,
      blocks: [.table(Table(header: header, rows: rows, numeric: []))] + bundles + [
        .table(Table(header: [words.total, words.before, words.after], rows: totals, numeric: [1, 2])),
        .table(Table(header: [words.targetHeader, words.before, words.after], rows: targets, numeric: [])),
        chart(words.pick("申请材料（至多，项）", "Materials (at most)"), { $0.materials.atMost }) { String($0.materials.atMost) },
        chart(words.pick("承诺时限（天）", "Promised limit (days)"), { $0.limits.promised?.value }) {
          words.limit($0.limits.promised)
        },
      ])
  }

  /// Each bundle's figures on both dates (one in force on a single date says so).
  private static func bundleChanges(_ before: ReportSnapshot, _ after: ReportSnapshot, _ words: ReportWords) -> Table {
    let ids = after.bundles.map(\.id) + before.bundles.map(\.id).filter { after.bundle($0) == nil }
    let header = [
      words.bundle, words.pick("材料需提交", "Materials to submit"), words.pick("信息项合并", "Form fields merged"),
      words.pick("到现场", "Visits"), words.criticalPath, words.bundlePromise,
    ]
    let rows = ids.map { id in
      let pair = (before.bundle(id), after.bundle(id))
      func change(_ figure: (BundleFigures) -> String) -> String {
        "\(pair.0.map(figure) ?? words.notInForce)\(words.arrow)\(pair.1.map(figure) ?? words.notInForce)"
      }
      return [
        (pair.1 ?? pair.0)!.name.text(english: words.english), change { String($0.materials.toSubmit) },
        change { String($0.facts.merged) }, change { $0.visits.bundle.map(String.init) ?? words.none },
        change { words.limit($0.days.criticalPath) }, change { words.limit($0.days.promised) },
      ]
    }
    return Table(header: header, rows: rows, numeric: [])
  }
}
