import Foundation
import Logging

/// Where the decision log and the cases are kept: a SQLite file in a data folder (the
/// default), or a PostgreSQL database (`--database postgres://…`), shared by several servers.
public enum StoreLocation: Sendable, CustomStringConvertible {
  /// `yici.sqlite` in the folder.
  case folder(String)
  /// The PostgreSQL database at the URL.
  case postgres(DatabaseURL)

  /// The database when `database` is given (a bad URL is refused, saying what is wrong),
  /// else the data folder.
  public init(database: String?, folder: String) throws(StoreError) {
    if let database {
      self = .postgres(try DatabaseURL(database))
    } else {
      self = .folder(folder)
    }
  }

  /// The folder, or the URL without its password.
  public var description: String {
    switch self {
    case .folder(let folder): folder
    case .postgres(let url): url.description
    }
  }

  /// Whether there is a store to read: a data folder must hold its SQLite file (so that
  /// reading a wrong folder is an error, not an empty log); a database is looked at when
  /// opened.
  public var hasStore: Bool {
    switch self {
    case .folder(let folder):
      FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(SQLiteStore.fileName))
    case .postgres: true
    }
  }

  /// Opens the store (creating it, and bringing its schema up to date); a database's calls
  /// are bounded by `timeout` (`PostgresStore.defaultTimeout` unless told).
  public func open(durability: Durability = .durable, timeout: Duration? = nil, logger: Logger? = nil)
    async throws(StoreError) -> any DecisionStore & CaseStore
  {
    switch self {
    case .folder(let folder): try SQLiteStore(folder: folder, durability: durability)
    case .postgres(let url):
      try await PostgresStore(
        url: url, durability: durability, timeout: timeout ?? PostgresStore.defaultTimeout, logger: logger)
    }
  }
}
