import Foundation
import PostgresNIO

/// The key for hashing personal facts, kept in the database when the store is PostgreSQL,
/// so that every server over it hashes a fact (a 身份证号) the same: made once, by the first
/// server, under the migrations' advisory lock, and read by every other.
extension PostgresStore {
  /// The table of the shared key: one row, the key's 32 bytes in hexadecimal.
  static let hashKeyTable = """
    CREATE TABLE IF NOT EXISTS yici_hash_key (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      key_hex TEXT NOT NULL
    )
    """

  /// The database's key, made if it has none.
  public func sharedHashKey() async throws(StoreError) -> [UInt8] {
    let logger = logger
    var random = SystemRandomNumberGenerator()
    let made = (0..<32).map { _ in UInt8.random(in: 0...255, using: &random) }
    let hex = made.map { String(format: "%02x", $0) }.joined()
    let stored = try await run("cannot read the hash key from \(url)", direct: true, within: openTimeout) {
      connection in
      try await connection.query("SELECT pg_advisory_lock(\(Self.migrationLock))", logger: logger)
      do {
        try await connection.query(PostgresQuery(unsafeSQL: Self.hashKeyTable), logger: logger)
        try await connection.query(
          "INSERT INTO yici_hash_key (id, key_hex) VALUES (1, \(hex)) ON CONFLICT (id) DO NOTHING", logger: logger)
        var keys: [String] = []
        for try await key in try await connection.query(
          "SELECT key_hex FROM yici_hash_key WHERE id = 1", logger: logger
        )
        .decode(String.self) {
          keys.append(key)
        }
        try await connection.query("SELECT pg_advisory_unlock(\(Self.migrationLock))", logger: logger)
        return keys.first ?? ""
      } catch {
        _ = try? await connection.query("SELECT pg_advisory_unlock(\(Self.migrationLock))", logger: logger)
        throw error
      }
    }
    guard let key = Self.bytes(hex: stored), key.count == 32 else {
      throw StoreError("the hash key in \(url) (yici_hash_key) is not a key of 32 bytes")
    }
    return key
  }

  private static func bytes(hex: String) -> [UInt8]? {
    let digits = Array(hex.utf8)
    guard digits.count % 2 == 0 else { return nil }
    var bytes: [UInt8] = []
    for index in stride(from: 0, to: digits.count, by: 2) {
      guard let byte = UInt8(String(decoding: digits[index..<index + 2], as: UTF8.self), radix: 16) else { return nil }
      bytes.append(byte)
    }
    return bytes
  }
}
