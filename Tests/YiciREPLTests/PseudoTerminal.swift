import Foundation

/// A program run on a pseudo-terminal, as a clerk's terminal would run it: keys are typed
/// into the master side and what the program shows is read back, every read bounded by a
/// deadline so no test can hang.
final class PseudoTerminal {
  private let master: Int32
  private let process = Process()
  /// Everything the program has shown so far.
  private(set) var shown: [UInt8] = []
  /// Where the next `expect` starts looking.
  private var mark = 0
  /// Whether the terminal is the program's controlling terminal, so Ctrl-C sends SIGINT.
  let controlsProgram: Bool
  private static let setsid = "/usr/bin/setsid"

  /// Starts `binary` with the terminal's slave side as its standard input, output and error
  /// and, through util-linux `setsid --ctty` when it is there, as its controlling terminal.
  init(_ binary: URL, arguments: [String], environment: [String: String], folder: URL) throws {
    master = C.posix_openpt(O_RDWR | O_NOCTTY)
    guard master >= 0, C.grantpt(master) == 0, C.unlockpt(master) == 0, let name = C.ptsname(master) else {
      throw Failure("cannot open a pseudo-terminal")
    }
    let slave = open(String(cString: name), O_RDWR | O_NOCTTY)
    guard slave >= 0 else { throw Failure("cannot open the pseudo-terminal's slave side") }
    var size = winsize(ws_row: 40, ws_col: 160, ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(slave, UInt(TIOCSWINSZ), &size)
    let handle = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
    controlsProgram = FileManager.default.isExecutableFile(atPath: Self.setsid)
    if controlsProgram {
      process.executableURL = URL(fileURLWithPath: Self.setsid)
      process.arguments = ["--ctty", "--wait", binary.path] + arguments
    } else {
      process.executableURL = binary
      process.arguments = arguments
    }
    process.environment = environment
    process.currentDirectoryURL = folder
    process.standardInput = handle
    process.standardOutput = handle
    process.standardError = handle
    try process.run()
    close(slave)
  }

  deinit {
    if process.isRunning { process.terminate() }
    close(master)
  }

  /// Types keys (control characters included).
  func type(_ keys: String) {
    let bytes = Array(keys.utf8)
    _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
  }

  /// Waits until `text` is shown after the last match; false when `timeout` passes first.
  @discardableResult
  func expect(_ text: String, timeout: Double = 10) -> Bool {
    let wanted = Array(text.utf8)
    let deadline = Date().addingTimeInterval(timeout)
    while true {
      if let found = search(wanted) {
        mark = found + wanted.count
        return true
      }
      guard Date() < deadline, readSome(until: deadline) else { return false }
    }
  }

  /// Waits for the program to end; its exit status, or nil when `timeout` passes first.
  func waitForExit(timeout: Double = 10) -> Int32? {
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning {
      if !readSome(until: min(deadline, Date().addingTimeInterval(0.1))) { Thread.sleep(forTimeInterval: 0.02) }
      if Date() > deadline { return nil }
    }
    return process.terminationStatus
  }

  /// What was shown, as text (for failure messages).
  var text: String { String(decoding: shown, as: UTF8.self) }

  private func search(_ wanted: [UInt8]) -> Int? {
    guard shown.count - mark >= wanted.count else { return nil }
    return (mark...(shown.count - wanted.count)).first { shown[$0..<($0 + wanted.count)].elementsEqual(wanted) }
  }

  /// Reads what is available before the deadline; false at the end of output or the deadline.
  private func readSome(until deadline: Date) -> Bool {
    var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    let milliseconds = Int32(max(0, deadline.timeIntervalSinceNow * 1000))
    guard poll(&descriptor, 1, milliseconds) > 0 else { return false }
    var buffer = [UInt8](repeating: 0, count: 4096)
    let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
    guard count > 0 else { return false }  // EIO: the program closed the terminal
    shown += buffer[0..<count]
    return true
  }

  /// The C library's pseudo-terminal functions, which Swift's Glibc module leaves out
  /// (they need `_XOPEN_SOURCE`), looked up by name.
  private enum C {
    static func function<T>(_ name: String, as type: T.Type) -> T {
      unsafeBitCast(dlsym(dlopen(nil, RTLD_NOW), name)!, to: type)
    }
    static let posix_openpt = function("posix_openpt", as: (@convention(c) (Int32) -> Int32).self)
    static let grantpt = function("grantpt", as: (@convention(c) (Int32) -> Int32).self)
    static let unlockpt = function("unlockpt", as: (@convention(c) (Int32) -> Int32).self)
    static let ptsname = function("ptsname", as: (@convention(c) (Int32) -> UnsafeMutablePointer<CChar>?).self)
  }

  struct Failure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
  }
}
