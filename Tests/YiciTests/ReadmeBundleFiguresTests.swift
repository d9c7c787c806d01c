import Foundation
import Testing
import Yici
import YiciReporting
import YiciTestSupport

/// The README's table of the bundled bundles' figures, computed beside the published ones
/// ("Published and computed figures"), is what `yici report rules --date 2025-09-28` computes:
/// each row's materials, form fields, visits and working days are read back and compared
/// with the report's, so the README cannot drift from the rules.
@Suite struct ReadmeBundleFiguresTests {
  static let day = CivilDate(iso: "2025-09-28")!
  static let header = "| bundle | materials: summed → merged → to submit |"

  /// The table's rows: the bundle's id and each figure cell's numbers, in order.
  static func rows() throws -> [(id: String, cells: [[Int]])] {
    let readme = try #require(Repository.read(Repository.path("README.md")))
    let lines = readme.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let start = try #require(lines.firstIndex { $0.hasPrefix(Self.header) }, "the README has the figures table")
    var rows: [(id: String, cells: [[Int]])] = []
    for line in lines[(start + 2)...] {
      guard line.hasPrefix("|") else { break }
      let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
      let id = try #require(cells.first?.split(separator: "`").first.map(String.init))
      let numbers = cells[1..<5].map { cell in
        cell.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
      }
      rows.append((id, numbers))
    }
    return rows
  }

  @Test func theREADMEsFiguresAreTheReports() throws {
    let rules = try RuleSet.load(paths: ["rules"], relativeTo: Repository.root.path)
    let report = rules.reformReport(on: Self.day).current
    let rows = try Self.rows()
    #expect(Set(rows.map(\.id)) == Set(report.bundles.map(\.id)), "one row per bundle in force")
    for row in rows {
      let bundle = try #require(report.bundle(row.id))
      #expect(
        row.cells[0] == [bundle.materials.summed, bundle.materials.merged, bundle.materials.toSubmit], "\(row.id)")
      #expect(row.cells[1] == [bundle.facts.summed, bundle.facts.merged], "\(row.id)")
      #expect(row.cells[2] == [bundle.visits.summed, bundle.visits.bundle ?? -1], "\(row.id)")
      let days = [bundle.days.statutorySum, bundle.days.criticalPath, bundle.days.promised]
      #expect(days.allSatisfy { $0?.unit == .workingDays }, "\(row.id): the table counts working days")
      #expect(row.cells[3] == days.map { $0?.value ?? -1 }, "\(row.id)")
    }
  }
}
