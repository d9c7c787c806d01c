import ArgumentParser
import Foundation
import Yici
import YiciStore

/// `yici track`: where a case stands today against its time limit (电子监察).
struct Track: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Report a case's status: running, paused, warning (预警), due today or overdue (超时).",
    discussion: """
      CASE.json gives the service, the acceptance date, the pauses taken (periods not counted in \
      the limit, 不计入时限, each with its start and end) and the date today:
        {"service": "food_business_license_catering", "accepted": "2025-09-29",
         "pauses": [{"kind": "听证", "start": "2025-10-09", "end": "2025-10-15"}],
         "today": "2025-10-20"}
      The promised limit is watched (else the statutory one; 0 days for "immediate": true). A \
      pause longer than the maximum the service declares is flagged. Exits 65 for a case that \
      cannot be read or tracked.
      With --data DIR and no CASE.json, lists the cases `yici serve` keeps in that data folder \
      (opened by POST /v1/cases), each with where it stands today (--today), --status picking \
      one state; a waived material not supplied by its due date is flagged. --database \
      postgres://… lists the cases of a server started with that database.
      """)

  @Argument(help: ArgumentHelp("The case (JSON); - reads standard input.", valueName: "CASE.json"))
  var casePath: String?

  @Option(help: ArgumentHelp("The data folder of `yici serve`: list its cases.", valueName: "dir"))
  var data: String?

  @Option(help: ArgumentHelp("The PostgreSQL database of `yici serve --database`: list its cases.", valueName: "url"))
  var database: String?

  @Option(help: "With --data: only the cases in this state (running, warning, due_today, overdue, paused, …).")
  var status: String?

  @Option(help: ArgumentHelp("With --data: the day to report on (default today).", valueName: "date"))
  var today: String?

  @OptionGroup var source: CalendarSource

  @Option(help: "Output format: text or json.")
  var format: OutputFormat = .text

  func run() async throws {
    let rules = try source.load()
    if !rules.errors.isEmpty {
      let renderer = DiagnosticRenderer(colored: Terminal.shouldColor(.error, .auto))
      for diagnostic in rules.errors { Terminal.write(renderer.render(diagnostic) + "\n", to: .error) }
      throw ExitCode(ExitStatus.rulesHaveErrors)
    }
    if data != nil || database != nil, casePath == nil {
      let location = try StoreLocation.given(database: database, folder: data ?? "yici-data")
      try await TrackedCases(location: location, status: status, today: today, format: format).list(rules)
      return
    }
    guard let casePath else {
      Terminal.error("give the case (CASE.json), or --data DIR to list the cases of a data folder")
      throw ExitCode(ExitStatus.usage)
    }
    guard let input = Terminal.readInput(casePath) else {
      Terminal.error("cannot read \(casePath)")
      throw ExitCode(ExitStatus.usage)
    }
    let record: CaseRecord
    do {
      record = try JSONDecoder().decode(CaseRecord.self, from: Data(input))
    } catch {
      Terminal.error("\(casePath): not a valid case: \(Self.describe(error))")
      throw ExitCode(ExitStatus.badInput)
    }
    let report: CaseReport
    do throws(TrackingError) {
      report = try rules.track(record)
    } catch {
      Terminal.error("cannot track the case: \(error)")
      throw ExitCode(ExitStatus.badInput)
    }
    switch format {
    case .text:
      let name = rules.compiled.service(report.service)?.header.name
      let text = CaseReportText(report, serviceName: source.lang == .en ? name?.english ?? name?.text : name?.text)
      Terminal.write(text.text(in: source.lang))
    case .json: Terminal.write(bytes: try JSONOutput.encode(report))
    }
  }

  /// A decoding error in one line: the field path and what was wrong.
  static func describe(_ error: any Error) -> String {
    guard let error = error as? DecodingError else { return "\(error)" }
    switch error {
    case .keyNotFound(let key, let context):
      return "missing field '\((context.codingPath + [key]).map(\.stringValue).joined(separator: "."))'"
    case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
      let path = context.codingPath.map(\.stringValue).joined(separator: ".")
      return (path.isEmpty ? "" : "\(path): ") + context.debugDescription
    @unknown default:
      return "\(error)"
    }
  }
}
