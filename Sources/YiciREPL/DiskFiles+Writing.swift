import Foundation
import YiciInterchange

/// Writing files on disk safely: what is at the path is looked at without following a
/// link, a new file is written beside it and renamed over it (so a failed write leaves the
/// old file whole), and an existing file keeps its permissions.
extension DiskFiles {
  /// What is at the path (`~` expanded), links not followed.
  public func kind(of path: String) -> FileKind {
    switch FileReplacement.kind(of: Self.expanded(path)) {
    case .missing: .missing
    case .regular: .regular
    case .other: .other
    }
  }

  /// Writes a file whole through a temporary file in the same folder, renamed over the
  /// target; an existing regular file keeps its mode. Returns what went wrong, or nil.
  public func write(_ bytes: [UInt8], to path: String) -> String? {
    let target = Self.expanded(path)
    let folder = (target as NSString).deletingLastPathComponent
    let name = (target as NSString).lastPathComponent
    switch FileReplacement.write(bytes, to: target, folder: folder, name: name) {
    case nil: return nil
    case .notRegular: return "cannot write \(path): it is not a regular file (a link, a folder, a pipe or a device)"
    // `cannot write PATH: reason`, worded as the rest of the REPL words it.
    case .system(let reason): return "cannot write \(path): \(reason.lowercased())"
    }
  }

  private static func expanded(_ path: String) -> String {
    (path as NSString).expandingTildeInPath
  }
}
