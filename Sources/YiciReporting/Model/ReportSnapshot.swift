import YiciCalendar

/// The report's figures on one date: the items in force that day, and the targets checked
/// on them.
public struct ReportSnapshot: Sendable {
  /// The date.
  public var date: CivilDate
  /// The items in force on the date, in the order their files were read.
  public var services: [ServiceFigures]
  /// The bundles (一件事) in force on the date, in the order their files were read.
  public var bundles: [BundleFigures]
  /// Each reform target, in the order of `ReformTarget.allCases`.
  public var targets: [TargetCheck]

  /// Creates a snapshot.
  public init(date: CivilDate, services: [ServiceFigures], bundles: [BundleFigures] = [], targets: [TargetCheck]) {
    self.date = date
    self.services = services
    self.bundles = bundles
    self.targets = targets
  }

  /// The figures of the item with an id.
  public func service(_ id: String) -> ServiceFigures? {
    services.first { $0.id == id }
  }

  /// The figures of the bundle with an id.
  public func bundle(_ id: String) -> BundleFigures? {
    bundles.first { $0.id == id }
  }

  /// The sums over the items.
  public var totals: ReportTotals { ReportTotals(services) }
}

/// Sums over the items of a snapshot.
public struct ReportTotals: Sendable, Hashable {
  /// How many items are in force.
  public var items: Int
  /// How many need at most one visit.
  public var atMostOneVisit: Int
  /// How many are 即办件 (every application handled on the spot).
  public var immediate: Int
  /// The fewest materials, summed over the items.
  public var materialsAtLeast: Int
  /// The most materials, summed over the items.
  public var materialsAtMost: Int

  /// Sums the figures of the items.
  public init(_ services: [ServiceFigures]) {
    items = services.count
    atMostOneVisit = services.filter { $0.atMostOneVisit == true }.count
    immediate = services.filter { $0.limits.handling == .immediate }.count
    materialsAtLeast = services.reduce(0) { $0 + $1.materials.atLeast }
    materialsAtMost = services.reduce(0) { $0 + $1.materials.atMost }
  }
}
