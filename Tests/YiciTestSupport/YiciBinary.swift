import Foundation
import Testing

/// The built `yici` binary, and running it with a deadline.
public enum YiciBinary {
  /// `$YICI_BINARY`, else `yici` beside the test bundle, else the newest `.build*/debug/yici`
  /// in a folder above this file.
  public static let url: URL? = {
    let manager = FileManager.default
    if let path = ProcessInfo.processInfo.environment["YICI_BINARY"] { return URL(fileURLWithPath: path) }
    let bundle = Bundle.main.bundleURL
    let runner = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for folder in [bundle, bundle.deletingLastPathComponent(), runner] {
      let candidate = folder.appendingPathComponent("yici")
      if manager.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while folder.path != "/" {
      let builds = ((try? manager.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasPrefix(".build") }
      let binaries = builds.map { folder.appendingPathComponent("\($0)/debug/yici") }
        .filter { manager.isExecutableFile(atPath: $0.path) }
      let newest = binaries.max { modified($0) < modified($1) }
      if let newest { return newest }
      folder.deleteLastPathComponent()
    }
    return nil
  }()

  private static func modified(_ url: URL) -> Date {
    ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date) ?? .distantPast
  }

  /// What a run gave.
  public struct Run: Sendable {
    /// The exit status.
    public var status: Int32
    /// Standard output.
    public var output: String
    /// Standard error.
    public var error: String
  }

  /// Runs `yici` in `directory` with `input` piped in (standard input is closed at once when
  /// nil) and kills it after `timeout` seconds. `environment` replaces the inherited one
  /// when given.
  public static func run(
    _ arguments: [String], input: String?, in directory: URL = Repository.root,
    environment: [String: String]? = nil, timeout: Double = 30
  ) throws -> Run {
    let binary = try #require(url, "no yici binary: build it with `swift build` (or set YICI_BINARY)")
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = directory
    if let environment { process.environment = environment }
    let (stdin, stdout, stderr) = (Pipe(), Pipe(), Pipe())
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
    try stdin.fileHandleForWriting.close()
    let deadline = Date().addingTimeInterval(timeout)
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    let error = stderr.fileHandleForReading.readDataToEndOfFile()
    while process.isRunning {  // polled: waitUntilExit() would spin a run loop inside the test
      if Date() > deadline { process.terminate() }
      Thread.sleep(forTimeInterval: 0.02)
    }
    return Run(
      status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
      error: String(decoding: error, as: UTF8.self))
  }
}
