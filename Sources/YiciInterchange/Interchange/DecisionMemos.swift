/// What a decider has already written and may write again: explanations and `required`
/// lists, each keyed by the service (its index in the rule set) and the verdicts' bytes
/// that decide it.
///
/// One per `Decider`, shared by the writers of every service it decides: memory grows
/// with the distinct texts written, not with the services in the rule set, and is bounded
/// (each memo starts afresh when full).
final class DecisionMemos {
  /// Explanations, as escaped JSON strings.
  let explanations = BytesMemo(limit: 65_536, byteLimit: 64 << 20)
  /// `required` lists (their ids, comma-separated) by the bits of the materials in them.
  let requiredLists = BytesMemo(limit: 16_384, byteLimit: 4 << 20)
}
