#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads one rule file's bytes with the system's calls: `lstat` for its kind and size (a
/// symbolic link is not a regular file, as Foundation's `attributesOfItem` says), then
/// `open` and `read`.
package enum RuleFileBytes {
  /// What reading a file gave.
  package enum Result {
    case read([UInt8])
    /// Larger than the limit: its size, unread.
    case oversized(Int)
    case notRegular
    case failed
  }

  /// Reads the file at `path`, unless it is larger than `limit` bytes.
  package static func read(_ path: String, limit: Int) -> Result {
    var status = stat()
    guard lstat(path, &status) == 0 else { return .failed }
    guard status.st_mode & S_IFMT == S_IFREG else { return .notRegular }
    let size = Int(status.st_size)
    if size > limit { return .oversized(size) }
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return .failed }
    defer { close(descriptor) }
    // One byte more than the size, so that the end of the file is seen in the first read
    // or two; a file that grew meanwhile is read whole.
    var bytes = [UInt8](repeating: 0, count: size + 1)
    var filled = 0
    while true {
      if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: bytes.count)) }
      let got = bytes.withUnsafeMutableBytes { buffer in
        systemRead(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
      }
      if got < 0 {
        if errno == EINTR { continue }
        return .failed
      }
      if got == 0 { break }
      filled += got
    }
    bytes.removeLast(bytes.count - filled)
    return .read(bytes)
  }
}

/// The system's `read`, named apart from `RuleFileBytes.read`.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
  read(descriptor, buffer, count)
}
