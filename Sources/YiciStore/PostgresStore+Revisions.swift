import Foundation
import NIOCore
import PostgresNIO

extension PostgresStore: RevisionChannel {
  /// The channel of `NOTIFY`: every server over the database listens on it.
  static let revisionChannel = "yici_revision"

  /// `NOTIFY yici_revision, 'revision'`.
  public func announce(revision: String) async throws(StoreError) {
    let logger = logger
    var binds = PostgresBindings()
    binds.append(Self.revisionChannel)
    binds.append(revision)
    let query = PostgresQuery(unsafeSQL: "SELECT pg_notify($1, $2)", binds: binds)
    try await run("cannot announce revision \(revision) on \(url)") { connection in
      try await connection.query(query, logger: logger)
      return ()
    }
  }

  /// The payloads of `yici_revision`, heard on a connection of its own (`LISTEN` holds it),
  /// made again a second after it is lost.
  public func revisions() -> AsyncStream<String> {
    let url = url
    let logger = logger
    return AsyncStream { continuation in
      let listener = Task {
        while !Task.isCancelled {
          do {
            let connection = try await PostgresConnection.connect(
              configuration: try Self.connectionConfiguration(url, url.tls), id: 1, logger: logger)
            do {
              try await withTaskCancellationHandler {
                try await connection.listen(on: Self.revisionChannel) { notifications in
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
        }
        continuation.finish()
      }
      continuation.onTermination = { _ in listener.cancel() }
    }
  }
}
