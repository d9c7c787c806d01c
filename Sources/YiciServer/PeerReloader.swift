import Logging
import ServiceLifecycle
import YiciStore

/// Servers over one database serve the same rules: a reload that puts new rules in service
/// here is announced on the database's channel, and a revision announced there that this
/// server does not serve makes it reload its own rule files (trigger `peer`). A peer's
/// reload is not announced again, so two servers never echo each other.
struct PeerReloader: Service {
  let store: RuleStore
  let channel: any RevisionChannel
  let logger: Logger

  /// What the rule store calls after a reload: announces the new revision (in the
  /// background: a reload never waits for the database).
  static func announcer(_ channel: any RevisionChannel, logger: Logger) -> @Sendable (ReloadOutcome) -> Void {
    { outcome in
      guard outcome.trigger != .peer else { return }
      Task {
        do throws(StoreError) {
          try await channel.announce(revision: outcome.revision)
        } catch {
          logger.warning("the other servers were not told of revision \(outcome.revision): \(error)")
        }
      }
    }
  }

  func run() async throws {
    let store = store
    let channel = channel
    let logger = logger
    await cancelWhenGracefulShutdown {
      for await revision in channel.revisions() {
        guard revision != store.current.revision else { continue }
        logger.info("another server serves revision \(revision): reloading")
        let outcome = await store.reload(trigger: .peer)
        if outcome.revision != revision {
          logger.warning(
            "reloaded for revision \(revision) but serve \(outcome.revision): are the rule files the same?")
        }
      }
    }
  }
}
