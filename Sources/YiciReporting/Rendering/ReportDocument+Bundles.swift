extension ReportDocument {
  /// The bundles on one date: their figures against their members', who the members are,
  /// and charts of materials and time.
  static func bundles(_ snapshot: ReportSnapshot, _ words: ReportWords) -> Section {
    guard !snapshot.bundles.isEmpty else {
      return Section(heading: words.bundlesHeading, blocks: [.paragraph(words.noBundles)])
    }
    let header = [
      words.bundle, words.membersCount, words.bundleMaterials, words.bundleFacts, words.bundleVisits,
      words.statutorySum, words.criticalPath, words.bundlePromise,
    ]
    let rows = snapshot.bundles.map { bundle in
      [
        bundle.name.text(english: words.english), String(bundle.members.count),
        "\(bundle.materials.summed) / \(bundle.materials.merged) / \(bundle.materials.toSubmit)",
        "\(bundle.facts.summed) / \(bundle.facts.merged)",
        "\(bundle.visits.summed) / \(bundle.visits.bundle.map(String.init) ?? words.none)",
        words.limit(bundle.days.statutorySum), words.limit(bundle.days.criticalPath), words.limit(bundle.days.promised),
      ]
    }
    var blocks: [Block] = [.table(Table(header: header, rows: rows, numeric: [1]))]
    blocks.append(.paragraph(words.bundleLegend))
    blocks += snapshot.bundles.map { .paragraph(words.members(of: $0)) }
    blocks.append(
      chart(
        words.pick("一件事申请材料（项）", "Bundle materials"), [words.summed, words.merged, words.toSubmit],
        snapshot.bundles, words
      ) {
        [$0.materials.summed, $0.materials.merged, $0.materials.toSubmit].map { ($0, String($0)) }
      })
    blocks.append(
      chart(
        words.pick("一件事办结时间（天）", "Bundle time (days)"), [words.statutorySum, words.criticalPath, words.bundlePromise],
        snapshot.bundles, words
      ) {
        [$0.days.statutorySum, $0.days.criticalPath, $0.days.promised].map { ($0?.value, words.limit($0)) }
      })
    return Section(heading: words.bundlesHeading, blocks: blocks)
  }

  /// A chart with one group per bundle.
  private static func chart(
    _ title: String, _ series: [String], _ bundles: [BundleFigures], _ words: ReportWords,
    _ bars: (BundleFigures) -> [(Int?, String)]
  ) -> Block {
    .chart(
      BarChart(
        title: title, series: series,
        groups: bundles.map { bundle in
          let values = bars(bundle)
          return BarChart.Group(
            label: bundle.name.text(english: words.english), values: values.map(\.0), captions: values.map(\.1))
        }))
  }
}
