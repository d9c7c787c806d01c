import ServiceLifecycle

/// The first service to hear the shutdown signal (the group shuts its services down in
/// reverse order, and this one is last): it marks the server `draining`, so
/// `/health/ready` answers 503, then keeps the server accepting for `wait` (time for a load
/// balancer to notice) before the application stops accepting and finishes what is in flight.
struct ShutdownWait: Service {
  let readiness: Readiness
  let wait: Duration

  func run() async throws {
    do {
      try await gracefulShutdown()
    } catch {
      return  // cancelled: the group is going down without draining
    }
    readiness.move(to: .draining)
    if wait > .zero { try? await Task.sleep(for: wait) }
  }
}
