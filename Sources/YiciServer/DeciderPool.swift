import Synchronization
import Yici

/// Deciders of one rule set and one set of options, lent to one request at a time.
///
/// A `Decider` keeps what deciding a service prepares and its memos, and belongs to one
/// thread at a time; the pool keeps those that requests have used so the next request
/// starts warm. It holds at most `limit` idle deciders (as many as requests ran at once).
final class DeciderPool: Sendable {
  private let ruleSet: RuleSet
  private let options: DecisionOptions
  private let idle = Mutex<[Lent]>([])
  static let limit = 64

  /// A decider while it is out of the pool (one request holds it).
  final class Lent: @unchecked Sendable {
    var decider: Decider
    init(_ decider: Decider) { self.decider = decider }
  }

  init(ruleSet: RuleSet, options: DecisionOptions) {
    self.ruleSet = ruleSet
    self.options = options
  }

  /// Runs `body` with a decider, made when none is idle, and puts it back.
  func with(_ body: (inout Decider) throws(DecisionError) -> Void) throws(DecisionError) {
    let lent = idle.withLock { $0.popLast() } ?? Lent(Decider(ruleSet, options: options))
    defer { idle.withLock { if $0.count < Self.limit { $0.append(lent) } } }
    try body(&lent.decider)
  }
}
