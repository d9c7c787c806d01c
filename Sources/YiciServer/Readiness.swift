import Synchronization

/// Whether the server should be sent requests, as `GET /health/ready` says: `starting`
/// until it accepts connections (its rules are compiled before it listens), `ready` while
/// it serves, `draining` from the shutdown signal on (it finishes what is in flight and
/// then stops accepting). A load balancer sends requests only while it is `ready`.
public final class Readiness: Sendable {
  /// The states, in the order a server goes through them.
  public enum State: UInt8, Sendable {
    /// The server is not yet accepting connections.
    case starting
    /// The rules are loaded and the server accepts connections.
    case ready
    /// SIGTERM (or SIGINT, or `shutDown()`) was received: the server is shutting down.
    case draining

    /// The word of `/health/ready`'s `status`.
    public var word: String {
      switch self {
      case .starting: "starting"
      case .ready: "ready"
      case .draining: "draining"
      }
    }

    /// Why, in the words of `/health/ready`'s `reason`.
    public var reason: String {
      switch self {
      case .starting: "the server is not accepting connections yet"
      case .ready: "the rules are loaded and the server accepts connections"
      case .draining:
        "the server is shutting down: it will stop accepting connections and finish the requests in flight"
      }
    }
  }

  private let value = Atomic<UInt8>(State.starting.rawValue)

  init() {}

  /// The state now.
  public var state: State { State(rawValue: value.load(ordering: .acquiring)) ?? .starting }

  /// Moves to `state`; a draining server never becomes ready again.
  func move(to state: State) {
    _ = value.max(state.rawValue, ordering: .acquiringAndReleasing)
  }
}
