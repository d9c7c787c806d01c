/// How servers sharing one store tell each other that new rules are serving, so that a
/// reload on one is a reload on all (PostgreSQL's LISTEN/NOTIFY, `PostgresStore`). A server
/// that hears a revision it does not serve reloads its own rule files.
public protocol RevisionChannel: Sendable {
  /// Tells every server listening that `revision` is serving here now.
  func announce(revision: String) async throws(StoreError)
  /// The revisions the servers announce (this one's too), from now on, until the stream is
  /// dropped; a lost connection is made again.
  func revisions() -> AsyncStream<String>
}
