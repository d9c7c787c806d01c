/// The store's schema: its migrations, versioned in code, in SQL that SQLite and PostgreSQL
/// both read (TEXT, BIGINT and INTEGER columns; times as microseconds since 1970).
///
/// A database records the versions applied in `yici_schema`; opening it applies the newer
/// ones in order, each in its own transaction. A migration, once released, is never edited:
/// a change is a new migration.
public enum Schema {
  /// One step of the schema.
  public struct Migration: Sendable {
    /// Its version, from 1, one more than the one before.
    public let version: Int
    /// What it adds.
    public let name: String
    /// Its statements, run in order in one transaction.
    public let statements: [String]
  }

  /// The table of the versions applied.
  static let versionTable = """
    CREATE TABLE IF NOT EXISTS yici_schema (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)
    """

  /// Every migration, in order.
  public static let migrations: [Migration] = [
    Migration(
      version: 1, name: "decision log",
      statements: [
        """
        CREATE TABLE decisions (
          id TEXT PRIMARY KEY,
          recorded_at BIGINT NOT NULL,
          subject TEXT NOT NULL,
          kind TEXT NOT NULL,
          revision TEXT NOT NULL,
          outcome TEXT NOT NULL,
          decision_date TEXT NOT NULL,
          language TEXT NOT NULL,
          with_trace INTEGER NOT NULL,
          with_explanation INTEGER NOT NULL,
          application TEXT NOT NULL,
          decision TEXT NOT NULL)
        """,
        "CREATE INDEX decisions_by_time ON decisions (recorded_at)",
        "CREATE INDEX decisions_by_subject ON decisions (subject, id)",
        "CREATE INDEX decisions_by_outcome ON decisions (outcome, id)",
      ])
  ]

  /// The newest version this build knows.
  public static var latest: Int { migrations.last?.version ?? 0 }
}
