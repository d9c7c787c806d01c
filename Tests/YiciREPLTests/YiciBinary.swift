import Foundation
import Testing

/// The built `yici` binary, and running it with a deadline.
enum YiciBinary {
  /// `$YICI_BINARY`, else `yici` beside the test bundle, else the newest `.build*/debug/yici`
  /// in a folder above this file.
  static let url: URL? = {
    let manager = FileManager.default
    if let path = ProcessInfo.processInfo.environment["YICI_BINARY"] { return URL(fileURLWithPath: path) }
    let bundle = Bundle.main.bundleURL
    for folder in [bundle, bundle.deletingLastPathComponent()] {
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
  struct Run {
    var status: Int32
    var output: String
    var error: String
  }

  /// Runs `yici` with `input` piped in; kills it after `timeout` seconds.
  static func run(_ arguments: [String], input: String, environment: [String: String] = [:], timeout: Double = 30)
    throws -> Run
  {
    let binary = try #require(url, "no yici binary: build it with `swift build` (or set YICI_BINARY)")
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = Fixtures.transcripts
    process.environment = ["HOME": NSTemporaryDirectory(), "PATH": "/usr/bin:/bin"].merging(environment) { $1 }
    let (stdin, stdout, stderr) = (Pipe(), Pipe(), Pipe())
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
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
