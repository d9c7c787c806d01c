import Foundation
import GRDB

extension SQLiteStore: CaseStore {
  /// Records a new case (its decision must be on record and have no case yet).
  public func open(_ file: CaseFile) async throws(StoreError) {
    let waived = StoreValues.waivedJSON(file.waived)
    let arguments: StatementArguments = [
      file.id, file.decisionID, file.service, file.accepted, file.immediate ? 1 : 0, waived,
      StoreValues.microseconds(file.openedAt), file.openedBy,
    ]
    do {
      try await pool.write { db in try db.execute(sql: StoreSQL.insertCase, arguments: arguments) }
    } catch {
      throw StoreError("cannot open the case for decision \(file.decisionID)", error)
    }
  }

  /// The case with the id, with its events.
  public func caseFile(id: String) async throws(StoreError) -> CaseFile? {
    try await oneCase(StoreSQL.caseByID, id)
  }

  /// The case opened from the decision, with its events.
  public func caseFile(decisionID: String) async throws(StoreError) -> CaseFile? {
    try await oneCase(StoreSQL.caseByDecision, decisionID)
  }

  /// Appends an event at its sequence (a taken sequence fails: someone else added one).
  public func append(_ event: CaseEvent, to caseID: String) async throws(StoreError) {
    let arguments: StatementArguments = [
      caseID, event.sequence, StoreValues.microseconds(event.recordedAt), event.actor, event.kind.rawValue, event.day,
      event.subject, event.note,
    ]
    do {
      try await pool.write { db in try db.execute(sql: StoreSQL.insertEvent, arguments: arguments) }
    } catch {
      throw StoreError("cannot add the event to case \(caseID)", error)
    }
  }

  /// Every case with its events, in the order opened.
  public func caseFiles() async throws(StoreError) -> [CaseFile] {
    do {
      return try await pool.read { db in
        var files = try Row.fetchAll(db, sql: StoreSQL.allCases).map(Self.caseFile)
        var index: [String: Int] = [:]
        for (offset, file) in files.enumerated() { index[file.id] = offset }
        for row in try Row.fetchAll(db, sql: StoreSQL.allEvents) {
          let caseID: String = row[0]
          guard let offset = index[caseID] else { continue }
          files[offset].events.append(Self.event(row, from: 1))
        }
        return files
      }
    } catch {
      throw StoreError("cannot read the cases", error)
    }
  }

  private func oneCase(_ sql: String, _ key: String) async throws(StoreError) -> CaseFile? {
    do {
      return try await pool.read { db in
        guard var file = try Row.fetchOne(db, sql: sql, arguments: [key]).map(Self.caseFile) else { return nil }
        file.events = try Row.fetchAll(db, sql: StoreSQL.eventsOfCase, arguments: [file.id]).map {
          Self.event($0, from: 0)
        }
        return file
      }
    } catch {
      throw StoreError("cannot read the case", error)
    }
  }

  private static func caseFile(_ row: Row) -> CaseFile {
    CaseFile(
      id: row[0], decisionID: row[1], service: row[2], accepted: row[3], immediate: (row[4] as Int) != 0,
      waived: StoreValues.waived(row[5]), openedAt: StoreValues.date(microseconds: row[6]), openedBy: row[7])
  }

  private static func event(_ row: Row, from column: Int) -> CaseEvent {
    CaseEvent(
      sequence: row[column], recordedAt: StoreValues.date(microseconds: row[column + 1]), actor: row[column + 2],
      kind: CaseEvent.Kind(rawValue: row[column + 3]) ?? .pause, day: row[column + 4], subject: row[column + 5],
      note: row[column + 6])
  }
}
