import Foundation
import Testing
import Yici
import YiciTestSupport

/// Electronic supervision (电子监察): a case's state, counted on the service's calendar with
/// its pauses, warning point and the maxima of the periods not counted.
@Suite struct CaseTrackingTests {
  let rules = DeadlineFixture.standard

  func track(today: String, pauses: [CaseRecord.Pause] = [], immediate: Bool? = nil) throws -> CaseReport {
    try rules.track(
      CaseRecord(
        id: "case-1", service: "demo", accepted: CivilDate(iso: "2025-09-22")!, immediate: immediate, pauses: pauses,
        today: CivilDate(iso: today)!))
  }

  func date(_ text: String) -> CivilDate { CivilDate(iso: text)! }

  @Test func runningThenWarningThenDueThenOverdue() throws {
    let running = try track(today: "2025-09-26")
    #expect(running.state == .running && running.daysUsed == 4 && running.daysLeft == 6)
    #expect(running.watched == "promised" && running.due == date("2025-10-11") && running.warning == date("2025-09-30"))
    #expect(running.statutoryDue == date("2025-10-24"))
    #expect(try track(today: "2025-09-30").state == .warning)
    #expect(try track(today: "2025-10-11").state == .dueToday)
    let overdue = try track(today: "2025-10-13")
    #expect(overdue.state == .overdue && overdue.daysOverdue == 1 && overdue.daysLeft == 0)
  }

  @Test func aPauseStopsTheClockAndMovesTheDueDate() throws {
    let open = try track(today: "2025-09-26", pauses: [.init(kind: "site_inspection", start: date("2025-09-25"))])
    #expect(open.state == .paused && open.daysUsed == 2 && open.daysPaused == 2)
    let closed = try track(
      today: "2025-10-09", pauses: [.init(kind: "site_inspection", start: date("2025-09-25"), end: date("2025-09-26"))])
    #expect(closed.due == date("2025-10-14") && closed.unpausedDue == date("2025-10-11"))
    #expect(closed.overlongPauses.isEmpty)
  }

  @Test func aPauseBeyondItsMaximumIsFlagged() throws {
    let report = try track(
      today: "2025-10-21", pauses: [.init(kind: "site_inspection", start: date("2025-09-25"), end: date("2025-10-20"))])
    let overrun = try #require(report.overlongPauses.first)
    #expect(overrun.kind == "site_inspection" && overrun.length == 14 && overrun.excess == 4)
    #expect(overrun.maximum == .workingDays(10))
  }

  @Test func anImmediateCaseIsDueOnAcceptance() throws {
    let report = try track(today: "2025-09-23", immediate: true)
    #expect(report.watched == "immediate" && report.due == date("2025-09-22") && report.state == .overdue)
  }

  @Test func whatCannotBeTrackedSaysWhy() throws {
    #expect(throws: TrackingError.unknownPauseKind("补正", known: ["site_inspection", "hearing"])) {
      try track(today: "2025-09-26", pauses: [.init(kind: "补正", start: date("2025-09-25"))])
    }
    #expect(throws: TrackingError.unknownService("nope")) {
      try rules.track(CaseRecord(service: "nope", accepted: date("2025-09-22"), today: date("2025-09-22")))
    }
    #expect(throws: TrackingError.clock(.calendar(.yearNotCovered(2028, covered: [2024, 2025, 2026, 2027])))) {
      try rules.track(CaseRecord(service: "demo", accepted: date("2027-12-28"), today: date("2027-12-29")))
    }
  }

  @Test func aCaseIsReadFromJSON() throws {
    let json =
      #"{"service": "demo", "accepted": "2025-09-22", "today": "2025-09-26", "pauses": [{"kind": "hearing", "start": "2025-09-24"}]}"#
    let record = try JSONDecoder().decode(CaseRecord.self, from: Data(json.utf8))
    #expect(record.pauses == [.init(kind: "hearing", start: date("2025-09-24"))])
    #expect(try rules.track(record).state == .paused)
  }
}
