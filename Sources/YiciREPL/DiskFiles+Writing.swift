import Foundation

/// Writing files on disk safely: what is at the path is looked at without following a
/// link, a new file is written beside it and renamed over it (so a failed write leaves the
/// old file whole), and an existing file keeps its permissions.
extension DiskFiles {
  /// What is at the path (`~` expanded), links not followed.
  public func kind(of path: String) -> FileKind {
    var status = stat()
    guard lstat(Self.expanded(path), &status) == 0 else { return .missing }
    return status.st_mode & S_IFMT == S_IFREG ? .regular : .other
  }

  /// Writes a file whole through a temporary file in the same folder, renamed over the
  /// target; an existing regular file keeps its mode. Returns what went wrong, or nil.
  public func write(_ bytes: [UInt8], to path: String) -> String? {
    let target = Self.expanded(path)
    var status = stat()
    var mode: mode_t = 0o666  // less the umask, as for any new file
    let exists = lstat(target, &status) == 0
    if exists {
      guard status.st_mode & S_IFMT == S_IFREG else {
        return "cannot write \(path): it is not a regular file (a link, a folder, a pipe or a device)"
      }
      mode = status.st_mode & 0o7777
    }
    let folder = (target as NSString).deletingLastPathComponent
    let name = (target as NSString).lastPathComponent
    let temporary = (folder.isEmpty ? "." : folder) + "/.\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
    guard descriptor >= 0 else { return Self.failure(path) }
    var problem: String?
    // `open` took the umask off; an existing file's mode is put back whole.
    if exists, fchmod(descriptor, mode) != 0 { problem = Self.failure(path) }
    if problem == nil, !Self.writeAll(bytes, to: descriptor) || fsync(descriptor) != 0 { problem = Self.failure(path) }
    if close(descriptor) != 0 && problem == nil { problem = Self.failure(path) }
    if problem == nil && rename(temporary, target) != 0 { problem = Self.failure(path) }
    if problem != nil { unlink(temporary) }
    return problem
  }

  private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
    bytes.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 && errno == EINTR { continue }
        guard written > 0 else { return false }
        offset += written
      }
      return true
    }
  }

  private static func expanded(_ path: String) -> String {
    (path as NSString).expandingTildeInPath
  }

  /// `cannot write PATH: reason`, from `errno`, worded as the rest of the REPL words it.
  private static func failure(_ path: String) -> String {
    "cannot write \(path): \(String(cString: strerror(errno)).lowercased())"
  }
}
