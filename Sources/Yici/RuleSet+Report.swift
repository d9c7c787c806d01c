import YiciCalendar
import YiciInterchange
import YiciReporting

extension RuleSet {
  /// The reform report (改革成效报告) of the rules in force on a date, computed from the rules
  /// alone; `rendered(as:language:)` writes it as text, JSON, Markdown or HTML.
  public func reformReport(on date: CivilDate) -> ReformReport {
    ReformReport(rules: compiled, on: date)
  }

  /// The reform report comparing the rules in force before and after a reform.
  public func reformReport(before: CivilDate, after: CivilDate) -> ReformReport {
    ReformReport(rules: compiled, before: before, after: after)
  }
}
