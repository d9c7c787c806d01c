import ArgumentParser
import Foundation
import Yici
import YiciStore

/// `yici track --data DIR` (or `--database URL`): the cases of a store and where each stands.
struct TrackedCases {
  var location: StoreLocation
  var status: String?
  var today: String?
  var format: OutputFormat

  func list(_ rules: RuleSet) async throws {
    if let status, !CaseStanding.statuses.contains(status) {
      Terminal.error("--status takes \(CaseStanding.statuses.joined(separator: ", ")), not '\(status)'")
      throw ExitCode(ExitStatus.usage)
    }
    let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
    var day =
      CivilDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? CivilDate(dayNumber: 0)
    if let today {
      guard let parsed = CivilDate(iso: today) else {
        Terminal.error("--today takes a date as YYYY-MM-DD, not '\(today)'")
        throw ExitCode(ExitStatus.usage)
      }
      day = parsed
    }
    guard location.hasStore else {
      Terminal.error("no decision log in \(location) (give the data folder of `yici serve` with --data)")
      throw ExitCode(ExitStatus.outputFailed)
    }
    let files: [CaseFile]
    do throws(StoreError) {
      files = try await location.open().caseFiles()
    } catch {
      Terminal.error("cannot read the cases: \(error)")
      throw ExitCode(ExitStatus.outputFailed)
    }
    let book = CaseBook(ruleSet: rules)
    let standings = files.map { book.standing($0, on: day) }.filter { status == nil || $0.status == status }
    switch format {
    case .json:
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      encoder.dateEncodingStrategy = .iso8601
      Terminal.write(bytes: Array(try encoder.encode(standings)) + [0x0A])
    case .text: Terminal.write(Self.text(standings, today: day))
    }
  }

  /// One line per case: id, service, status, due date and days left (or over), late supplements.
  static func text(_ standings: [CaseStanding], today: CivilDate) -> String {
    var lines = standings.map { standing in
      var line = "\(standing.caseID) \(standing.service) \(standing.status)"
      if let clock = standing.clock, !["completed", "withdrawn"].contains(standing.status) {
        line += " due \(clock.due)"
        line += clock.daysOverdue > 0 ? " (\(clock.daysOverdue) days over)" : " (\(clock.daysLeft) days left)"
        if !clock.overlongPauses.isEmpty {
          line += "; pause past its maximum: " + clock.overlongPauses.map(\.kind).joined(separator: ", ")
        }
      } else if let error = standing.clockError {
        line += " (\(error))"
      }
      let late = standing.waived.filter(\.overdue)
      if !late.isEmpty {
        line += "; supplement overdue: " + late.map { "\($0.id) (due \($0.due ?? "?"))" }.joined(separator: ", ")
      }
      return line
    }
    lines.append("\(standings.count) case\(standings.count == 1 ? "" : "s") on \(today)")
    return lines.joined(separator: "\n") + "\n"
  }
}
