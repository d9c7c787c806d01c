import Foundation
import Testing
import Yici
import YiciTestSupport

/// Accepted decisions carry their deadlines, counted on the real calendar.
@Suite struct DeadlineDecisionTests {
  @Test func theFixtureChecksCleanly() {
    #expect(DeadlineFixture.standard.diagnostics.isEmpty, "\(DeadlineFixture.standard.diagnostics.map(\.message))")
  }

  @Test func anAcceptedDecisionIsDated() throws {
    let decision = try DeadlineFixture.decide(date: "2025-09-22")
    #expect(decision.outcome == .accepted)
    let deadlines = try #require(decision.deadlines)
    #expect(deadlines.accepted.description == "2025-09-22")
    #expect(!deadlines.immediate)
    #expect(deadlines.promised?.description == "2025-10-11")  // across National Day, make-up Saturday
    #expect(deadlines.statutory?.description == "2025-10-24")
    #expect(deadlines.warning?.description == "2025-09-30")  // 3 working days before: the 7th day
    #expect(decision.explanation.contains("承诺办结时限：10个工作日，将于2025年10月11日前办结。"))
    #expect(decision.explanation.contains("法定办结时限：20个工作日，至2025年10月24日止。"))
  }

  @Test func waivedMaterialsAreDueOnADate() throws {
    let decision = try DeadlineFixture.decide(date: "2025-09-22", materials: ["form"])
    #expect(decision.outcome == .acceptedWithWaiver)
    #expect(decision.materials.waived.map { $0.due?.description } == ["2025-09-28", "2025-10-09"])
    #expect(decision.explanation.contains("请于2025年9月28日前补交"))
    #expect(decision.explanation.contains("请于2025年10月9日前补交"))
    let english = try DeadlineFixture.standard.decide(
      Application(
        service: "demo", date: CivilDate(iso: "2025-09-22"), facts: ["credit": "good", "simple": false],
        materials: ["form"]), options: DecisionOptions(language: .en))
    #expect(english.explanation.contains("Supply by 28 September 2025"))
    #expect(english.explanation.contains("the application will be completed by 11 October 2025"))
  }

  @Test func immediateWhenItsConditionHolds() throws {
    let immediate = try #require(
      try DeadlineFixture.decide(date: "2025-09-22", facts: ["credit": "good", "simple": true]).deadlines)
    #expect(immediate.immediate && immediate.promised == immediate.accepted && immediate.warning == nil)
    #expect(immediate.statutory?.description == "2025-10-24")
    let unknown = try #require(try DeadlineFixture.decide(date: "2025-09-22", facts: ["credit": "good"]).deadlines)
    #expect(!unknown.immediate, "an unknown condition is not immediate: the applicant is told the promised limit")
  }

  @Test func onlyAcceptedDecisionsAreDated() throws {
    #expect(try DeadlineFixture.decide(date: "2025-09-22", facts: ["credit": "bad"]).deadlines == nil)
    #expect(try DeadlineFixture.decide(date: "2025-09-22", materials: ["plan"]).deadlines == nil)
    let undated = RuleSet(text: "service plain { name \"Plain\" }")
    #expect(try undated.decide(Application(service: "plain", date: CivilDate(iso: "2030-01-01"))).deadlines == nil)
  }

  @Test func anApplicationReceivedOnADayOffCountsFromTheNextWorkingDay() throws {
    let deadlines = try #require(try DeadlineFixture.decide(date: "2025-10-04").deadlines)
    #expect(deadlines.accepted.description == "2025-10-09")
    #expect(deadlines.promised?.description == "2025-10-22")
    let stays = DeadlineFixture.rules(limits: "time limits { promised 3 working days; receipt on day off moves no }")
    let kept = try #require(try DeadlineFixture.decide(stays, date: "2025-10-04").deadlines)
    #expect(kept.accepted.description == "2025-10-04")
    #expect(kept.promised?.description == "2025-10-11")  // 10-09, 10-10, make-up 10-11
  }

  @Test func theAcceptanceDayMayBeCounted() throws {
    let counted = DeadlineFixture.rules(limits: "time limits { promised 3 working days; acceptance day counted yes }")
    let deadlines = try #require(try DeadlineFixture.decide(counted, date: "2025-10-09").deadlines)
    #expect(deadlines.promised?.description == "2025-10-11")
  }

  @Test func naturalDayLimitsEndOnAWorkingDay() throws {
    let natural = DeadlineFixture.rules(limits: "时限 { 承诺 5 日 }")
    #expect(try DeadlineFixture.decide(natural, date: "2025-09-28").deadlines?.promised?.description == "2025-10-09")
    let exact = DeadlineFixture.rules(limits: "时限 { 承诺 5 日; 自然日期限顺延 否 }")
    #expect(try DeadlineFixture.decide(exact, date: "2025-09-28").deadlines?.promised?.description == "2025-10-03")
  }

  @Test func aDeadlinePastTheCalendarLeavesTheDecisionStandingAndSaysWhichYear() throws {
    // 2028 is in no calendar: the outcome is decided, the dates that run into it are undated.
    let late = try DeadlineFixture.decide(date: "2027-12-15")
    #expect(late.outcome == .accepted)
    let undated = try #require(late.deadlines?.undated)
    #expect(!undated.isEmpty && undated.allSatisfy { $0.year == 2028 })
    #expect(late.deadlines?.note("statutory")?.undated == true)
    #expect(late.deadlines?.statutory == nil)
    // Received before the calendar starts: nothing can be dated, the outcome still stands.
    let early = try DeadlineFixture.decide(date: "2023-12-29")
    #expect(early.outcome == .accepted)
    #expect(early.deadlines?.undated.map(\.field).contains("accepted") == true)
    // Across the provisional 2027: dated, and said to be provisional.
    let provisional = try DeadlineFixture.decide(date: "2026-12-15")
    #expect(provisional.deadlines?.statutory != nil)
    #expect(provisional.deadlines?.provisional.contains { $0.field == "statutory" && $0.year == 2027 } == true)
  }

  @Test func theLimitsInForceOnTheDateApply() throws {
    let periods = DeadlineFixture.rules(
      limits: """
        time limits { promised 10 working days; until 2025-06-30 }
        time limits { promised 5 working days; from 2025-07-01 }
        """)
    #expect(periods.errors.isEmpty, "\(periods.errors.map(\.message))")
    #expect(try DeadlineFixture.decide(periods, date: "2025-06-23").deadlines?.promised?.description == "2025-07-07")
    #expect(try DeadlineFixture.decide(periods, date: "2025-07-07").deadlines?.promised?.description == "2025-07-14")
  }

  @Test func theNoticeStatesTheDatesTheBasisAndThePeriodsNotCounted() throws {
    let decision = try DeadlineFixture.decide(date: "2025-09-22", materials: ["form"])
    let notice = try #require(DeadlineFixture.standard.notice(for: decision))
    #expect(notice.contains("请于2025年9月28日前补交"))
    #expect(notice.contains("法定办结时限：20个工作日，至2025年10月24日止。\n   依据：Law art. 42"))
    #expect(notice.contains("以下环节所需时间不计入办结时限：现场勘验（最多10个工作日）、hearing（最多20日）。"))
  }

  @Test func theWriterAndCodableAgreeOnDeadlines() throws {
    let decision = try DeadlineFixture.decide(date: "2025-09-22", materials: ["form"])
    let json = String(decoding: decision.jsonBytes, as: UTF8.self)
    #expect(
      json.contains(
        #""deadlines":{"accepted":"2025-09-22","immediate":false,"promised":"2025-10-11","statutory":"2025-10-24","warning":"2025-09-30"}"#
      ))
    #expect(json.contains(#"{"id":"plan","due":"2025-09-28"}"#))
    #expect(try JSONDecoder().decode(Decision.self, from: Data(decision.jsonBytes)) == decision)
  }
}
