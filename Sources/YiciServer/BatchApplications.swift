import Foundation
import YiciInterchange

/// The input lines of a `POST /v1/decisions/batch` that the decision log still has to
/// pair with their output lines: the reader adds each chunk before the decider sees it,
/// and the writer takes one line for each output line, in order (the batch gives exactly
/// one output line per input line). A line longer than an application may be is not
/// kept (its output is an error line, which is not put on record).
final class BatchApplications: @unchecked Sendable {  // under `lock`
  private let lock = NSLock()
  private var lines: [[UInt8]] = []
  private var head = 0
  private var unfinished: [UInt8] = []
  private var unfinishedCount = 0

  /// Adds a chunk of the body (a line may span chunks).
  func add(_ chunk: some Collection<UInt8>) {
    lock.withLock {
      for byte in chunk {
        if byte == 0x0A {
          endLine()
        } else {
          unfinishedCount += 1
          if unfinishedCount <= InterchangeLimits.applicationBytes { unfinished.append(byte) }
        }
      }
    }
  }

  /// Ends the body: its last line when it has no newline.
  func finish() {
    lock.withLock { if unfinishedCount > 0 { endLine() } }
  }

  /// The next input line, in order (empty when the body gave no more).
  func next() -> [UInt8] {
    lock.withLock {
      guard head < lines.count else { return [] }
      let line = lines[head]
      head += 1
      if head > 1024 && head * 2 > lines.count {
        lines.removeFirst(head)
        head = 0
      }
      return line
    }
  }

  private func endLine() {
    lines.append(unfinishedCount <= InterchangeLimits.applicationBytes ? unfinished : [])
    unfinished = []
    unfinishedCount = 0
  }
}
