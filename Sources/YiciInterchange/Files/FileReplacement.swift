#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writing a file whole and safely with the system's calls (what the REPL's `:save` and
/// `:write` do): what is at the path is looked at without following a link, the bytes go
/// to a new file beside it that is then renamed over it (so a failed write leaves the old
/// file whole), and an existing file keeps its permissions.
package enum FileReplacement {
  /// What is at a path, links not followed.
  package enum Kind: Equatable {
    case missing
    case regular
    /// A link, a folder, a pipe, a device or a socket.
    case other
  }

  /// What is at `path` (not following a link).
  package static func kind(of path: String) -> Kind {
    var status = stat()
    guard lstat(path, &status) == 0 else { return .missing }
    return status.st_mode & S_IFMT == S_IFREG ? .regular : .other
  }

  /// Why writing went wrong.
  package enum Failure: Error, Equatable {
    /// Something is at the path that is not a regular file.
    case notRegular
    /// A system call failed: its text (`No space left on device`).
    case system(String)
  }

  /// Writes `bytes` to `path` through a temporary file in the same folder (`folder` and
  /// `name` are the path's parts), renamed over it; an existing regular file keeps its mode.
  package static func write(_ bytes: [UInt8], to path: String, folder: String, name: String) -> Failure? {
    var status = stat()
    var mode: mode_t = 0o666  // less the umask, as for any new file
    let exists = lstat(path, &status) == 0
    if exists {
      guard status.st_mode & S_IFMT == S_IFREG else { return .notRegular }
      mode = status.st_mode & 0o7777
    }
    let temporary = (folder.isEmpty ? "." : folder) + "/.\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
    guard descriptor >= 0 else { return .system(FileDescriptorIO.lastErrorText) }
    var problem: Failure?
    // `open` took the umask off; an existing file's mode is put back whole.
    if exists, fchmod(descriptor, mode) != 0 { problem = .system(FileDescriptorIO.lastErrorText) }
    if problem == nil, let reason = FileDescriptorIO.write(bytes, to: descriptor) { problem = .system(reason) }
    if problem == nil, fsync(descriptor) != 0 { problem = .system(FileDescriptorIO.lastErrorText) }
    if close(descriptor) != 0 && problem == nil { problem = .system(FileDescriptorIO.lastErrorText) }
    if problem == nil && rename(temporary, path) != 0 { problem = .system(FileDescriptorIO.lastErrorText) }
    if problem != nil { unlink(temporary) }
    return problem
  }
}
