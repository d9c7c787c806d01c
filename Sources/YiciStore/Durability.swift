/// When the decision log acknowledges a decision (`yici serve --log-ack`).
public enum Durability: String, Sendable, CaseIterable {
  /// Only once its record is durable on disk (committed with a full sync), the default: a
  /// decision returned to a caller is on record whatever happens to the server after.
  case durable
  /// As soon as its record is queued: faster, but a crash loses the records still queued
  /// (at most the queue's capacity), and the database syncs less often.
  case queued
}
