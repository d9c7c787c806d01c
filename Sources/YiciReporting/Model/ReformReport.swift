import YiciCalendar
import YiciSemantics

/// The reform report (改革成效报告) of a rule set, computed from its rules alone: each item's
/// visits, materials and time limits, each bundle's (一件事) against its members', and the
/// reform targets checked on the items, on one date or before and after a reform.
///
/// ```swift
/// let report = ReformReport(rules: ruleSet.compiled, before: old, after: new)
/// print(report.rendered(as: .text, language: .zh))
/// ```
public struct ReformReport: Sendable {
  /// The figures on the report's date (with `before`, the date after the reform).
  public var current: ReportSnapshot
  /// The figures on the date before the reform, when the report compares two dates.
  public var before: ReportSnapshot?

  /// The report on one date.
  public init(rules: CompiledRuleSet, on date: CivilDate) {
    current = Self.snapshot(rules, on: date)
    before = nil
  }

  /// The report comparing the rules in force on two dates.
  public init(rules: CompiledRuleSet, before: CivilDate, after: CivilDate) {
    current = Self.snapshot(rules, on: after)
    self.before = Self.snapshot(rules, on: before)
  }

  /// The figures of the items in force on a date.
  static func snapshot(_ rules: CompiledRuleSet, on date: CivilDate) -> ReportSnapshot {
    let services = rules.services.filter { $0.period.contains(date) }.map { ServiceFigures($0, on: date) }
    let bundles = rules.bundles.filter { $0.period.contains(date) }.map { BundleFigures($0, in: rules, on: date) }
    return ReportSnapshot(date: date, services: services, bundles: bundles, targets: TargetCheck.all(services))
  }

  /// Whether any item or bundle is in force on a date (a report of none says nothing).
  public static func hasItems(_ rules: CompiledRuleSet, on date: CivilDate) -> Bool {
    rules.services.contains { $0.period.contains(date) } || rules.bundles.contains { $0.period.contains(date) }
  }
}
