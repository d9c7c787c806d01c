import Foundation
import Yici

/// Decides a JSON Lines batch: one decision (or error object) per input line, in order.
///
/// Input is read in chunks of 1 MiB and output written in chunks of 1 MiB, so memory stays
/// flat however large the batch; every decision is written straight into the output
/// buffer.
struct BatchRunner {
  private var decider: Decider
  static let chunk = 1 << 20

  init(ruleSet: RuleSet, options: DecisionOptions) {
    decider = Decider(ruleSet, options: options)
  }

  /// Decides every line of the file (or standard input for `-`); returns how many lines
  /// failed, or nil when the input cannot be opened.
  mutating func run(path: String) -> Int? {
    let descriptor = path == "-" ? 0 : open(path, O_RDONLY)
    guard descriptor >= 0 else { return nil }
    defer { if descriptor != 0 { close(descriptor) } }
    // Input is read straight into `pending` after the unfinished line the last read left,
    // which is moved to the front (the buffer doubles for a line longer than it).
    var pending = [UInt8](repeating: 0, count: Self.chunk)
    var filled = 0
    var output: [UInt8] = []
    output.reserveCapacity(Self.chunk + 64 * 1024)
    var failures = 0
    var lineNumber = 0
    while true {
      if filled == pending.count { pending += [UInt8](repeating: 0, count: pending.count) }
      let count = pending.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + filled, $0.count - filled) }
      if count <= 0 { break }
      filled += count
      let consumed = pending.withUnsafeBufferPointer { bytes in
        decideLines(in: UnsafeBufferPointer(rebasing: bytes[..<filled]), final: false, &lineNumber, &failures, &output)
      }
      pending.withUnsafeMutableBytes { _ = memmove($0.baseAddress!, $0.baseAddress! + consumed, filled - consumed) }
      filled -= consumed
    }
    pending.withUnsafeBufferPointer { bytes in
      _ = decideLines(in: UnsafeBufferPointer(rebasing: bytes[..<filled]), final: true, &lineNumber, &failures, &output)
    }
    Terminal.write(bytes: output)
    return failures
  }

  /// Decides the complete lines in `bytes` (and the last, unterminated one when `final`);
  /// returns how many bytes were consumed.
  private mutating func decideLines(
    in bytes: UnsafeBufferPointer<UInt8>, final: Bool, _ lineNumber: inout Int, _ failures: inout Int,
    _ output: inout [UInt8]
  ) -> Int {
    var lineStart = 0
    while lineStart < bytes.count {
      let newline = memchr(bytes.baseAddress! + lineStart, 0x0A, bytes.count - lineStart)
      let lineEnd =
        newline.map { bytes.baseAddress!.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? bytes.count
      if newline == nil && !final { break }
      lineNumber += 1
      decide(UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd]), lineNumber, &failures, &output)
      lineStart = lineEnd + 1
      if output.count >= Self.chunk {
        Terminal.write(bytes: output)
        output.removeAll(keepingCapacity: true)
      }
    }
    return min(lineStart, bytes.count)
  }

  private mutating func decide(
    _ line: UnsafeBufferPointer<UInt8>, _ lineNumber: Int, _ failures: inout Int, _ output: inout [UInt8]
  ) {
    // A blank line is skipped; an application starts with '{', so most lines stop at once.
    if line.first != UInt8(ascii: "{"), line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { return }
    do {
      try decider.appendDecision(json: line, to: &output)
    } catch {
      failures += 1
      output += Array("{\"line\":\(lineNumber),\"error\":".utf8)
      output += Array(jsonString("\(error)").utf8)
      output.append(UInt8(ascii: "}"))
    }
    output.append(0x0A)
  }

  private func jsonString(_ text: String) -> String {
    let data = (try? JSONEncoder().encode(text)) ?? Data("\"\"".utf8)
    return String(decoding: data, as: UTF8.self)
  }
}
