import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import ServiceLifecycle
import Synchronization

/// The HTTP decision service (`yici serve`): the routes over a `RuleStore`, its watcher and
/// SIGHUP reloader, on Hummingbird.
///
/// ```swift
/// let rules = try LoadedRules.load(paths: ["rules"])
/// let server = DecisionServer(configuration: ServerConfiguration(port: 8080), rules: rules, logger: logger)
/// try await server.run { port in print("listening on \(port)") }
/// ```
public struct DecisionServer: Sendable {
  /// How it runs.
  public let configuration: ServerConfiguration
  /// The rules it serves, swapped by reloads.
  public let store: RuleStore
  /// Its metrics.
  public let metrics: ServerMetrics
  /// Whether it should be sent requests (`/health/ready`).
  public let readiness = Readiness()
  private let running = RunningGroup()
  /// Where decisions are put on record; nil: they are not (`yici serve --no-decision-log`).
  public let recording: DecisionRecording?
  let logger: Logger

  /// A server of `rules` (which must have no errors) by the configuration, recording its
  /// decisions when given `recording`.
  public init(
    configuration: ServerConfiguration, rules: LoadedRules, logger: Logger, recording: DecisionRecording? = nil
  ) {
    self.configuration = configuration
    self.recording = recording
    self.logger = logger
    metrics = ServerMetrics()
    store = RuleStore(
      rules: rules, paths: configuration.rulePaths, logger: logger, metrics: metrics,
      onReload: recording?.revisions.map { PeerReloader.announcer($0, logger: logger) })
  }

  /// Serves until cancelled, or until SIGTERM or SIGINT (when `signals`): then it stops
  /// accepting connections and lets the requests in flight finish. `onRunning` is told
  /// the port it listens on. With `signals`, SIGHUP reloads the rules.
  public func run(signals: Bool = true, onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
    let readiness = readiness
    // Shut down in reverse order: the HTTP server first (the requests in flight finish),
    // then the decision log (what they queued is written).
    var services: [any Service] = recording.map { [DecisionLogWriter(log: $0.log)] } ?? []
    services.append(
      makeApplication { port in
        readiness.move(to: .ready)
        await onRunning(port)
      })
    if let interval = configuration.watchInterval { services.append(RuleWatcher(store: store, interval: interval)) }
    if signals { services.append(HangUpReloader(store: store)) }
    if let channel = recording?.revisions {
      services.append(PeerReloader(store: store, channel: channel, logger: logger))
    }
    // Last, so the first to hear the signal: the group shuts services down in reverse order.
    services.append(ShutdownWait(readiness: readiness, wait: configuration.shutdownWait))
    let group = ServiceGroup(
      configuration: ServiceGroupConfiguration(
        services: services.map { .init(service: $0) }, gracefulShutdownSignals: signals ? [.sigterm, .sigint] : [],
        logger: logger))
    running.group.withLock { $0 = group }
    try await group.run()
  }

  /// Shuts the running server down as SIGTERM does: `/health/ready` answers 503 at once,
  /// the server accepts for `shutdownWait` more, then stops accepting and lets the requests
  /// in flight finish, and `run` returns.
  public func shutDown() async {
    await running.group.withLock { $0 }?.triggerGracefulShutdown()
  }

  /// The Hummingbird application: the router with every route.
  func makeApplication(onRunning: @escaping @Sendable (Int) async -> Void) -> some ApplicationProtocol {
    let router = Router(context: ServerContext.self, options: .autoGenerateHeadEndpoints)
    router.add(middleware: RequestMiddleware(logger: logger, metrics: metrics))
    addDecisionRoutes(to: router)
    addBatchRoute(to: router)
    addDecisionLogRoutes(to: router)
    addCaseRoutes(to: router)
    addCatalogRoutes(to: router)
    addWebRoutes(to: router)
    addAdminRoutes(to: router)
    addHealthRoutes(to: router)
    let largestBody = max(configuration.maxBodyBytes, configuration.maxBatchBytes)
    let readTimeout = configuration.readTimeout
    let channel = HTTP1Channel.Configuration(
      additionalChannelHandlers: [
        MalformedRequestHandler(), RequestReadDeadline(limit: readTimeout), ContinueHandler(limit: largestBody),
      ],
      idleTimeout: TimeAmount(configuration.idleTimeout))
    return Application(
      router: router,
      server: HTTPServerBuilder { responder in
        DecisionChannel(base: HTTP1Channel(responder: responder, configuration: channel))
      },
      configuration: ApplicationConfiguration(
        address: .hostname(configuration.host, port: configuration.port), serverName: "yici"),
      onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? 0) },
      logger: logger)
  }
}

/// The service group of a running server, for `shutDown()`.
private final class RunningGroup: Sendable {
  let group = Mutex<ServiceGroup?>(nil)
}
