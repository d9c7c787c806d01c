/// A target of the reform documents (the seeds), checked against the rules.
public enum ReformTarget: String, Sendable, Hashable, CaseIterable {
  /// Seed 000: 最多跑一次的事项不得低于事项总数的50% — at least half of the items need at
  /// most one visit.
  case oneVisitShare = "one_visit_share"
  /// Seed 000: 承诺办理时间整体缩短20%以上 — every promised limit at least 20% shorter than
  /// the statutory one (as the checker's W0305 reads it).
  case promisedShortened = "promised_shortened"
  /// Seed 004: 有特殊环节的相对复杂的事项，承诺时限比法定时限压缩一半 — an item with special
  /// procedures (不计入时限) promises at most half its statutory limit.
  case complexHalved = "complex_halved"
  /// Seed 004: 无特殊环节的相对简单的事项调整为即办件 — an item without special procedures
  /// is 即办件 (at least for the applications its `immediate when` names).
  case simpleImmediate = "simple_immediate"
  /// Seed 004: 单个事项办理环节原则上不超过4个 — at most 4 steps per item.
  case atMostFourSteps = "at_most_4_steps"

  /// The seed document that sets the target.
  public var seed: String {
    switch self {
    case .oneVisitShare, .promisedShortened: "000"
    case .complexHalved, .simpleImmediate, .atMostFourSteps: "004"
    }
  }
}
