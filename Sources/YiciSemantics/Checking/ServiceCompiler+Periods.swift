import YiciCalendar
import YiciSyntax

extension ServiceCompiler {
  /// Checks the declarations of each id among `declarations` (in order): an id may be
  /// declared once per policy period, so two declarations of one id whose periods overlap
  /// are an error at both (E0204), and two without any period are a plain duplicate.
  mutating func checkVersions(_ what: String, _ declarations: [(id: Identifier, period: Period, file: SourceFile)]) {
    var earlier: [String: [(period: Period, span: SourceSpan)]] = [:]
    for declaration in declarations {
      let span = SourceSpan(file: declaration.file, range: declaration.id.range)
      let versions = earlier[declaration.id.name, default: []]
      if let clash = versions.first(where: { $0.period.overlaps(declaration.period) }) {
        reportOverlap("\(what) '\(declaration.id.name)'", period: declaration.period, span, clash: clash)
      }
      earlier[declaration.id.name, default: []].append((declaration.period, span))
    }
  }

  /// Whether a new declaration of `subject` ("fact 'area'", "the waiver policy") may stand
  /// beside its earlier versions (reporting why not): its period overlaps none of theirs.
  mutating func acceptsVersion(
    of subject: String, period: Period, at span: SourceSpan, earlier: [(period: Period, span: SourceSpan)]
  ) -> Bool {
    guard let clash = earlier.first(where: { $0.period.overlaps(period) }) else { return true }
    reportOverlap(subject, period: period, span, clash: clash)
    return false
  }

  private mutating func reportOverlap(
    _ subject: String, period: Period, _ span: SourceSpan, clash: (period: Period, span: SourceSpan)
  ) {
    guard period != .always || clash.period != .always else {
      diagnostics.append(
        Diagnostic(
          .duplicateDefinition, "\(subject) is defined twice", at: span,
          notes: [Diagnostic.Note("first defined here", at: clash.span)]))
      return
    }
    let help =
      "an id keeps its identity across policy periods: give each declaration its own period with from / until (自 / 至), the periods not overlapping"
    for (here, other) in [(clash.span, span), (span, clash.span)] {
      diagnostics.append(
        Diagnostic(
          .duplicateDefinition, "\(subject) has two declarations in force on the same days", at: here,
          help: help, notes: [Diagnostic.Note("the other declaration", at: other)]))
    }
  }
}
