import Foundation
import GRDB

/// The store in a SQLite file through GRDB: the default backend (`yici serve --data DIR`
/// keeps `DIR/yici.sqlite`), in WAL mode, so readers never wait for the writer.
///
/// With `Durability.durable` every commit syncs the log to disk (`synchronous = FULL`);
/// with `.queued` only checkpoints do (`NORMAL`: a power cut may lose the last commits,
/// never corrupt the file).
public final class SQLiteStore: DecisionStore {
  /// The database file.
  public let path: String
  let pool: DatabasePool

  /// The database file's name in the data folder.
  public static let fileName = "yici.sqlite"

  /// Opens (or creates) the store in `folder`, creating the folder, and brings its schema
  /// up to `Schema.latest`.
  public init(folder: String, durability: Durability = .durable) throws(StoreError) {
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw StoreError("cannot create the data folder \(folder)", error)
    }
    path = (folder as NSString).appendingPathComponent(Self.fileName)
    var configuration = Configuration()
    let synchronous = durability == .durable ? "FULL" : "NORMAL"
    configuration.busyMode = .timeout(10)
    configuration.prepareDatabase { db in
      try db.execute(sql: "PRAGMA synchronous = \(synchronous)")
    }
    do {
      pool = try DatabasePool(path: path, configuration: configuration)
    } catch {
      throw StoreError("cannot open \(path)", error)
    }
    try migrate()
  }

  private func migrate() throws(StoreError) {
    do {
      try pool.write { db in try db.execute(sql: Schema.versionTable) }
      let applied = try pool.read { db in try Int.fetchAll(db, sql: StoreSQL.appliedVersions) }
      if let newest = applied.last, newest > Schema.latest {
        throw StoreError(
          "\(path) has schema version \(newest), newer than this yici knows (\(Schema.latest)): use a newer yici")
      }
      for migration in Schema.migrations where !applied.contains(migration.version) {
        try pool.write { db in
          for statement in migration.statements { try db.execute(sql: statement) }
          try db.execute(
            sql: StoreSQL.recordVersion,
            arguments: [migration.version, migration.name, StoreValues.microseconds(Date())])
        }
      }
    } catch let error as StoreError {
      throw error
    } catch {
      throw StoreError("cannot bring \(path) up to schema version \(Schema.latest)", error)
    }
  }

  /// Writes the decisions in one transaction (`DecisionStore.append(_:)`).
  public func append(_ decisions: [StoredDecision]) async throws(StoreError) {
    guard !decisions.isEmpty else { return }
    do {
      try await pool.write { db in
        let statement = try db.cachedStatement(sql: StoreSQL.insertDecision)
        for decision in decisions {
          try statement.execute(arguments: Self.arguments(decision))
        }
      }
    } catch {
      throw StoreError("cannot write \(decisions.count) decisions to \(path)", error)
    }
  }

  /// The decision with the id, if on record.
  public func decision(id: String) async throws(StoreError) -> StoredDecision? {
    do {
      return try await pool.read { db in
        try Row.fetchOne(db, sql: StoreSQL.decisionByID, arguments: [id]).map(Self.decision)
      }
    } catch {
      throw StoreError("cannot read \(path)", error)
    }
  }

  /// A page of the decisions the filter selects, oldest first.
  public func decisions(_ filter: DecisionFilter) async throws(StoreError) -> DecisionPage {
    let limit = max(1, min(filter.limit, DecisionFilter.maximumLimit))
    let arguments: StatementArguments = [
      filter.subject, filter.outcome, filter.from.map(StoreValues.microseconds),
      filter.to.map(StoreValues.microseconds),
      filter.after, limit + 1,
    ]
    do {
      let rows = try await pool.read { db in
        try Row.fetchAll(db, sql: StoreSQL.decisionsFiltered, arguments: arguments).map(Self.decision)
      }
      let page = Array(rows.prefix(limit))
      return DecisionPage(decisions: page, next: rows.count > limit ? page.last?.id : nil)
    } catch {
      throw StoreError("cannot read \(path)", error)
    }
  }

  /// How many decisions are on record.
  public func decisionCount() async throws(StoreError) -> Int {
    do {
      return try await pool.read { db in try Int.fetchOne(db, sql: StoreSQL.decisionCount) ?? 0 }
    } catch {
      throw StoreError("cannot read \(path)", error)
    }
  }

  /// What `PRAGMA integrity_check` finds (nothing when the file is sound).
  public func integrityProblems() async throws(StoreError) -> [String] {
    do {
      let lines = try await pool.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
      return lines == ["ok"] ? [] : lines
    } catch {
      throw StoreError("cannot check \(path)", error)
    }
  }

  private static func arguments(_ decision: StoredDecision) -> StatementArguments {
    [
      decision.id, StoreValues.microseconds(decision.recordedAt), decision.subject, decision.kind.rawValue,
      decision.revision,
      decision.outcome, decision.date, decision.variant.language, decision.variant.trace ? 1 : 0,
      decision.variant.explanation ? 1 : 0, decision.application, decision.decision,
    ]
  }

  private static func decision(_ row: Row) -> StoredDecision {
    StoredDecision(
      id: row[0], recordedAt: StoreValues.date(microseconds: row[1]), subject: row[2],
      kind: StoredDecision.Kind(rawValue: row[3]) ?? .service, revision: row[4], outcome: row[5], date: row[6],
      variant: StoredDecision.Variant(language: row[7], trace: (row[8] as Int) != 0, explanation: (row[9] as Int) != 0),
      application: row[10], decision: row[11])
  }
}
