import ArgumentParser
import Foundation
import Yici
import YiciREPL

/// `yici report`: the reform report of the rules, on a date or before and after a reform.
struct Report: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "The reform report: visits, materials, time limits and the reform targets, from the rules alone.",
    discussion: """
      Per item: visits, materials required at least and at most, statutory and promised limits \
      and how much shorter the promise is, 即办件 or 承诺件; then the reform targets of the seeds \
      (at most one visit for half the items, promises 20% shorter, complex items halved, simple \
      items immediate, at most 4 steps), each met, not met, or not computable from the rules, \
      with the items that fail it. --before D1 --after D2 compares the rules in force on two \
      dates. Exits 1 when the rules have errors, 64 on a bad option, 65 when no item is in force \
      on a date.
      """)

  @OptionGroup var rules: RuleOptions

  @Option(help: "Output format: text, json (for tools), md (Markdown) or html (one self-contained page).")
  var format: ReportFormat = .text

  @Option(help: "Language of text, md and html: zh or en (JSON is the same in both).")
  var lang: Language = .zh

  @Option(help: ArgumentHelp("Report the rules in force on this date (YYYY-MM-DD); default: today.", valueName: "date"))
  var date: String?

  @Option(help: ArgumentHelp("Compare: the date before the reform (with --after).", valueName: "date"))
  var before: String?

  @Option(help: ArgumentHelp("Compare: the date after the reform (with --before).", valueName: "date"))
  var after: String?

  func validate() throws {
    guard (before == nil) == (after == nil) else {
      throw ValidationError("give both --before DATE and --after DATE to compare two dates")
    }
    if date != nil && before != nil {
      throw ValidationError("give either --date or --before and --after, not both")
    }
    for (option, value) in [("--date", date), ("--before", before), ("--after", after)] {
      if let value { _ = try Self.day(value, option: option) }
    }
  }

  func run() throws {
    let ruleSet = try rules.load()
    guard ruleSet.errors.isEmpty else {
      rules.report(ruleSet.diagnostics)
      Terminal.write("cannot report: the rules have \(RuleOptions.summary(ruleSet.diagnostics))\n", to: .error)
      throw ExitCode(ExitStatus.rulesHaveErrors)
    }
    let report: ReformReport
    if let before, let after {
      let (old, new) = (try Self.day(before, option: "--before"), try Self.day(after, option: "--after"))
      try Self.requireItems(ruleSet, on: old, option: "--before")
      try Self.requireItems(ruleSet, on: new, option: "--after")
      report = ruleSet.reformReport(before: old, after: new)
    } else {
      let day = try date.map { try Self.day($0, option: "--date") } ?? Console.today()
      try Self.requireItems(ruleSet, on: day, option: "--date")
      report = ruleSet.reformReport(on: day)
    }
    Terminal.write(report.rendered(as: format, language: lang))
  }

  private static func day(_ text: String, option: String) throws -> CivilDate {
    guard let day = CivilDate(iso: text) else {
      throw ValidationError("\(option) takes a date as YYYY-MM-DD, not '\(text)'")
    }
    return day
  }

  /// A report of no item says nothing: exit 65, naming the date.
  private static func requireItems(_ ruleSet: RuleSet, on day: CivilDate, option: String) throws {
    guard !ReformReport.hasItems(ruleSet.compiled, on: day) else { return }
    Terminal.error("no service is in force on \(day) (\(option)); the rules' items have other effective dates")
    throw ExitCode(ExitStatus.badInput)
  }
}

extension ReportFormat: ExpressibleByArgument {}
