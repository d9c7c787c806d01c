import Foundation

/// The PostgreSQL server of the tests, when there is one: `YICI_TEST_POSTGRES` names it
/// (`postgres://postgres@127.0.0.1:PORT/postgres`; `.ci/run` starts one with
/// `.ci/postgres.sh`). Each test makes a database of its own; a test that stops the server
/// starts a cluster of its own.
public enum TestPostgres {
  /// The server's URL, if set.
  public static var server: String? {
    ProcessInfo.processInfo.environment["YICI_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
  }

  /// A new, empty database on the server: its URL, and what drops it.
  public static func makeDatabase() throws -> (url: String, drop: @Sendable () -> Void) {
    guard let server else { throw TestPostgresError("YICI_TEST_POSTGRES is not set") }
    let name = "yici_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
    try psql(server, "CREATE DATABASE \(name)")
    let query = server.firstIndex(of: "?").map { String(server[$0...]) } ?? ""
    let base = server.firstIndex(of: "?").map { String(server[..<$0]) } ?? server
    guard let slash = base.lastIndex(of: "/"), !base[..<slash].hasSuffix("/") else {
      throw TestPostgresError("YICI_TEST_POSTGRES has no database part: \(server)")
    }
    let url = String(base[...slash]) + name + query
    return (url, { try? psql(server, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)") })
  }

  /// Runs SQL with psql against the database at `url`; fails with psql's error. psql is
  /// waited for with a bound (a test must fail, never hang).
  public static func psql(_ url: String, _ sql: String) throws {
    let result = try runBounded("/usr/bin/psql", [url, "-v", "ON_ERROR_STOP=1", "-q", "-c", sql], seconds: 30)
    guard result.status == 0 else { throw TestPostgresError("psql failed on \(sql): \(result.output)") }
  }

  /// Starts a cluster of its own in `folder` on `port` (made the first time; `.ci/postgres.sh
  /// start`), for a test that stops and starts it under a running server without touching the
  /// server other tests share; returns its URL.
  public static func startCluster(folder: String, port: Int? = nil) throws -> String {
    let result = try runBounded(
      Repository.root.appendingPathComponent(".ci/postgres.sh").path,
      ["start", folder] + (port.map { ["\($0)"] } ?? []), seconds: 90)
    guard result.status == 0 else { throw TestPostgresError("cannot start PostgreSQL in \(folder): \(result.output)") }
    return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Stops the cluster in `folder` (a fast shutdown: every connection cut, as in an outage).
  public static func stopCluster(folder: String) throws {
    let result = try runBounded(
      Repository.root.appendingPathComponent(".ci/postgres.sh").path, ["stop", folder], seconds: 90)
    guard result.status == 0 else { throw TestPostgresError("cannot stop PostgreSQL in \(folder): \(result.output)") }
  }

  /// Runs a program with its output (both streams) to a file, never a pipe: a server it
  /// starts (pg_ctl's) would hold a pipe open, and reading to its end would never return.
  /// Killed after `seconds`.
  static func runBounded(_ program: String, _ arguments: [String], seconds: Double) throws -> (
    status: Int32, output: String
  ) {
    let log = FileManager.default.temporaryDirectory.appendingPathComponent("yici-run-\(UUID().uuidString).log")
    FileManager.default.createFile(atPath: log.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: log) }
    let handle = try FileHandle(forWritingTo: log)
    defer { try? handle.close() }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = arguments
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = handle
    process.standardError = handle
    try process.run()
    let deadline = Date().addingTimeInterval(seconds)
    while process.isRunning, Date() < deadline { usleep(20_000) }
    if process.isRunning {
      process.terminate()
      throw TestPostgresError("\(program) \(arguments.joined(separator: " ")) did not finish within \(Int(seconds)) s")
    }
    return (process.terminationStatus, (try? String(contentsOf: log, encoding: .utf8)) ?? "")
  }
}

/// Why the test server could not be used.
public struct TestPostgresError: Error, CustomStringConvertible {
  /// What went wrong.
  public var description: String

  /// An error with its message.
  public init(_ description: String) { self.description = description }
}
