import ArgumentParser
import Foundation
import Yici
import YiciStore

/// `yici replay`: the logged applications decided again with the rules at PATH, and every
/// decision that would change.
struct Replay: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Decide the logged applications again with these rules and report every decision that would change.",
    discussion: """
      Reads the decision log of `yici serve` (--data, default yici-data, or --database \
      postgres://…) and decides each \
      application on record again with the rules at the paths, as it was decided (its language, \
      trace, explanation and date). Prints each decision that would change: its id, service, \
      outcome then and now, and the fields that differ. --since takes a date (YYYY-MM-DD, UTC) \
      or an instant. Exits 0 when none would change, 1 when some would, 64 for a bad option or \
      rules with errors, 74 when the log cannot be read.
      """)

  @OptionGroup var rules: RuleOptions

  @Option(help: ArgumentHelp("The data folder of `yici serve`.", valueName: "dir"))
  var data: String = "yici-data"

  @Option(help: ArgumentHelp("The PostgreSQL database of `yici serve --database`.", valueName: "url"))
  var database: String?

  @Option(help: ArgumentHelp("Only the decisions made from this date (YYYY-MM-DD) or instant on.", valueName: "date"))
  var since: String?

  @Option(help: "Output format: text or json.")
  var format: OutputFormat = .text

  func run() async throws {
    var from: Date?
    if let since {
      guard let instant = Self.instant(since) else {
        Terminal.error("--since takes a date (YYYY-MM-DD) or an instant (2025-10-01T08:00:00Z), not '\(since)'")
        throw ExitCode(ExitStatus.usage)
      }
      from = instant
    }
    let sources = try rules.sources()
    let context = RuleSources.context(for: sources, paths: rules.paths)
    let ruleSet = RuleSet(sources: sources, context: context)
    if !ruleSet.errors.isEmpty {
      rules.report(ruleSet.errors)
      Terminal.write("cannot replay: the rules have \(RuleOptions.summary(ruleSet.diagnostics))\n", to: .error)
      throw ExitCode(ExitStatus.usage)  // 1 says that decisions would change
    }
    let location = try StoreLocation.given(database: database, folder: data)
    guard location.hasStore else {
      Terminal.error("no decision log in \(data) (give the data folder of `yici serve` with --data)")
      throw ExitCode(ExitStatus.outputFailed)
    }
    var replayer = Replayer(ruleSet: ruleSet, revision: RuleRevision.of(sources, context: context))
    let report: ReplayReport
    do throws(StoreError) {
      let store = try await location.open()
      report = try await replayer.replay(store, since: from)
    } catch {
      Terminal.error("cannot read the decision log: \(error)")
      throw ExitCode(ExitStatus.outputFailed)
    }
    switch format {
    case .text: Terminal.write(Self.text(report))
    case .json:
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      encoder.dateEncodingStrategy = .iso8601
      Terminal.write(bytes: Array(try encoder.encode(report)) + [0x0A])
    }
    if !report.changed.isEmpty { throw ExitCode(1) }
  }

  /// One line per change, then the summary.
  static func text(_ report: ReplayReport) -> String {
    var lines: [String] = []
    for change in report.changed {
      if let error = change.error {
        lines.append("\(change.decisionID) \(change.service): \(change.outcome) → cannot be decided: \(error)")
      } else {
        lines.append(
          "\(change.decisionID) \(change.service): \(change.outcome) → \(change.newOutcome ?? "?") "
            + "(\(change.fields.joined(separator: ", ")))")
      }
    }
    let count = report.changed.count
    lines.append(
      "replayed \(report.replayed) decision\(report.replayed == 1 ? "" : "s") with revision \(report.revision): "
        + (count == 0 ? "none would change" : "\(count) would change"))
    return lines.joined(separator: "\n") + "\n"
  }

  static func instant(_ text: String) -> Date? {
    if let date = CivilDate(iso: text) {
      var components = DateComponents()
      (components.year, components.month, components.day) = (date.year, date.month, date.day)
      var calendar = Calendar(identifier: .gregorian)
      calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
      return calendar.date(from: components)
    }
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    if let instant = formatter.date(from: text) { return instant }
    formatter.formatOptions = [.withInternetDateTime]
    return formatter.date(from: text)
  }
}
