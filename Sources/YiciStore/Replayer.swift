import Foundation
import Yici

/// Decides logged applications again with other rules and tells which decisions would change
/// (`yici replay`): what an author runs before publishing an edit.
///
/// Each decision is made again as it was made (its language, trace and explanation, on its
/// date, named with its revision and id), so an unchanged decision gives the same bytes and is
/// told apart with one comparison; only a changed one is read field by field. The
/// application is the one on record, personal facts masked or hashed: a rule that reads such
/// a fact sees the masked value.
public struct Replayer {
  /// The rules replayed with.
  public let ruleSet: RuleSet
  /// Their revision.
  public let revision: String
  private var deciders: [Key: Decider] = [:]

  private struct Key: Hashable {
    var language: String
    var trace: Bool
    var explanation: Bool
    var revision: String
    var date: String
  }

  /// The most deciders kept (one per variant, revision and date seen).
  static let deciderLimit = 256

  /// A replayer of `ruleSet` (which should have no errors), whose revision is `revision`.
  public init(ruleSet: RuleSet, revision: String) {
    self.ruleSet = ruleSet
    self.revision = revision
  }

  /// Replays the decisions on record from `since` on (all when nil), a page at a time.
  public mutating func replay(_ store: any DecisionStore, since: Date? = nil) async throws(StoreError) -> ReplayReport {
    var report = ReplayReport(revision: revision, replayed: 0, changed: [])
    var after: String?
    repeat {
      let page = try await store.decisions(
        DecisionFilter(from: since, after: after, limit: DecisionFilter.maximumLimit))
      for decision in page.decisions {
        report.replayed += 1
        if let change = replay(decision) { report.changed.append(change) }
      }
      after = page.next
    } while after != nil
    return report
  }

  /// The change in one decision, or nil when the rules decide it the same.
  public mutating func replay(_ decision: StoredDecision) -> ReplayReport.Change? {
    let key = Key(
      language: decision.variant.language, trace: decision.variant.trace, explanation: decision.variant.explanation,
      revision: decision.revision, date: decision.date)
    var decider = deciders[key] ?? makeDecider(key)
    var output: [UInt8] = []
    output.reserveCapacity(decision.decision.utf8.count + 64)
    var failure: String?
    do throws(DecisionError) {
      let application = Array(decision.application.utf8)
      try decider.appendDecision(json: application.span, to: &output)
    } catch {
      failure = error.description
    }
    deciders[key] = decider
    var change = ReplayReport.Change(
      decisionID: decision.id, recordedAt: decision.recordedAt, service: decision.subject, revision: decision.revision,
      outcome: decision.outcome, newOutcome: nil, fields: [], error: failure)
    if failure != nil { return change }
    DecisionIDField.insert(decision.id, into: &output)
    if output.elementsEqual(decision.decision.utf8) { return nil }
    let then = Self.object(Array(decision.decision.utf8))
    let now = Self.object(output)
    change.newOutcome = now["outcome"] as? String
    change.fields = Set(then.keys).union(now.keys).filter { field in
      guard field != "revision", field != "decision_id" else { return false }
      return !Self.same(then[field], now[field])
    }.sorted { Self.fieldOrder($0) < Self.fieldOrder($1) }
    return change.fields.isEmpty ? nil : change
  }

  private mutating func makeDecider(_ key: Key) -> Decider {
    if deciders.count >= Self.deciderLimit { deciders.removeAll() }
    let options = DecisionOptions(
      language: Language(rawValue: key.language) ?? .zh, date: CivilDate(iso: key.date), trace: key.trace,
      explanation: key.explanation, revision: key.revision)
    return Decider(ruleSet, options: options)
  }

  private static func object(_ bytes: [UInt8]) -> [String: Any] {
    (try? JSONSerialization.jsonObject(with: Data(bytes))) as? [String: Any] ?? [:]
  }

  private static func same(_ a: Any?, _ b: Any?) -> Bool {
    guard let a, let b else { return a == nil && b == nil }
    let options: JSONSerialization.WritingOptions = [.sortedKeys, .fragmentsAllowed]
    return (try? JSONSerialization.data(withJSONObject: a, options: options))
      == (try? JSONSerialization.data(withJSONObject: b, options: options))
  }

  /// The documented order of the decision's fields, for listing those that changed.
  static let order = [
    "id", "service", "bundle", "selected", "date", "outcome", "reasons", "members", "materials", "produced",
    "deadlines", "commitments", "questions", "warnings", "trace", "explanation",
  ]

  private static func fieldOrder(_ field: String) -> Int { order.firstIndex(of: field) ?? order.count }
}
