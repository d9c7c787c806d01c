import Foundation
import Logging
import Synchronization
import Yici
import YiciServer
import YiciTestSupport

/// A real server on a free loopback port, for one test.
final class RunningServer: Sendable {
  let server: DecisionServer
  let port: Int
  let log: LogLines
  private let task: Task<Void, any Error>

  private init(server: DecisionServer, port: Int, log: LogLines, task: Task<Void, any Error>) {
    self.server = server
    self.port = port
    self.log = log
    self.task = task
  }

  /// Starts a server of the rules at `paths` (relative to the repository) on port 0.
  static func start(
    _ paths: [String] = ["rules"], recording: DecisionRecording? = nil,
    configure: (inout ServerConfiguration) -> Void = { _ in }
  ) async throws -> RunningServer {
    var configuration = ServerConfiguration(port: 0, rulePaths: paths, watchInterval: nil)
    configure(&configuration)
    let rules = try LoadedRules.load(paths: configuration.rulePaths)
    let log = LogLines()
    let logger = Logger(label: "yici.serve.test") { _ in log }
    let server = DecisionServer(configuration: configuration, rules: rules, logger: logger, recording: recording)
    let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
    let task = Task { try await server.run(signals: false) { port in continuation.yield(port) } }
    var iterator = ports.makeAsyncIterator()
    guard let port = await iterator.next() else {
      throw LoopbackClient.Failure(description: "the server did not start")
    }
    return RunningServer(server: server, port: port, log: log, task: task)
  }

  /// Runs blocking client calls off the concurrency pool, on one kept-alive connection.
  func call<T: Sendable>(
    receiveBuffer: Int32? = nil, _ body: @escaping @Sendable (LoopbackClient) throws -> T
  ) async throws -> T {
    let port = port
    return try await withCheckedThrowingContinuation { continuation in
      Thread.detachNewThread {
        continuation.resume(with: Result { try body(try LoopbackClient(port: port, receiveBuffer: receiveBuffer)) })
      }
    }
  }

  /// One request on a connection of its own.
  func request(
    _ method: String, _ path: String, body: [UInt8]? = nil, headers: [String: String] = [:]
  ) async throws -> LoopbackClient.Response {
    try await call { try $0.request(method, path, body: body, headers: headers) }
  }

  /// Waits until the server's `run` returns (after `shutDown()`), without cancelling it.
  func finished() async -> Result<Void, any Error> {
    await task.result
  }

  func stop() async {
    task.cancel()
    _ = await task.result
  }
}

/// The log lines a test server writes, kept for the tests to read.
final class LogLines: LogHandler, Sendable {
  private let lines = Mutex<[String]>([])
  var all: [String] { lines.withLock { $0 } }

  var logLevel: Logger.Level {
    get { .info }
    set {}
  }
  var metadata: Logger.Metadata {
    get { [:] }
    set {}
  }
  subscript(metadataKey key: String) -> Logger.Metadata.Value? {
    get { nil }
    set {}
  }

  func log(event: LogEvent) {
    let fields = (event.metadata ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
    lines.withLock { $0.append(([event.level.rawValue, "\(event.message)"] + fields).joined(separator: " ")) }
  }
}

extension LoopbackClient.Response: @unchecked Sendable {}

/// The bytes of a repository file (a path relative to the repository, or absolute).
func repositoryBytes(_ path: String) throws -> [UInt8] {
  let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : Repository.root.appendingPathComponent(path)
  return Array(try Data(contentsOf: url))
}
