/// Where decisions and cases are kept: the one interface every backend implements (SQLite
/// through GRDB, `SQLiteStore`; PostgreSQL through postgres-nio, `PostgresStore`).
///
/// The schema and the SQL are written once (`Schema`, `StoreSQL`), in the SQL both backends
/// read; the methods are async so that a networked backend fits.
public protocol DecisionStore: Sendable {
  /// Writes the decisions in one transaction: all of them are durable when it returns (as
  /// durable as the store is configured to be), or none is written.
  func append(_ decisions: [StoredDecision]) async throws(StoreError)
  /// The decision with the id, if on record.
  func decision(id: String) async throws(StoreError) -> StoredDecision?
  /// A page of the decisions the filter selects, oldest first.
  func decisions(_ filter: DecisionFilter) async throws(StoreError) -> DecisionPage
  /// How many decisions are on record.
  func decisionCount() async throws(StoreError) -> Int
  /// The problems an integrity check of the database finds (none when it is sound).
  func integrityProblems() async throws(StoreError) -> [String]
}
