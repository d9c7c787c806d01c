import ArgumentParser
import Foundation

/// Writing to standard output and standard error through their file descriptors (the C
/// `stdout`/`stderr` globals are not concurrency-safe). Colour only on a terminal with
/// `NO_COLOR` unset, unless forced with `--color always`.
enum Terminal {
  /// A standard stream, by file descriptor.
  enum Stream: Int32 {
    case output = 1
    case error = 2
  }

  static func write(_ text: String, to stream: Stream = .output) {
    write(bytes: Array(text.utf8), to: stream)
  }

  static func write(bytes: [UInt8], to stream: Stream = .output) {
    bytes.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = Foundation.write(stream.rawValue, buffer.baseAddress! + offset, buffer.count - offset)
        if written <= 0 { return }
        offset += written
      }
    }
  }

  static func error(_ message: String) {
    let prefix = shouldColor(.error, .auto) ? "\u{1B}[1;31merror\u{1B}[0m" : "error"
    write("\(prefix): \(message)\n", to: .error)
  }

  static func shouldColor(_ stream: Stream, _ choice: ColorChoice) -> Bool {
    switch choice {
    case .always: true
    case .never: false
    case .auto:
      isatty(stream.rawValue) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }
  }

  /// Reads a whole file, or standard input for `-`.
  static func readInput(_ path: String) -> [UInt8]? {
    if path == "-" {
      return Array(FileHandle.standardInput.readDataToEndOfFile())
    }
    return FileManager.default.contents(atPath: path).map(Array.init)
  }
}

/// `--color auto|always|never`.
enum ColorChoice: String, CaseIterable, ExpressibleByArgument {
  case auto, always, never
}

/// The exit codes the CLI documents.
enum ExitStatus {
  static let rulesHaveErrors: Int32 = 1
  static let usage: Int32 = 64
  static let badInput: Int32 = 65
}
