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
      ]),
    Migration(
      version: 2, name: "cases",
      statements: [
        """
        CREATE TABLE cases (
          id TEXT PRIMARY KEY,
          decision_id TEXT NOT NULL UNIQUE,
          service TEXT NOT NULL,
          accepted TEXT NOT NULL,
          immediate INTEGER NOT NULL,
          waived TEXT NOT NULL,
          opened_at BIGINT NOT NULL,
          opened_by TEXT NOT NULL)
        """,
        """
        CREATE TABLE case_events (
          case_id TEXT NOT NULL REFERENCES cases (id),
          seq INTEGER NOT NULL,
          recorded_at BIGINT NOT NULL,
          actor TEXT NOT NULL,
          kind TEXT NOT NULL,
          day TEXT NOT NULL,
          subject TEXT NOT NULL,
          note TEXT NOT NULL,
          PRIMARY KEY (case_id, seq))
        """,
      ]),
  ]

  /// The newest version this build knows.
  public static var latest: Int { migrations.last?.version ?? 0 }
}
