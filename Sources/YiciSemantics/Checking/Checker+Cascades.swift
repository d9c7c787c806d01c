import YiciSyntax

extension Checker {
  /// What the checker found, less what it found about an item whose text did not parse.
  ///
  /// The parser reports the error and skips to the next item, so the item it kept is only
  /// what came before the error: a `basis` on the next line was never read, a name may be
  /// cut short. Anything the checker then says about that item (no legal basis, an unknown
  /// name, a lint) is a cascade that sends the author the wrong way. An item reaches from
  /// its first token to the next item of its declaration (or the declaration's end), so an
  /// error in the text the parser skipped belongs to it too.
  static func withoutCascades(_ diagnostics: [Diagnostic], _ files: [RuleFile]) -> [Diagnostic] {
    var broken: [ObjectIdentifier: [Range<Int>]] = [:]
    for file in files where !file.errorOffsets.isEmpty {
      let extents = file.declarations.flatMap(itemExtents)
      broken[ObjectIdentifier(file.source)] = extents.filter { extent in
        file.errorOffsets.contains { extent.contains($0) }
      }
    }
    guard !broken.isEmpty else { return diagnostics }
    return diagnostics.filter { diagnostic in
      guard let ranges = broken[ObjectIdentifier(diagnostic.span.file)] else { return true }
      return !ranges.contains { $0.contains(diagnostic.span.range.start) }
    }
  }

  /// Where each item of a declaration reaches: from its start to the next item's.
  private static func itemExtents(_ declaration: Declaration) -> [Range<Int>] {
    var starts: [Int]
    let end: Int
    switch declaration {
    case .service(let service):
      starts = service.header.map(\.range.start) + service.facts.map(\.range.start)
      starts += service.conditions.map(\.range.start) + service.materials.map(\.range.start)
      starts += service.waivers.map(\.range.start) + service.timeLimits.map(\.range.start)
      end = service.range.end
    case .vocabulary(let vocabulary):
      starts = vocabulary.facts.map(\.range.start) + vocabulary.materials.map(\.range.start)
      end = vocabulary.range.end
    case .bundle(let bundle):
      starts = bundle.header.map(\.range.start) + bundle.facts.map(\.range.start)
      starts += bundle.members.map(\.range.start) + bundle.situations.map(\.range.start)
      starts += bundle.results.map(\.range.start) + (bundle.promised.map { [$0.range.start] } ?? [])
      end = bundle.range.end
    case .calendar:
      return []
    }
    starts.sort()
    return starts.indices.map { index in
      starts[index]..<max(starts[index] + 1, index + 1 < starts.count ? starts[index + 1] : end)
    }
  }
}
