import Foundation
import Testing
import YiciStore
import YiciTestSupport

/// The backends the store's tests run against: SQLite always, PostgreSQL when
/// `YICI_TEST_POSTGRES` names a server (`TestPostgres`), each test in a fresh database of
/// its own.
enum StoreBackend: String, CaseIterable, CustomTestStringConvertible, Sendable {
  case sqlite, postgres

  var testDescription: String { rawValue }

  /// SQLite, and PostgreSQL when a server is given.
  static var available: [StoreBackend] { TestPostgres.server == nil ? [.sqlite] : [.sqlite, .postgres] }

  /// A fresh, empty place for a store of this backend.
  func makeLocation() throws -> TestLocation {
    switch self {
    case .sqlite:
      let folder = FileManager.default.temporaryDirectory.appendingPathComponent("yici-store-\(UUID().uuidString)")
      return TestLocation(
        location: .folder(folder.path), sql: nil, cleanup: { try? FileManager.default.removeItem(at: folder) })
    case .postgres:
      let (url, drop) = try TestPostgres.makeDatabase()
      return TestLocation(location: .postgres(try DatabaseURL(url)), sql: url, cleanup: drop)
    }
  }
}

/// A place for a store, removed by `cleanup`.
struct TestLocation: Sendable {
  var location: StoreLocation
  /// The database's URL for psql (PostgreSQL).
  var sql: String?
  var cleanup: @Sendable () -> Void

  /// The store there. (A database's calls get a long bound: a full `swift test` keeps both
  /// cores busy, and a test of the store must not fail for the machine's load.)
  func open(durability: Durability = .durable) async throws -> any DecisionStore & CaseStore {
    try await location.open(durability: durability, timeout: .seconds(30))
  }

  /// Runs SQL on the store's database underneath (sqlite3, or psql).
  func execute(_ statement: String) throws {
    if let sql {
      try TestPostgres.psql(sql, statement)
      return
    }
    guard case .folder(let folder) = location else { return }
    let sqlite = Process()
    sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
    sqlite.arguments = [folder + "/" + SQLiteStore.fileName, statement]
    try sqlite.run()
    sqlite.waitUntilExit()
    guard sqlite.terminationStatus == 0 else { throw StoreError("sqlite3 failed on \(statement)") }
  }
}
