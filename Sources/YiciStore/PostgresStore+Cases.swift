import Foundation
import PostgresNIO

extension PostgresStore: CaseStore {
  /// Records a new case (its decision must have no case yet).
  public func open(_ file: CaseFile) async throws(StoreError) {
    var binds = PostgresBindings()
    binds.append(file.id)
    binds.append(file.decisionID)
    binds.append(file.service)
    binds.append(file.accepted)
    binds.append(file.immediate ? 1 : 0)
    binds.append(StoreValues.waivedJSON(file.waived))
    binds.append(StoreValues.microseconds(file.openedAt))
    binds.append(file.openedBy)
    try await execute(
      PostgresQuery(unsafeSQL: StoreSQL.insertCase, binds: binds),
      "cannot open the case for decision \(file.decisionID)")
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
    var binds = PostgresBindings()
    binds.append(caseID)
    binds.append(event.sequence)
    binds.append(StoreValues.microseconds(event.recordedAt))
    binds.append(event.actor)
    binds.append(event.kind.rawValue)
    binds.append(event.day)
    binds.append(event.subject)
    binds.append(event.note)
    try await execute(
      PostgresQuery(unsafeSQL: StoreSQL.insertEvent, binds: binds), "cannot add the event to case \(caseID)")
  }

  /// Every case with its events, in the order opened (read in one transaction, so that the
  /// events match the cases).
  public func caseFiles() async throws(StoreError) -> [CaseFile] {
    let logger = logger
    return try await run("cannot read the cases") { connection in
      try await connection.withTransaction(logger: logger) { connection in
        try await connection.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ", logger: logger)
        var files: [CaseFile] = []
        for try await row in try await connection.query(PostgresQuery(unsafeSQL: StoreSQL.allCases), logger: logger) {
          files.append(try Self.caseFile(row))
        }
        var index: [String: Int] = [:]
        for (offset, file) in files.enumerated() { index[file.id] = offset }
        for try await row in try await connection.query(PostgresQuery(unsafeSQL: StoreSQL.allEvents), logger: logger) {
          let (caseID, sequence, recordedAt, actor, kind, day, subject, note) = try row.decode(
            (String, Int, Int64, String, String, String, String, String).self)
          guard let offset = index[caseID] else { continue }
          files[offset].events.append(
            Self.event(sequence, recordedAt, actor, kind, day, subject, note))
        }
        return files
      }
    }
  }

  private func execute(_ query: PostgresQuery, _ doing: String) async throws(StoreError) {
    let logger = logger
    try await run(doing) { connection in
      try await connection.query(query, logger: logger)
      return ()
    }
  }

  private func oneCase(_ sql: String, _ key: String) async throws(StoreError) -> CaseFile? {
    let logger = logger
    var binds = PostgresBindings()
    binds.append(key)
    let query = PostgresQuery(unsafeSQL: sql, binds: binds)
    return try await run("cannot read the case") { connection in
      var found: CaseFile?
      for try await row in try await connection.query(query, logger: logger) { found = try Self.caseFile(row) }
      guard var file = found else { return nil }
      var events = PostgresBindings()
      events.append(file.id)
      for try await row in try await connection.query(
        PostgresQuery(unsafeSQL: StoreSQL.eventsOfCase, binds: events), logger: logger)
      {
        let (sequence, recordedAt, actor, kind, day, subject, note) = try row.decode(
          (Int, Int64, String, String, String, String, String).self)
        file.events.append(Self.event(sequence, recordedAt, actor, kind, day, subject, note))
      }
      return file
    }
  }

  private static func caseFile(_ row: PostgresRow) throws -> CaseFile {
    let (id, decisionID, service, accepted, immediate, waived, openedAt, openedBy) = try row.decode(
      (String, String, String, String, Int, String, Int64, String).self)
    return CaseFile(
      id: id, decisionID: decisionID, service: service, accepted: accepted, immediate: immediate != 0,
      waived: StoreValues.waived(waived), openedAt: StoreValues.date(microseconds: openedAt), openedBy: openedBy)
  }

  private static func event(
    _ sequence: Int, _ recordedAt: Int64, _ actor: String, _ kind: String, _ day: String, _ subject: String,
    _ note: String
  ) -> CaseEvent {
    CaseEvent(
      sequence: sequence, recordedAt: StoreValues.date(microseconds: recordedAt), actor: actor,
      kind: CaseEvent.Kind(rawValue: kind) ?? .pause, day: day, subject: subject, note: note)
  }
}
