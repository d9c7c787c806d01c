/// Every service and bundle of a checked rule set, immutable and safe to share between threads.
///
/// Compile once with `Checker`, then decide as many applications as you like.
public struct CompiledRuleSet: Sendable {
  /// Services in the order their files were read.
  public let services: [CompiledService]
  /// The working-day calendars (rules/calendar/), which time limits are counted on.
  public let calendars: CompiledCalendars
  /// Bundles (一件事) in the order their files were read; their members are in `services`.
  public let bundles: [CompiledBundle]
  private let index: [String: Int]
  private let bundleIndex: [String: Int]

  /// Creates a rule set from compiled services (ids must be unique), calendars and bundles
  /// over those services.
  public init(
    services: [CompiledService], calendars: CompiledCalendars = CompiledCalendars(), bundles: [CompiledBundle] = []
  ) {
    self.services = services
    self.calendars = calendars
    self.bundles = bundles
    var index: [String: Int] = [:]
    for (offset, service) in services.enumerated() { index[service.id] = offset }
    self.index = index
    var bundleIndex: [String: Int] = [:]
    for (offset, bundle) in bundles.enumerated() { bundleIndex[bundle.id] = offset }
    self.bundleIndex = bundleIndex
  }

  /// The service with an id.
  public func service(_ id: String) -> CompiledService? {
    index[id].map { services[$0] }
  }

  /// The position of the service with an id in `services`.
  public func serviceIndex(_ id: String) -> Int? { index[id] }

  /// The bundle with an id.
  public func bundle(_ id: String) -> CompiledBundle? {
    bundleIndex[id].map { bundles[$0] }
  }

  /// The position of the bundle with an id in `bundles`.
  public func bundleIndex(_ id: String) -> Int? { bundleIndex[id] }

  /// The member services of a bundle, in member order.
  public func members(of bundle: CompiledBundle) -> [CompiledService] {
    bundle.members.map { services[$0.serviceIndex] }
  }
}
