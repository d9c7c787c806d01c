import Foundation
import NIOCore
import PostgresNIO

extension PostgresStore: RevisionChannel {
  /// The channel of `NOTIFY`: every server over the database listens on it.
  static let revisionChannel = "yici_revision"

  /// The revision last announced (one row), for a server whose listener was down when it
  /// was: it reads it once it listens again. Made with the schema, under its lock.
  static let announcedTable = """
    CREATE TABLE IF NOT EXISTS yici_announced_revision (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      revision TEXT NOT NULL
    )
    """

  /// `NOTIFY yici_revision, 'revision'`, and the revision kept as the one last announced
  /// (in one transaction).
  public func announce(revision: String) async throws(StoreError) {
    let logger = logger
    var binds = PostgresBindings()
    binds.append(Self.revisionChannel)
    binds.append(revision)
    let query = PostgresQuery(unsafeSQL: "SELECT pg_notify($1, $2)", binds: binds)
    try await run("cannot announce revision \(revision) on \(url)") { connection in
      try await connection.withTransaction(logger: logger) { connection in
        try await connection.query(
          """
          INSERT INTO yici_announced_revision (id, revision) VALUES (1, \(revision))
          ON CONFLICT (id) DO UPDATE SET revision = excluded.revision
          """, logger: logger)
        try await connection.query(query, logger: logger)
      }
      return ()
    }
  }

  /// The revision last announced, if any.
  func announcedRevision() async throws(StoreError) -> String? {
    let logger = logger
    return try await run("cannot read the announced revision on \(url)") { connection in
      var revisions: [String] = []
      for try await revision in try await connection.query(
        "SELECT revision FROM yici_announced_revision WHERE id = 1", logger: logger
      ).decode(String.self) {
        revisions.append(revision)
      }
      return revisions.first
    }
  }

  /// The payloads of `yici_revision`, heard on a connection of its own (`LISTEN` holds it),
  /// made again a second after it is lost; once it listens again, the revision last
  /// announced comes first (what was announced while it was down is not missed).
  public func revisions() -> AsyncStream<String> {
    let url = url
    let logger = logger
    return AsyncStream { continuation in
      let listener = Task {
        var reconnected = false
        while !Task.isCancelled {
          do {
            let catchUp = reconnected
            let connection = try await PostgresConnection.connect(
              configuration: try Self.connectionConfiguration(url, url.tls), id: 1, logger: logger)
            do {
              try await withTaskCancellationHandler {
                try await connection.listen(on: Self.revisionChannel) { notifications in
                  if catchUp {
                    do throws(StoreError) {
                      if let revision = try await self.announcedRevision() { continuation.yield(revision) }
                    } catch {
                      logger.warning("cannot catch up with the revisions announced: \(error)")
                    }
                  }
                  for try await notification in notifications { continuation.yield(notification.payload) }
                }
              } onCancel: {
                let closing: EventLoopFuture<Void> = connection.close()
                _ = closing
              }
            } catch {
              logger.warning("lost the revision channel of \(url): \(PostgresErrorText.describe(error))")
            }
            try? await connection.close()
          } catch {
            logger.debug("cannot listen on \(url): \(PostgresErrorText.describe(error))")
          }
          try? await Task.sleep(for: .seconds(1))
          reconnected = true
        }
        continuation.finish()
      }
      continuation.onTermination = { _ in listener.cancel() }
    }
  }
}
