import Foundation

/// Decides a JSON Lines batch given in chunks of bytes with a `LineDecider`: exactly one
/// output line per input line, in order, whatever the lines hold. The façade's
/// `BatchDecider` is this with its `Decider`; the byte handling (line ends, a line split
/// across chunks, a line over the limit) lives here, behind the fence of this module.
///
/// A line ends with `\n` (the last one may end with the input). Each gives the decision's
/// JSON, or `{"line":N,"error":"…"}` when it is not a valid application: a blank line, bad
/// JSON, a key given twice, a limit exceeded. A line is decided as soon as its newline
/// arrives, so no later line can change or lose its output. A line longer than
/// `InterchangeLimits.applicationBytes` is not kept, only counted to its end, so memory
/// stays flat however the input is made.
package struct LineBatch<Lines: LineDecider> {
  private var decider: Lines
  /// The start of a line the last chunk did not finish (while it is within the limit).
  private var unfinished: [UInt8] = []
  /// How long that line is so far (beyond the limit, its bytes are not kept).
  private var unfinishedCount = 0
  /// How many lines have been decided (the number of the last one).
  package private(set) var lines = 0
  /// How many of them gave an error object.
  package private(set) var failures = 0

  /// A batch decided by `decider`.
  package init(_ decider: Lines) {
    self.decider = decider
  }

  /// Decides every line that `chunk` ends, appending one output line (with its `\n`) for
  /// each to `output`; the bytes after the chunk's last newline wait for the next chunk.
  package mutating func append(_ chunk: Span<UInt8>, to output: inout [UInt8]) {
    chunk.withUnsafeBufferPointer { append(bytes: $0, to: &output) }
  }

  /// `append(_:to:)` for bytes the parallel decider already holds in a buffer.
  mutating func append(bytes chunk: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
    guard let base = chunk.baseAddress, !chunk.isEmpty else { return }
    var start = 0
    if unfinishedCount > 0 {
      guard let end = Self.newline(in: chunk, from: 0) else {
        keepUnfinished(chunk)
        return
      }
      keepUnfinished(UnsafeBufferPointer(rebasing: chunk[..<end]))
      decideUnfinished(to: &output)
      start = end + 1
    }
    while start < chunk.count {
      guard let end = Self.newline(in: chunk, from: start) else {
        keepUnfinished(UnsafeBufferPointer(rebasing: chunk[start...]))
        return
      }
      decide(UnsafeBufferPointer(start: base + start, count: end - start), to: &output)
      start = end + 1
    }
  }

  /// Ends the input: decides the last line when it has no newline.
  package mutating func finish(to output: inout [UInt8]) {
    if unfinishedCount > 0 { decideUnfinished(to: &output) }
  }

  private static func newline(in chunk: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    memchr(chunk.baseAddress! + start, 0x0A, chunk.count - start).map {
      chunk.baseAddress!.distance(to: $0.assumingMemoryBound(to: UInt8.self))
    }
  }

  private mutating func keepUnfinished(_ piece: UnsafeBufferPointer<UInt8>) {
    unfinishedCount += piece.count
    if unfinishedCount <= InterchangeLimits.applicationBytes {
      unfinished.append(contentsOf: piece)
    } else if !unfinished.isEmpty {
      unfinished = []
    }
  }

  private mutating func decideUnfinished(to output: inout [UInt8]) {
    if unfinishedCount > InterchangeLimits.applicationBytes {
      appendTooLong(unfinishedCount, to: &output)
    } else {
      let line = unfinished
      line.withUnsafeBufferPointer { decide($0, to: &output) }
    }
    unfinished.removeAll(keepingCapacity: true)
    unfinishedCount = 0
  }

  /// Numbers the next line `line + 1` and counts failures from zero: a worker of
  /// `ParallelBatchDecider` deciding a block that starts after `line`. No line may be
  /// unfinished.
  package mutating func restart(afterLine line: Int) {
    lines = line
    failures = 0
  }

  /// Counts a line of `count` bytes, over the limit and not kept, and appends its error.
  package mutating func appendTooLong(_ count: Int, to output: inout [UInt8]) {
    lines += 1
    fail(DecisionError.invalidApplication(.tooLarge(count)).description, to: &output)
  }

  /// Decides one line (without its newline) and appends its output line.
  private mutating func decide(_ line: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
    lines += 1
    // An application starts with '{', so most lines pass this test at once.
    if line.first != UInt8(ascii: "{"), line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) {
      fail("the line is blank; every line of a batch holds one application", to: &output)
      return
    }
    do {
      try decider.appendDecision(json: Span(_unsafeElements: line), to: &output)
      output.append(0x0A)
    } catch {
      fail(error.description, to: &output)
    }
  }

  /// Appends `{"line":N,"error":"…"}` and its newline.
  private mutating func fail(_ message: String, to output: inout [UInt8]) {
    failures += 1
    var out = JSONWriter(capacity: message.utf8.count + 48)
    out.raw("{\"line\":")
    out.append(Array(String(lines).utf8))
    out.raw(",\"error\":")
    out.string(message)
    out.raw("}\n")
    out.append(to: &output)
  }
}
