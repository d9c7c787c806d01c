import Foundation
import Logging
import NIOSSL
import PostgresNIO

/// The store in a PostgreSQL database through postgres-nio (`yici serve --database
/// postgres://…`), for several servers sharing one record: the same schema and the same SQL
/// as `SQLiteStore` (`Schema`, `StoreSQL`).
///
/// With `Durability.durable` every transaction commits with `synchronous_commit = on` (the
/// server has flushed its write-ahead log when the commit returns, whatever its default);
/// with `.queued`, `off`. Every operation has a bound (`timeout`): while the server is
/// unreachable, calls fail within it (the server answers 503) instead of hanging, and the
/// connection pool reconnects once it is back.
public final class PostgresStore: DecisionStore {
  /// Where the database is.
  public let url: DatabaseURL
  /// How durable a commit is.
  public let durability: Durability
  /// The longest one operation may take before it fails.
  public let timeout: Duration
  /// The longest opening the store (connecting and migrating) may take.
  public let openTimeout: Duration
  let client: PostgresClient
  let logger: Logger
  private let runner: Task<Void, Never>

  /// A lock number of the migrations (`pg_advisory_lock`): two servers starting at once over
  /// one database migrate one after the other.
  static let migrationLock: Int64 = 0x7969_6369

  /// The bound of one operation, unless told otherwise.
  public static let defaultTimeout: Duration = .seconds(5)

  /// Connects to the database at `url` and brings its schema up to `Schema.latest`; fails
  /// with the server named when it cannot be reached within `openTimeout` (10 s unless
  /// told, or `timeout` if longer).
  public init(
    url: DatabaseURL, durability: Durability = .durable, timeout: Duration = defaultTimeout,
    openTimeout: Duration = .seconds(10), logger: Logger? = nil
  ) async throws(StoreError) {
    self.url = url
    self.durability = durability
    self.timeout = timeout
    self.openTimeout = max(openTimeout, timeout)
    let logger = logger ?? Logger(label: "yici.store.postgres", factory: { _ in SwiftLogNoOpLogHandler() })
    self.logger = logger
    var configuration = PostgresClient.Configuration(
      host: url.host, port: url.port, username: url.user, password: url.password, database: url.database,
      tls: Self.clientTLS(url.tls))
    configuration.options.connectTimeout = timeout
    configuration.options.maximumConnections = 8
    let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
    self.client = client
    runner = Task { await client.run() }
    do {
      try await migrate()
    } catch {
      runner.cancel()
      throw error
    }
  }

  deinit { runner.cancel() }

  /// Closes the connections; the store cannot be used after.
  public func shutdown() async {
    runner.cancel()
    await runner.value
  }

  private static func clientTLS(_ mode: DatabaseURL.TLSMode) -> PostgresClient.Configuration.TLS {
    switch mode {
    case .disable: .disable
    case .prefer: .prefer(.makeClientConfiguration())
    case .require: .require(.makeClientConfiguration())
    }
  }

  private func migrate() async throws(StoreError) {
    let url = url
    let logger = logger
    let applied = try await run("cannot reach PostgreSQL at \(url)", direct: true, within: openTimeout) { connection in
      try await connection.query("SELECT pg_advisory_lock(\(Self.migrationLock))", logger: logger)
      do {
        try await connection.query(PostgresQuery(unsafeSQL: Schema.versionTable), logger: logger)
        var versions: [Int] = []
        for try await version in try await connection.query(
          PostgresQuery(unsafeSQL: StoreSQL.appliedVersions), logger: logger
        ).decode(Int.self) {
          versions.append(version)
        }
        if let newest = versions.last, newest > Schema.latest {
          throw StoreError(
            "\(url) has schema version \(newest), newer than this yici knows (\(Schema.latest)): use a newer yici")
        }
        for migration in Schema.migrations where !versions.contains(migration.version) {
          try await connection.withTransaction(logger: logger) { connection in
            for statement in migration.statements {
              try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
            }
            var binds = PostgresBindings()
            binds.append(migration.version)
            binds.append(migration.name)
            binds.append(StoreValues.microseconds(Date()))
            try await connection.query(PostgresQuery(unsafeSQL: StoreSQL.recordVersion, binds: binds), logger: logger)
          }
          versions.append(migration.version)
        }
        try await connection.query(PostgresQuery(unsafeSQL: Self.announcedTable), logger: logger)
        try await connection.query("SELECT pg_advisory_unlock(\(Self.migrationLock))", logger: logger)
        return versions
      } catch {
        _ = try? await connection.query("SELECT pg_advisory_unlock(\(Self.migrationLock))", logger: logger)
        throw error
      }
    }
    logger.debug("PostgreSQL store at \(url): schema versions \(applied)")
  }

  /// Runs `operation` on a connection of the pool (or, `direct`, on one made for it, which
  /// reports why it cannot connect), failing with `doing` and the reason, or when it takes
  /// longer than `within` (`timeout` unless told).
  func run<Value: Sendable>(
    _ doing: String, direct: Bool = false, within limit: Duration? = nil,
    _ operation: @escaping @Sendable (PostgresConnection) async throws -> Value
  ) async throws(StoreError) -> Value {
    let limit = limit ?? timeout
    let client = client
    let url = url
    let logger = logger
    let tls = url.tls
    return try await Deadline.run(
      limit, timedOut: "\(doing): \(url) did not answer within \(Self.seconds(limit))"
    ) {
      do {
        if direct {
          let connection = try await PostgresConnection.connect(
            configuration: try Self.connectionConfiguration(url, tls), id: 0, logger: logger)
          do {
            let value = try await operation(connection)
            try? await connection.close()
            return value
          } catch {
            try? await connection.close()
            throw error
          }
        }
        return try await client.withConnection { connection in try await operation(connection) }
      } catch let error as StoreError {
        throw error
      } catch {
        throw StoreError("\(doing): \(PostgresErrorText.describe(error))")
      }
    }
  }

  static func connectionConfiguration(_ url: DatabaseURL, _ mode: DatabaseURL.TLSMode) throws
    -> PostgresConnection.Configuration
  {
    let tls: PostgresConnection.Configuration.TLS
    switch mode {
    case .disable: tls = .disable
    case .prefer: tls = .prefer(try NIOSSLContext(configuration: .makeClientConfiguration()))
    case .require: tls = .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
    }
    return PostgresConnection.Configuration(
      host: url.host, port: url.port, username: url.user, password: url.password, database: url.database, tls: tls)
  }

  static func seconds(_ duration: Duration) -> String {
    let (seconds, attoseconds) = duration.components
    return attoseconds == 0 ? "\(seconds) s" : String(format: "%.1f s", Double(seconds) + Double(attoseconds) / 1e18)
  }

  /// The most rows in one INSERT (PostgreSQL takes up to 65,535 parameters).
  static let rowsPerInsert = 1000

  /// Writes the decisions in one transaction (`DecisionStore.append(_:)`), committed with
  /// the durability of the store.
  public func append(_ decisions: [StoredDecision]) async throws(StoreError) {
    guard !decisions.isEmpty else { return }
    let queries = stride(from: 0, to: decisions.count, by: Self.rowsPerInsert).map { start in
      let rows = decisions[start..<min(decisions.count, start + Self.rowsPerInsert)]
      var binds = PostgresBindings(capacity: rows.count * StoreSQL.decisionColumnCount)
      for decision in rows { Self.bind(decision, to: &binds) }
      return PostgresQuery(unsafeSQL: StoreSQL.insertDecisions(rows: rows.count), binds: binds)
    }
    let synchronous = durability == .durable ? "on" : "off"
    let logger = logger
    try await run("cannot write \(decisions.count) decisions to \(url)") { connection in
      try await connection.withTransaction(logger: logger) { connection in
        try await connection.query("SET LOCAL synchronous_commit = \(unescaped: synchronous)", logger: logger)
        for query in queries { try await connection.query(query, logger: logger) }
      }
    }
  }

  /// The decision with the id, if on record.
  public func decision(id: String) async throws(StoreError) -> StoredDecision? {
    var binds = PostgresBindings()
    binds.append(id)
    return try await decisions(PostgresQuery(unsafeSQL: StoreSQL.decisionByID, binds: binds)).first
  }

  /// A page of the decisions the filter selects, oldest first.
  public func decisions(_ filter: DecisionFilter) async throws(StoreError) -> DecisionPage {
    let limit = max(1, min(filter.limit, DecisionFilter.maximumLimit))
    var binds = PostgresBindings()
    binds.append(filter.subject)
    binds.append(filter.outcome)
    binds.append(filter.from.map(StoreValues.microseconds))
    binds.append(filter.to.map(StoreValues.microseconds))
    binds.append(filter.after)
    binds.append(limit + 1)
    let rows = try await decisions(PostgresQuery(unsafeSQL: StoreSQL.decisionsFiltered, binds: binds))
    let page = Array(rows.prefix(limit))
    return DecisionPage(decisions: page, next: rows.count > limit ? page.last?.id : nil)
  }

  /// How many decisions are on record.
  public func decisionCount() async throws(StoreError) -> Int {
    let logger = logger
    return try await run("cannot read \(url)") { connection in
      var count = 0
      for try await value in try await connection.query(
        PostgresQuery(unsafeSQL: StoreSQL.decisionCount), logger: logger
      ).decode(Int.self) {
        count = value
      }
      return count
    }
  }

  /// What is wrong with the database: a schema version other than this yici's latest.
  /// (PostgreSQL checks its own pages; there is no `integrity_check` to run.)
  public func integrityProblems() async throws(StoreError) -> [String] {
    let logger = logger
    let versions = try await run("cannot check \(url)") { connection in
      var versions: [Int] = []
      for try await version in try await connection.query(
        PostgresQuery(unsafeSQL: StoreSQL.appliedVersions), logger: logger
      ).decode(Int.self) {
        versions.append(version)
      }
      return versions
    }
    let expected = Schema.migrations.map(\.version)
    return versions == expected ? [] : ["schema versions \(versions), expected \(expected)"]
  }

  private func decisions(_ query: PostgresQuery) async throws(StoreError) -> [StoredDecision] {
    let logger = logger
    return try await run("cannot read \(url)") { connection in
      var decisions: [StoredDecision] = []
      let rows = try await connection.query(query, logger: logger)
      for try await row in rows {
        decisions.append(try Self.decision(row))
      }
      return decisions
    }
  }

  private static func bind(_ decision: StoredDecision, to binds: inout PostgresBindings) {
    binds.append(decision.id)
    binds.append(StoreValues.microseconds(decision.recordedAt))
    binds.append(decision.subject)
    binds.append(decision.kind.rawValue)
    binds.append(decision.revision)
    binds.append(decision.outcome)
    binds.append(decision.date)
    binds.append(decision.variant.language)
    binds.append(decision.variant.trace ? 1 : 0)
    binds.append(decision.variant.explanation ? 1 : 0)
    binds.append(decision.application)
    binds.append(decision.decision)
  }

  private static func decision(_ row: PostgresRow) throws -> StoredDecision {
    let (id, recordedAt, subject, kind, revision, outcome, date, language, trace, explanation, application, decision) =
      try row.decode(
        (String, Int64, String, String, String, String, String, String, Int, Int, String, String).self)
    return StoredDecision(
      id: id, recordedAt: StoreValues.date(microseconds: recordedAt), subject: subject,
      kind: StoredDecision.Kind(rawValue: kind) ?? .service, revision: revision, outcome: outcome, date: date,
      variant: StoredDecision.Variant(language: language, trace: trace != 0, explanation: explanation != 0),
      application: application, decision: decision)
  }
}
