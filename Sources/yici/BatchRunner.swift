import Foundation
import Yici

/// `yici eval --batch`: reads a JSON Lines file in chunks and writes what `BatchDecider`
/// makes of it, so memory stays flat however large the batch.
///
/// Lines, their one output line each and the error objects are the library's
/// (`BatchDecider`); this only moves the bytes, and stops with `Terminal.OutputFailure`
/// when the output cannot be written (a full disk, a closed pipe).
struct BatchRunner {
  private var batch: BatchDecider
  static let chunk = 1 << 20

  init(ruleSet: RuleSet, options: DecisionOptions) {
    batch = BatchDecider(ruleSet, options: options)
  }

  /// Why the input could not be read.
  struct ReadFailure: Error {
    var message: String
  }

  /// Decides every line of the file (or standard input for `-`); returns how many lines
  /// failed.
  mutating func run(path: String) throws -> Int {
    let descriptor = path == "-" ? 0 : open(path, O_RDONLY)
    guard descriptor >= 0 else { throw ReadFailure(message: "cannot read \(path): \(Terminal.lastErrorText())") }
    defer { if descriptor != 0 { close(descriptor) } }
    var input = [UInt8](repeating: 0, count: Self.chunk)
    var output: [UInt8] = []
    output.reserveCapacity(2 * Self.chunk)
    while true {
      let count = input.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
      if count < 0 && errno == EINTR { continue }
      if count < 0 { throw ReadFailure(message: "cannot read \(path): \(Terminal.lastErrorText())") }
      if count == 0 { break }
      input.withUnsafeBufferPointer { batch.append(UnsafeBufferPointer(rebasing: $0[..<count]), to: &output) }
      if output.count >= Self.chunk {
        try Terminal.writeChecked(output)
        output.removeAll(keepingCapacity: true)
      }
    }
    batch.finish(to: &output)
    try Terminal.writeChecked(output)
    return batch.failures
  }
}
