import Foundation
import Yici

/// The REPL's only way to the file system, so that `Session` itself does no I/O: the
/// command-line tool passes `DiskFiles`; tests pass a folder in memory.
public protocol FileAccess {
  /// Reads the rule files at the paths (files or folders), each path on its own so one
  /// that cannot be read does not hide the others.
  func ruleSources(_ paths: [String]) -> (sources: [SourceFile], problems: [String])
  /// The bytes of a file, or nil when it cannot be read.
  func contents(of path: String) -> [UInt8]?
  /// What is at a path: the REPL writes only where nothing is, or a regular file.
  func kind(of path: String) -> FileKind
  /// Writes a file whole, replacing a regular file there; returns what went wrong, or nil.
  func write(_ bytes: [UInt8], to path: String) -> String?
}

/// What is at a path, as far as writing it goes (links are not followed).
public enum FileKind: Sendable, Equatable {
  /// Nothing: writing creates a file.
  case missing
  /// A regular file: writing replaces it.
  case regular
  /// A link, a folder, a pipe, a device or a socket: never written.
  case other
}

/// Files on disk, with relative paths taken from the current directory.
public struct DiskFiles: FileAccess {
  /// Creates access to the files on disk.
  public init() {}

  /// Reads the rule files under each path; a path that cannot be read is a problem, not a stop.
  public func ruleSources(_ paths: [String]) -> (sources: [SourceFile], problems: [String]) {
    var sources: [SourceFile] = []
    var problems: [String] = []
    for path in paths {
      do {
        sources += try RuleSources.read([path])
      } catch {
        problems.append(error.description)
      }
    }
    return (sources, problems)
  }

  /// The bytes of a file (`~` expanded), or nil when it cannot be read.
  public func contents(of path: String) -> [UInt8]? {
    FileManager.default.contents(atPath: (path as NSString).expandingTildeInPath).map(Array.init)
  }
}
