/// Every service of a checked rule set, immutable and safe to share between threads.
///
/// Compile once with `Checker`, then decide as many applications as you like.
public struct CompiledRuleSet: Sendable {
  /// Services in the order their files were read.
  public let services: [CompiledService]
  /// The working-day calendars (rules/calendar/), which time limits are counted on.
  public let calendars: CompiledCalendars
  private let index: [String: Int]

  /// Creates a rule set from compiled services (ids must be unique) and calendars.
  public init(services: [CompiledService], calendars: CompiledCalendars = CompiledCalendars()) {
    self.services = services
    self.calendars = calendars
    var index: [String: Int] = [:]
    for (offset, service) in services.enumerated() { index[service.id] = offset }
    self.index = index
  }

  /// The service with an id.
  public func service(_ id: String) -> CompiledService? {
    index[id].map { services[$0] }
  }

  /// The position of the service with an id in `services`.
  public func serviceIndex(_ id: String) -> Int? { index[id] }
}
