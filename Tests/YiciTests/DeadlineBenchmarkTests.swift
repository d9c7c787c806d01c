import Foundation
import Testing
import Yici

/// Speed: a million deadlines well under a second, and a decision with deadlines no slower
/// than one without. Timings are printed; the bounds are asserted in release builds only
/// (`swift test -c release --filter DeadlineBenchmarkTests`), debug builds just run them.
@Suite(.serialized) struct DeadlineBenchmarkTests {
  #if DEBUG
    static let optimized = false
  #else
    static let optimized = true
  #endif

  @Test func aMillionDeadlines() throws {
    let calendar = RuleCalendarTests.calendar
    let first = try #require(CivilDate(iso: "2024-01-01")).dayNumber
    let count = Self.optimized ? 1_000_000 : 100_000
    var checksum = 0
    let clock = ContinuousClock()
    let elapsed = try clock.measure {
      for index in 0..<count {
        // Starts across 2024–2025, limits of 1…60 working days: every result stays in 2026 or earlier.
        let start = CivilDate(dayNumber: first + index % 730)
        let due = try DayCount.workingDays(1 + index % 60).deadline(from: start, in: calendar)
        checksum &+= due.dayNumber
      }
    }
    print("deadlines: \(count) in \(elapsed) (checksum \(checksum))")
    if Self.optimized { #expect(elapsed < .seconds(1)) }
  }

  /// The benchmark workload decided with and without a time limits block (and waiver due dates).
  @Test func decisionsWithDeadlinesAreNotSlower() throws {
    let text = try #require(Repository.read(Repository.path("examples/benchmark/food_business_license.yici")))
    let closing = try #require(text.range(of: "}", options: .backwards))
    var timed = text
    timed.replaceSubrange(
      closing, with: "  时限 { 法定 10 个工作日; 承诺 5 个工作日; 预警 提前 2 个工作日; 容缺补交 5 个工作日 }\n}")
    let calendar = SourceFile(path: "china.yici", text: DeadlineFixture.calendarText)
    let without = RuleSet(sources: [calendar, SourceFile(path: "bench.yici", text: text)])
    let with = RuleSet(sources: [calendar, SourceFile(path: "bench.yici", text: timed)])
    #expect(without.errors.isEmpty && with.errors.isEmpty, "\(with.errors.map(\.message))")
    let lines = try #require(Repository.read(Repository.path("examples/benchmark/agree_1k.jsonl")))
      .split(separator: "\n").map { Array($0.utf8) }
    let options = DecisionOptions(trace: false, explanation: false)
    let rounds = Self.optimized ? 50 : 3
    func time(_ rules: RuleSet) throws -> (Duration, Int) {
      var dated = 0
      let elapsed = try ContinuousClock().measure {
        for _ in 0..<rounds {
          for line in lines where try rules.decide(json: line, options: options).deadlines != nil { dated += 1 }
        }
      }
      return (elapsed, dated)
    }
    _ = try time(with)  // warm up
    let (plain, _) = try time(without)
    let (dated, datedCount) = try time(with)
    let decisions = rounds * lines.count
    print("decisions: \(decisions) without deadlines in \(plain), with deadlines in \(dated) (\(datedCount) dated)")
    #expect(datedCount > 0)
    if Self.optimized { #expect(dated < plain * 1.25) }
  }
}
