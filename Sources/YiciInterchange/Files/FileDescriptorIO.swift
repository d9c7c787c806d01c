#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading and writing file descriptors with the system's calls, for the command line and
/// the REPL: the buffers are handed to `read` and `write` by pointer here, and nowhere else.
/// Every call is retried when a signal interrupts it (`EINTR`).
package enum FileDescriptorIO {
  /// Opens a file for reading; nil when it cannot be (`lastErrorText` says why).
  package static func openForReading(_ path: String) -> Int32? {
    let descriptor = open(path, O_RDONLY)
    return descriptor >= 0 ? descriptor : nil
  }

  /// Closes a descriptor this process opened.
  package static func close(_ descriptor: Int32) {
    _ = systemClose(descriptor)
  }

  /// Writes all of `bytes` to the descriptor; returns why it could not (the system's text,
  /// or `nothing was written`), or nil.
  package static func write(_ bytes: [UInt8], to descriptor: Int32) -> String? {
    bytes.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 && errno == EINTR { continue }
        guard written > 0 else { return written < 0 ? lastErrorText : "nothing was written" }
        offset += written
      }
      return nil
    }
  }

  /// Reads up to `buffer.count` bytes into the start of `buffer`; returns how many (0 at
  /// the end of the input), or nil when the read failed (`lastErrorText` says why).
  package static func read(_ descriptor: Int32, into buffer: inout [UInt8]) -> Int? {
    while true {
      let count = buffer.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress!, $0.count) }
      if count < 0 && errno == EINTR { continue }
      return count < 0 ? nil : count
    }
  }

  /// Reads into the room left in `room` (one `read` call); false when the read failed
  /// (`lastErrorText` says why). At the end of the input nothing is added.
  package static func read(_ descriptor: Int32, into room: inout OutputSpan<UInt8>) -> Bool {
    room.withUnsafeMutableBufferPointer { buffer, initialized in
      while true {
        let count = systemRead(descriptor, buffer.baseAddress! + initialized, buffer.count - initialized)
        if count < 0 && errno == EINTR { continue }
        guard count >= 0 else { return false }
        initialized += count
        return true
      }
    }
  }

  /// The text of `errno` (`Broken pipe`, `No space left on device`).
  package static var lastErrorText: String {
    String(cString: strerror(errno))
  }
}

/// The system's calls, named apart from `FileDescriptorIO`'s own.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
  read(descriptor, buffer, count)
}

private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
  write(descriptor, buffer, count)
}

private func systemClose(_ descriptor: Int32) -> Int32 {
  close(descriptor)
}
