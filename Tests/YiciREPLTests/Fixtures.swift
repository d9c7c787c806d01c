import Foundation
import Yici
import YiciREPL

/// Paths and files the tests use, found from this file's place so nothing outside the
/// repository is needed.
enum Fixtures {
  /// This test folder.
  static let folder = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
  /// The repository.
  static let root = folder.deletingLastPathComponent().deletingLastPathComponent()
  /// The transcripts and their rules.
  static let transcripts = folder.appendingPathComponent("Transcripts")
  /// The day every test session takes as today.
  static let today = CivilDate(iso: "2025-09-28")!

  /// Whether golden transcripts are rewritten instead of compared.
  static var recording: Bool { ProcessInfo.processInfo.environment["YICI_RECORD"] == "1" }

  /// A session over the transcripts' rules (or other paths under Transcripts/).
  static func session(rules: [String] = ["rules"], files: FolderFiles? = nil) -> Session {
    Session(rulePaths: rules, files: files ?? FolderFiles(base: transcripts.path), today: today)
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
