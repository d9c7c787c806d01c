import Foundation
import Testing
import Yici
import YiciReporting
import YiciTestSupport

/// The reform report's figures, computed from rules: how many materials an application
/// brings at least and at most, and the targets met, not met or not computable, with the
/// items that fail them.
@Suite struct ReformReportTests {
  static let day = CivilDate(iso: "2025-09-28")!

  /// The calendar and one file of services.
  static func rules(_ services: String) -> RuleSet {
    let rules = RuleSet(sources: [
      SourceFile(path: "china.yici", text: BundledRules.calendarText), SourceFile(path: "s.yici", text: services),
    ])
    #expect(rules.errors.isEmpty, "\(rules.errors.map(\.message))")
    return rules
  }

  /// A service with a header, facts, conditions, materials and time limits.
  static func service(
    _ id: String, visits: String = "visits 1", facts: String = "", conditions: String = "", materials: String,
    limits: String = ""
  ) -> String {
    """
    service \(id) {
      name "\(id)" basis "Rule 0" promised \(visits)
      \(facts.isEmpty ? "" : "facts { \(facts) }")
      \(conditions.isEmpty ? "" : "conditions { \(conditions) }")
      materials { \(materials) }
      \(limits)
    }

    """
  }

  func materials(_ text: String, _ id: String = "s") throws -> MaterialRange {
    try #require(Self.rules(text).reformReport(on: Self.day).current.service(id)).materials
  }

  @Test func materialsThatExcludeEachOtherAreNotCountedTogether() throws {
    let range = try materials(
      Self.service(
        "s", facts: "married: bool ask \"Married?\"",
        materials: """
          form: "Form" basis "R"
          marriage: "Marriage certificate" when married basis "R"
          statement: "Statement" when not married basis "R"
          """))
    #expect((range.atLeast, range.atMost, range.declared, range.exact) == (2, 2, 3, true))
  }

  @Test func thresholdsAreTriedOnBothSides() throws {
    let range = try materials(
      Self.service(
        "s", facts: "area: number(m2) ask \"Area?\"; seats: number ask \"Seats?\"",
        materials: """
          director: "Director" when area > 500 or seats > 250 basis "R"
          small_plan: "Small plan" when area <= 100 basis "R"
          medium_plan: "Medium plan" when area > 100 and area <= 500 basis "R"
          """))
    // At most: area ≤ 100 with more than 250 seats. At least: 101–500 m² … still a plan.
    #expect((range.atLeast, range.atMost) == (1, 2))
  }

  @Test func anApplicationTheConditionsTurnAwayBringsNothing() throws {
    let range = try materials(
      Self.service(
        "s", facts: "place: options(here, abroad) ask \"Where?\"; other: bool ask \"Other?\"",
        conditions: "local: place == here or other otherwise \"no\" basis \"R\"",
        materials: "proof: \"Foreign proof\" when place == abroad and not other basis \"R\""))
    // Abroad without `other` is rejected, so the proof is never brought.
    #expect((range.atLeast, range.atMost) == (0, 0))
  }

  @Test func tooManyCombinationsGiveSafeBounds() throws {
    let names = (1...13).map { "f\($0)" }
    let range = try materials(
      Self.service(
        "s", facts: names.map { "\($0): bool ask \"?\"" }.joined(separator: "; "),
        materials: """
          form: "Form" basis "R"
          rare: "Rare" when \(names.joined(separator: " and ")) basis "R"
          """))
    #expect((range.atLeast, range.atMost, range.exact) == (1, 2, false))
  }

  @Test func theBirthRegistrationReformSwapsThePaperCertificateForSharedData() throws {
    let rules = try BundledRules.load()
    let report = rules.reformReport(before: CivilDate(iso: "2025-06-01")!, after: Self.day)
    let before = try #require(report.before?.service("birth_registration")).materials
    let after = try #require(report.current.service("birth_registration")).materials
    #expect((before.atLeast, before.atMost) == (4, 7))
    #expect((after.atLeast, after.atMost) == (4, 7))
    #expect(after.shared == before.shared + 1, "the electronic certificate is shared")
  }

  @Test func targetsListTheItemsThatFailThem() throws {
    let limits = { (promised: Int, notCounted: Bool) in
      """
      time limits {
          statutory 10 working days basis "Law"
          promised \(promised) working days
          \(notCounted ? "not counted { hearing at most 20 days }" : "")
        }
      """
    }
    let text =
      Self.service("slow", visits: "visits 3", materials: "a: \"A\" basis \"R\"", limits: limits(9, false))
      + Self.service("complex", materials: "a: \"A\" basis \"R\"", limits: limits(6, true))
      + Self.service("quick", visits: "visits 0", materials: "a: \"A\" basis \"R\"", limits: limits(5, true))
    let report = Self.rules(text).reformReport(on: Self.day).current
    func check(_ target: ReformTarget) -> TargetCheck { report.targets.first { $0.target == target }! }
    #expect(check(.oneVisitShare).met == true && check(.oneVisitShare).passing == 2)
    #expect(check(.oneVisitShare).failing.map(\.service) == ["slow"])
    #expect(check(.promisedShortened).met == false)
    #expect(
      check(.promisedShortened).failing.map(\.reason) == [
        .promiseTooLong(promised: .workingDays(9), statutory: .workingDays(10))
      ])
    #expect(check(.complexHalved).met == false && check(.complexHalved).failing.map(\.service) == ["complex"])
    #expect(check(.simpleImmediate).met == false && check(.simpleImmediate).failing.map(\.reason) == [.notImmediate])
    #expect(check(.atMostFourSteps).met == nil && check(.atMostFourSteps).uncomputable == .stepsNotDeclared)
  }

  @Test func itemsWithoutVisitsLeaveTheShareOpenWhenTheyCouldTipIt() throws {
    let text =
      Self.service("one", materials: "a: \"A\" basis \"R\"")
      + Self.service("unknown", visits: "", materials: "a: \"A\" basis \"R\"")
      + Self.service("three", visits: "visits 3", materials: "a: \"A\" basis \"R\"")
    let check = try #require(Self.rules(text).reformReport(on: Self.day).current.targets.first)
    #expect(check.target == .oneVisitShare)
    #expect(check.met == nil && check.uncomputable == .visitsNotDeclared)
    #expect(check.failing.map(\.reason) == [.visitsNotDeclared, .visits(3)])
  }

  @Test func aTargetWithNothingToCheckSaysSoInsteadOfPassing() throws {
    let report = Self.rules(Self.service("s", materials: "a: \"A\" basis \"R\"")).reformReport(on: Self.day).current
    let open = report.targets.filter { $0.met == nil }.map(\.target)
    #expect(open == [.promisedShortened, .complexHalved, .simpleImmediate, .atMostFourSteps])
  }

  @Test func compressionComparesUnitsAsTheCheckerDoes() {
    let limits = { (statutory: DayCount, promised: DayCount) in
      LimitFigures(statutory: statutory, promised: promised, handling: .promised, specialProcedures: [], declared: true)
    }
    #expect(limits(.workingDays(10), .workingDays(5)).compression?.decimal == "0.5")
    #expect(limits(.workingDays(3), .workingDays(1)).compression?.decimal == "0.6667")
    // 20 working days are 28 natural days: a promise of 14 days is half.
    #expect(limits(.workingDays(20), .naturalDays(14)).compression?.percent == 50)
    #expect(limits(.workingDays(5), .workingDays(5)).compression?.decimal == "0")
  }
}
