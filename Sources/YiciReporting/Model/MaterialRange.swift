/// How many materials an application to a service must bring, over every application the
/// rules allow: a requirement with alternatives (`any(…)`) counts once.
public struct MaterialRange: Sendable, Hashable {
  /// The fewest any application is asked for (the materials every applicant brings).
  public var atLeast: Int
  /// The most any one application is asked for (materials that exclude each other, as
  /// 结婚证 and 非婚生育说明, are not both counted).
  public var atMost: Int
  /// The requirements declared (in force on the date), whatever their `when`.
  public var declared: Int
  /// Of the declared, those the shared-data platform or the electronic licence library can
  /// supply (`shared`, `source library`): exempt when it does.
  public var shared: Int
  /// Whether `atLeast` and `atMost` were found by trying every case; false when a group of
  /// facts had too many combinations to try, and the bounds are then the safe ones (a
  /// conditional material counted in `atMost`, not in `atLeast`).
  public var exact: Bool

  /// Creates a range.
  public init(atLeast: Int, atMost: Int, declared: Int, shared: Int, exact: Bool) {
    self.atLeast = atLeast
    self.atMost = atMost
    self.declared = declared
    self.shared = shared
    self.exact = exact
  }
}
