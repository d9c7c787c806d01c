import ArgumentParser
import Foundation
import YiciInterchange

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

  /// Writes to the stream. When standard output cannot be written (a full disk, a closed
  /// pipe) the program says so and exits with `ExitStatus.outputFailed`: output that
  /// stops short must not pass for complete.
  static func write(bytes: [UInt8], to stream: Stream = .output) {
    do {
      try writeAll(bytes, to: stream)
    } catch {
      guard stream == .output else { return }  // standard error is where it would be said
      Terminal.error(error.description)
      exit(ExitStatus.outputFailed)
    }
  }

  /// Why standard output could not be written.
  struct OutputFailure: Error, CustomStringConvertible {
    var reason: String
    var description: String { "cannot write the output: \(reason)" }
  }

  /// Writes to standard output; throws when it cannot be written whole.
  static func writeChecked(_ bytes: [UInt8]) throws(OutputFailure) {
    try writeAll(bytes, to: .output)
  }

  private static func writeAll(_ bytes: [UInt8], to stream: Stream) throws(OutputFailure) {
    if let reason = FileDescriptorIO.write(bytes, to: stream.rawValue) { throw OutputFailure(reason: reason) }
  }

  /// The text of `errno` (`Broken pipe`, `No space left on device`).
  static func lastErrorText() -> String {
    FileDescriptorIO.lastErrorText
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
  /// The output could not be written (EX_IOERR).
  static let outputFailed: Int32 = 74
}
