import ArgumentParser
import Foundation
import Logging
import Yici
import YiciServer
import YiciStore

/// `yici serve`: the HTTP decision service (the library is `YiciServer`; this reads the
/// options, loads the rules and prints where it listens).
struct Serve: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Serve decisions over HTTP (JSON), reloading the rules when they change.",
    discussion: """
      Serves the rules at the paths (the bundled rules/ when none is given): POST /v1/decisions, \
      /v1/decisions/batch, /v1/questions, /v1/notices; GET /v1/services, /v1/rules, /health, \
      /metrics, /openapi.json. The rules are reloaded when their files change, on SIGHUP and on an \
      authenticated POST /v1/rules/reload; rules with errors never replace the ones serving. \
      SIGTERM lets the requests in flight finish. The admin token is read from YICI_ADMIN_TOKEN \
      or --admin-token-file; without one, reloading over HTTP is off. Every decision returned is put \
      on record in the data folder (--data, default yici-data; a SQLite file in WAL mode) with its \
      decision_id, and acknowledged only once its record is durable (--log-ack queued: once queued, \
      faster, a crash may lose the queued ones); GET /v1/decisions lists them. --no-decision-log \
      turns the log off. --database postgres://user:password@host:port/name keeps the decisions \
      and the cases in PostgreSQL instead (the same tables; several servers may share one \
      database, and a reload on one is a reload on all), the data folder then holding only the \
      hash key; while the database is unreachable, decisions are answered 503 within seconds, \
      and the server reconnects.
      """)

  @Argument(help: "Rule files (.yici) or folders that hold them (default: rules).")
  var paths: [String] = []

  @Option(help: "The port to listen on (0: any free port).")
  var port: Int = 8080

  @Option(help: "The address to listen on.")
  var host: String = "127.0.0.1"

  @Option(help: ArgumentHelp("A file holding the admin token (instead of YICI_ADMIN_TOKEN).", valueName: "file"))
  var adminTokenFile: String?

  @Flag(help: "Deciding needs the admin token too (by default anyone may decide).")
  var decisionsNeedToken = false

  @Option(help: "The most bytes a request body may have (a batch's aside): 413 beyond.")
  var maxBodyBytes: Int = ServerLimits.bodyBytes

  @Option(help: "The most bytes a batch body may have: 413 beyond.")
  var maxBatchBytes: Int = ServerLimits.batchBytes

  @Option(
    name: [.customLong("read-timeout"), .customLong("body-timeout")],
    help: "Seconds a client may take to send a request's head, and its body: 408 after, and the connection closed.")
  var readTimeout: Int = 10

  @Option(help: "Seconds a connection may stay idle before it is closed.")
  var idleTimeout: Int = 60

  @Option(help: "Milliseconds between looks at the rule files for changes (0: do not watch).")
  var watchInterval: Int = 500

  @Option(
    help: """
      Seconds a server told to stop (SIGTERM) keeps accepting while /health/ready answers 503, \
      before it stops accepting and finishes the requests in flight.
      """)
  var shutdownWait: Int = 0

  @Option(help: ArgumentHelp("The data folder: the decision log (yici.sqlite) and its hash key.", valueName: "dir"))
  var data: String = "yici-data"

  @Option(
    help: ArgumentHelp(
      "Keep the decisions and cases in this PostgreSQL database (postgres://user:password@host:port/name).",
      valueName: "url"))
  var database: String?

  @Flag(help: "Do not put decisions on record (no data folder is used).")
  var noDecisionLog = false

  @Option(help: "When a decision is acknowledged: durable (its record is on disk) or queued.")
  var logAck: String = Durability.durable.rawValue

  @Option(help: "The most decisions waiting to be written; past it requests wait for room.")
  var logQueue: Int = 4096

  @Option(help: "Log level: trace, debug, info, notice, warning, error, critical.")
  var logLevel: String = "info"

  func validate() throws {
    guard (0...65535).contains(port) else { throw ValidationError("--port takes 0 to 65535, not \(port)") }
    guard Logger.Level(rawValue: logLevel) != nil else {
      throw ValidationError("--log-level: unknown level \(logLevel)")
    }
    guard Durability(rawValue: logAck) != nil else {
      throw ValidationError("--log-ack takes durable or queued, not '\(logAck)'")
    }
    guard logQueue > 0 else { throw ValidationError("--log-queue takes a positive number, not \(logQueue)") }
    guard maxBodyBytes > 0, maxBatchBytes > 0, readTimeout > 0, idleTimeout > 0, watchInterval >= 0, shutdownWait >= 0
    else {
      throw ValidationError("the limits take positive numbers")
    }
  }

  func run() async throws {
    let level = Logger.Level(rawValue: logLevel) ?? .info
    LoggingSystem.bootstrap { label in
      var handler = StreamLogHandler.standardError(label: label)
      handler.logLevel = level
      return handler
    }
    let logger = Logger(label: "yici.serve")
    let token: AdminToken?
    do {
      token = try AdminToken.load(file: adminTokenFile, environment: ProcessInfo.processInfo.environment)
    } catch {
      Terminal.error("\(error)")
      throw ExitCode(ExitStatus.usage)
    }
    let rulePaths = paths.isEmpty ? ["rules"] : paths
    let rules: LoadedRules
    do {
      rules = try LoadedRules.load(paths: rulePaths)
    } catch {
      Terminal.error(error.description)
      throw ExitCode(ExitStatus.usage)
    }
    guard rules.ruleSet.errors.isEmpty else {
      let renderer = DiagnosticRenderer(colored: false)
      for diagnostic in rules.ruleSet.diagnostics { Terminal.write(renderer.render(diagnostic) + "\n", to: .error) }
      Terminal.write("cannot serve: the rules have \(RuleOptions.summary(rules.ruleSet.diagnostics))\n", to: .error)
      throw ExitCode(ExitStatus.rulesHaveErrors)
    }
    let configuration = ServerConfiguration(
      host: host, port: port, rulePaths: rulePaths, maxBodyBytes: maxBodyBytes, maxBatchBytes: maxBatchBytes,
      readTimeout: .seconds(readTimeout), idleTimeout: .seconds(idleTimeout), adminToken: token,
      decisionsNeedToken: decisionsNeedToken, watchInterval: watchInterval > 0 ? .milliseconds(watchInterval) : nil,
      shutdownWait: .seconds(shutdownWait))
    var recording: DecisionRecording?
    if !noDecisionLog {
      let location = try StoreLocation.given(database: database, folder: data)
      do throws(StoreError) {
        recording = try await DecisionRecording.open(
          location, folder: data, durability: Durability(rawValue: logAck) ?? .durable, capacity: logQueue,
          logger: Logger(label: "yici.store"))
      } catch {
        Terminal.error("cannot open the decision log: \(error)")
        throw ExitCode(ExitStatus.outputFailed)
      }
    }
    let server = DecisionServer(configuration: configuration, rules: rules, logger: logger, recording: recording)
    let logLine =
      recording.map { "decision log: \($0.database?.description ?? $0.folder) (\($0.log.durability.rawValue))" }
      ?? "decision log: off"
    let services = rules.ruleSet.compiled.services.count
    let summary = RuleOptions.summary(rules.ruleSet.diagnostics)
    let host = host
    try await server.run { port in
      Terminal.write(
        """
        yici serve: listening on http://\(host):\(port)
        rules: revision \(rules.revision), \(services) services from \(rules.files.count) files, \(summary)
        admin endpoints: \(token == nil ? "off (no admin token)" : "on")
        \(logLine)

        """)
    }
  }
}
