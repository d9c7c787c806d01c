import Foundation

/// How `yici serve` runs: where it listens, what it serves, its limits and who may do what.
public struct ServerConfiguration: Sendable {
  /// The address to listen on.
  public var host: String
  /// The port to listen on; 0 takes a free one (the tests do).
  public var port: Int
  /// The rule files or folders served and watched.
  public var rulePaths: [String]
  /// The most bytes a request body may have, but for a batch's: 413 beyond.
  public var maxBodyBytes: Int
  /// The most bytes a batch body may have: 413 beyond (a longer stream is cut with an error line).
  public var maxBatchBytes: Int
  /// How long a client may take to send a request: its head from its first byte, its body
  /// (not a batch's) from when the route reads it, a body the route left unread from the
  /// response's end. `408` after it where a response can still be given; the connection is
  /// closed.
  public var readTimeout: Duration
  /// How long a connection may stay idle (no bytes either way) before it is closed.
  public var idleTimeout: Duration
  /// The admin token: reloading needs it as a bearer token; nil turns those endpoints off.
  public var adminToken: AdminToken?
  /// Whether deciding needs the admin token too (by default anyone may decide).
  public var decisionsNeedToken: Bool
  /// How often the rule files are looked at for changes; nil: not watched.
  public var watchInterval: Duration?
  /// How long a server told to shut down (SIGTERM) keeps accepting while `/health/ready`
  /// answers 503, so a load balancer stops sending it requests first; then it stops
  /// accepting and finishes the requests in flight.
  public var shutdownWait: Duration
  /// How many threads decide one batch (`ParallelBatchDecider`'s jobs): by default one
  /// per core, as `yici eval --batch`.
  public var batchJobs: Int

  /// A configuration with the documented defaults.
  public init(
    host: String = "127.0.0.1", port: Int = 8080, rulePaths: [String] = ["rules"],
    maxBodyBytes: Int = ServerLimits.bodyBytes, maxBatchBytes: Int = ServerLimits.batchBytes,
    readTimeout: Duration = ServerLimits.readTimeout, idleTimeout: Duration = ServerLimits.idleTimeout,
    adminToken: AdminToken? = nil, decisionsNeedToken: Bool = false, watchInterval: Duration? = .milliseconds(500),
    shutdownWait: Duration = .zero, batchJobs: Int = ProcessInfo.processInfo.activeProcessorCount
  ) {
    self.host = host
    self.port = port
    self.rulePaths = rulePaths
    self.maxBodyBytes = maxBodyBytes
    self.maxBatchBytes = maxBatchBytes
    self.readTimeout = readTimeout
    self.idleTimeout = idleTimeout
    self.adminToken = adminToken
    self.decisionsNeedToken = decisionsNeedToken
    self.watchInterval = watchInterval
    self.shutdownWait = shutdownWait
    self.batchJobs = max(1, batchJobs)
  }
}

/// The default limits of the server (the README lists them).
public enum ServerLimits {
  /// A request body: 1 MiB, the limit of one application (`InterchangeLimits.applicationBytes`).
  public static let bodyBytes = 1 << 20
  /// A batch body: 256 MiB.
  public static let batchBytes = 256 << 20
  /// Sending a request's head, or its body: 10 seconds each.
  public static let readTimeout = Duration.seconds(10)
  /// An idle connection: 60 seconds.
  public static let idleTimeout = Duration.seconds(60)
}
