import Foundation

/// Decides a JSON Lines batch on several threads with one `LineDecider` each, with exactly
/// the bytes of one `LineBatch`: the machinery of the façade's `ParallelBatchDecider` (its
/// documentation says the contract), kept here with the other code that handles raw bytes.
///
/// The input is cut at line ends into numbered blocks of about `blockBytes`, and `jobs`
/// threads decide whole blocks, each with its own `LineBatch`: `jobs - 1` workers, and
/// the calling thread whenever it would otherwise wait for them. `write` is called on the
/// calling thread with each block's output, strictly in input order. At most `2 × jobs + 2`
/// blocks are in flight, so memory stays flat however large the input.
package final class ParallelLineBatch<Lines: LineDecider> {
  /// How many threads decide.
  package let jobs: Int
  /// About how many bytes of whole lines each block holds (a longer line makes its own).
  package let blockBytes: Int
  /// How many lines have been written (the number of the last one).
  package private(set) var lines = 0
  /// How many of them gave an error object.
  package private(set) var failures = 0
  private let pipeline: BatchPipeline<Lines>
  /// The block being filled (its place in the ring is this thread's).
  private var filling = 0
  /// The next block to write.
  private var writing = 0
  /// The lines of the blocks handed over to be decided.
  private var dispatchedLines = 0
  /// The length so far of a line over the limit (its bytes are skipped), or 0.
  private var skipping = 0
  /// How much of the block being filled holds no newline (its start, when it grows as one line).
  private var searched = 0
  /// Where the bytes of a skipped line are read.
  private var skipped: [UInt8] = []
  private var stopped = false
  /// What the calling thread decides with, when it decides a block itself.
  private var own: LineBatch<Lines>

  /// A batch whose thread `n` (from 0) decides with `deciders(n)`, called on that thread;
  /// thread 0 is the calling thread (`deciders(0)` is called here). `jobs` is at least one,
  /// `blockBytes` at least one byte (small blocks are for tests).
  package init(jobs: Int, blockBytes: Int, deciders: @escaping @Sendable (_ thread: Int) -> Lines) {
    self.jobs = max(1, jobs)
    self.blockBytes = max(1, blockBytes)
    pipeline = BatchPipeline(jobs: self.jobs, deciders: deciders)
    own = LineBatch(deciders(0))
    pipeline.blocks[0].input.reserveCapacity(self.blockBytes)
  }

  deinit {
    pipeline.stop(wait: false)
  }

  /// Takes the next bytes of the input; calls `write` with the output of every block
  /// decided so far, in order (each output ends with a newline).
  package func append<Failure: Error>(
    _ chunk: Span<UInt8>, write: ([UInt8]) throws(Failure) -> Void
  ) throws(Failure) {
    var start = 0
    while start < chunk.count {
      _ = try append(
        reading: { (room: inout OutputSpan<UInt8>) throws(Failure) in
          room.withUnsafeMutableBufferPointer { room, initialized in
            let count = min(chunk.count - start, room.count - initialized)
            chunk.withUnsafeBufferPointer { chunk in
              _ = UnsafeMutableBufferPointer(rebasing: room[initialized..<(initialized + count)])
                .initialize(from: UnsafeBufferPointer(rebasing: chunk[start..<(start + count)]))
            }
            initialized += count
            start += count
          }
        }, write: write)
    }
  }

  /// Lets `read` put the next bytes of the input straight into the block being filled (up
  /// to the span's capacity), then calls `write` as `append(_:write:)` does; false when
  /// `read` put nothing (the input has ended: call `finish`). What the CLI does with a file.
  package func append<Failure: Error>(
    reading read: (inout OutputSpan<UInt8>) throws(Failure) -> Void, write: ([UInt8]) throws(Failure) -> Void
  ) throws(Failure) -> Bool {
    precondition(!stopped, "a ParallelBatchDecider cannot be used after it finished or failed")
    if skipping > 0 { return try skip(reading: read, write: write) }
    let block = current
    let before = block.input.count
    let room = before < blockBytes ? blockBytes - before : blockBytes
    try Self.append(to: &block.input, room: room, read)
    guard block.input.count > before else { return false }
    if block.input.count >= blockBytes { try cut(block, write: write) }
    return true
  }

  /// Ends the input: decides the rest (the last line may have no newline) and writes
  /// every output that is left, in order.
  package func finish<Failure: Error>(write: ([UInt8]) throws(Failure) -> Void) throws(Failure) {
    precondition(!stopped, "a ParallelBatchDecider cannot be used after it finished or failed")
    let block = current
    if skipping > 0 {
      block.tooLong = skipping
      skipping = 0
    }
    if !block.input.isEmpty || block.tooLong > 0 { try dispatch(block, write: write) }
    // No more blocks will come: the calling thread decides any that are waiting.
    while writing < filling { try writeNext(reserve: 0, write: write) }
    stopped = true
    pipeline.stop(wait: true)
  }

  /// Ends the input where it was cut (a server's body over its limit): drops the line the
  /// input stopped in the middle of (the bytes after its last newline, kept or being
  /// skipped), then finishes as `finish(write:)` does.
  package func finishCut<Failure: Error>(write: ([UInt8]) throws(Failure) -> Void) throws(Failure) {
    precondition(!stopped, "a ParallelBatchDecider cannot be used after it finished or failed")
    let block = current
    skipping = 0
    if let lastNewline = block.input.lastIndex(of: 0x0A) {
      block.input.removeSubrange((lastNewline + 1)...)
    } else {
      block.input.removeAll(keepingCapacity: true)
    }
    try finish(write: write)
  }

  /// The block being filled.
  private var current: BatchBlock { pipeline.blocks[filling % pipeline.blocks.count] }

  /// Cuts a full block after its last newline: hands it to the workers and carries the
  /// rest into the next block. A block without a newline is one long line: it grows, up to
  /// the limit, past which the line is skipped and only counted.
  private func cut<Failure: Error>(_ block: BatchBlock, write: ([UInt8]) throws(Failure) -> Void) throws(Failure) {
    let count = block.input.count
    // From the end: lines are short, so the last newline is near (memrchr is not portable).
    let lastNewline = block.input.withUnsafeBufferPointer { bytes in
      bytes[searched...].lastIndex(of: 0x0A)
    }
    guard let lastNewline else {
      searched = count
      if count > InterchangeLimits.applicationBytes {
        skipping = count
        searched = 0
        block.input = []
        block.input.reserveCapacity(blockBytes)
      }
      return
    }
    let next = try claim(filling + 1, write: write)
    next.input.append(contentsOf: block.input[(lastNewline + 1)...])
    searched = next.input.count
    block.input.removeSubrange((lastNewline + 1)...)
    try dispatch(block, write: write)
  }

  /// Reads the bytes of a line over the limit into a scratch buffer up to its newline, then
  /// hands the line (its length only) to the workers; the bytes after the newline start the
  /// next block.
  private func skip<Failure: Error>(
    reading read: (inout OutputSpan<UInt8>) throws(Failure) -> Void, write: ([UInt8]) throws(Failure) -> Void
  ) throws(Failure) -> Bool {
    skipped.removeAll(keepingCapacity: true)
    try Self.append(to: &skipped, room: blockBytes, read)
    guard !skipped.isEmpty else { return false }
    guard let newline = skipped.firstIndex(of: 0x0A) else {
      skipping += skipped.count
      return true
    }
    let block = current
    block.tooLong = skipping + newline
    skipping = 0
    let next = try claim(filling + 1, write: write)
    next.input.append(contentsOf: skipped[(newline + 1)...])
    searched = 0
    try dispatch(block, write: write)
    if next.input.count >= blockBytes { try cut(next, write: write) }
    return true
  }

  /// Hands the block being filled over to be decided, moves on to the next (claimed), and
  /// writes what is decided.
  private func dispatch<Failure: Error>(_ block: BatchBlock, write: ([UInt8]) throws(Failure) -> Void) throws(Failure) {
    let unterminated = block.input.last.map { $0 != 0x0A } ?? false
    block.lines = Self.newlines(in: block.input) + (unterminated ? 1 : 0) + (block.tooLong > 0 ? 1 : 0)
    block.afterLine = dispatchedLines
    dispatchedLines += block.lines
    pipeline.dispatch(filling)
    filling += 1
    while writing < filling, pipeline.isDecided(writing) { try writeNext(write: write) }
  }

  /// The block `number`, emptied, once its place in the ring is free (its old block written).
  private func claim<Failure: Error>(_ number: Int, write: ([UInt8]) throws(Failure) -> Void) throws(Failure)
    -> BatchBlock
  {
    while writing + pipeline.blocks.count <= number { try writeNext(write: write) }
    let block = pipeline.blocks[number % pipeline.blocks.count]
    block.input.removeAll(keepingCapacity: true)
    block.tooLong = 0
    return block
  }

  /// Writes the next block's output and frees its place. Until the block is decided, the
  /// calling thread decides waiting blocks itself, leaving `reserve` of them for the
  /// workers (by default one each, so none runs dry while this thread decides).
  private func writeNext<Failure: Error>(reserve: Int? = nil, write: ([UInt8]) throws(Failure) -> Void)
    throws(Failure)
  {
    pipeline.awaitDecided(writing, reserve: reserve ?? pipeline.workers, deciding: &own)
    let block = pipeline.blocks[writing % pipeline.blocks.count]
    do {
      try write(block.output)
    } catch {
      stopped = true
      pipeline.stop(wait: false)
      throw error
    }
    lines = block.afterLine + block.lines
    failures += block.failures
    pipeline.release(writing)
    writing += 1
  }

  /// Lets `read` append up to `room` bytes to `bytes`.
  private static func append<Failure: Error>(
    to bytes: inout [UInt8], room: Int, _ read: (inout OutputSpan<UInt8>) throws(Failure) -> Void
  ) throws(Failure) {
    // `append(addingCapacity:initializingWith:)` takes no throwing closure.
    var failure: Failure?
    bytes.append(addingCapacity: room) { span in
      do throws(Failure) { try read(&span) } catch { failure = error }
    }
    if let failure { throw failure }
  }

  /// How many newlines the bytes hold.
  static func newlines(in bytes: [UInt8]) -> Int {
    bytes.withUnsafeBufferPointer { bytes in
      guard var at = bytes.baseAddress else { return 0 }
      let end = at + bytes.count
      var count = 0
      while at < end, let found = memchr(at, 0x0A, end - at) {
        count += 1
        at = UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) + 1
      }
      return count
    }
  }
}
