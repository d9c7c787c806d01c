import Foundation
import Yici
import YiciREPL
import YiciTestSupport

/// Paths and files the tests use, found from this file's place so nothing outside the
/// repository is needed.
enum Fixtures {
  /// The transcripts and their rules.
  static let transcripts = Repository.root.appendingPathComponent("Tests/YiciREPLTests/Transcripts")
  /// The day every test session takes as today.
  static let today = CivilDate(iso: "2025-09-28")!

  /// A session over the transcripts' rules (or other paths under Transcripts/).
  static func session(rules: [String] = ["rules"], files: FolderFiles? = nil) -> Session {
    Session(rulePaths: rules, files: files ?? FolderFiles(base: transcripts.path), today: today)
  }

  /// Runs `yici` in the transcripts folder with `input` piped in, a temporary home and a
  /// plain `PATH` (plus `environment`); kills it after `timeout` seconds.
  static func yici(_ arguments: [String], input: String, environment: [String: String] = [:], timeout: Double = 30)
    throws -> YiciBinary.Run
  {
    try YiciBinary.run(
      arguments, input: input, in: transcripts,
      environment: ["HOME": NSTemporaryDirectory(), "PATH": "/usr/bin:/bin"].merging(environment) { $1 },
      timeout: timeout)
  }

  /// A fresh temporary folder.
  static func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("yici-repl-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}

/// Files under a base folder for reading; what the session writes stays in memory, so
/// `:save` then `:open` works without touching the disk.
final class FolderFiles: FileAccess {
  let base: String
  private(set) var written: [String: [UInt8]] = [:]

  init(base: String) {
    self.base = base
  }

  func ruleSources(_ paths: [String]) -> (sources: [SourceFile], problems: [String]) {
    var sources: [SourceFile] = []
    var problems: [String] = []
    for path in paths {
      do {
        sources += try RuleSources.read([path], relativeTo: base)
      } catch {
        problems.append(error.description)
      }
    }
    return (sources, problems)
  }

  func contents(of path: String) -> [UInt8]? {
    written[path]
      ?? FileManager.default.contents(atPath: (base as NSString).appendingPathComponent(path)).map(Array.init)
  }

  func kind(of path: String) -> FileKind {
    if written[path] != nil { return .regular }
    var status = stat()
    guard lstat((base as NSString).appendingPathComponent(path), &status) == 0 else { return .missing }
    return status.st_mode & S_IFMT == S_IFREG ? .regular : .other
  }

  func write(_ bytes: [UInt8], to path: String) -> String? {
    if path.hasPrefix("/nonexistent/") { return "cannot write \(path): no such folder" }
    written[path] = bytes
    return nil
  }
}
