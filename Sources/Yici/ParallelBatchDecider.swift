import Foundation

/// Decides a JSON Lines batch on several threads, with exactly the bytes of one
/// `BatchDecider` (what `yici eval --batch --jobs N` runs).
///
/// ```swift
/// let batch = ParallelBatchDecider(rules, options: DecisionOptions(trace: false), jobs: 4)
/// for chunk in chunks {  // any split of the input: a line may span chunks
///   try batch.append(chunk.span) { output in try write(output) }
/// }
/// try batch.finish { output in try write(output) }
/// ```
/// The input is cut at line ends into numbered blocks of about `blockBytes`; each of `jobs`
/// worker threads decides whole blocks with its own `BatchDecider`, and `write` is called on
/// the calling thread with each block's output, strictly in input order. Line numbers in
/// error objects are those of the whole input, and a line over the limit is counted to its
/// end without being kept. At most `2 × jobs + 2` blocks are in flight, so memory stays flat
/// however large the input: `append` waits for the workers when the ring is full.
///
/// Use it from one thread. When `write` throws, the batch stops (its workers end) and the
/// error comes out of `append` or `finish`; the batch cannot be used after that.
public final class ParallelBatchDecider {
  /// How many threads decide.
  public let jobs: Int
  /// About how many bytes of whole lines each block holds (a longer line makes its own).
  public let blockBytes: Int
  /// How many lines have been written (the number of the last one).
  public private(set) var lines = 0
  /// How many of them gave an error object.
  public private(set) var failures = 0
  private let pipeline: BatchPipeline
  /// The block being filled (its place in the ring is this thread's).
  private var filling = 0
  /// The next block to write.
  private var writing = 0
  /// The lines of the blocks handed to the workers.
  private var dispatchedLines = 0
  /// The length so far of a line over the limit (its bytes are skipped), or 0.
  private var skipping = 0
  /// How much of the block being filled holds no newline (its start, when it grows as one line).
  private var searched = 0
  private var stopped = false

  /// A batch decided by the rules with the options on `jobs` threads (at least one), in
  /// blocks of about `blockBytes` (at least one byte; small blocks are for tests).
  public init(
    _ ruleSet: RuleSet, options: DecisionOptions, jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
    blockBytes: Int = 256 << 10
  ) {
    self.jobs = max(1, jobs)
    self.blockBytes = max(1, blockBytes)
    pipeline = BatchPipeline(ruleSet, options: options, jobs: self.jobs)
    pipeline.blocks[0].input.reserveCapacity(self.blockBytes)
  }

  deinit {
    pipeline.stop(wait: false)
  }

  /// Takes the next bytes of the input; calls `write` with the output of every block
  /// decided so far, in order (each output ends with a newline).
  public func append<Failure: Error>(
    _ chunk: Span<UInt8>, write: ([UInt8]) throws(Failure) -> Void
  ) throws(Failure) {
    precondition(!stopped, "a ParallelBatchDecider cannot be used after it finished or failed")
    try chunk.withUnsafeBufferPointer { (chunk) throws(Failure) in
      var start = 0
      while start < chunk.count {
        if skipping > 0 {
          start = try skip(chunk, from: start, write: write)
          continue
        }
        let block = current
        let room = block.input.count < blockBytes ? blockBytes - block.input.count : blockBytes
        let end = min(chunk.count, start + room)
        block.input.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[start..<end]))
        start = end
        if block.input.count >= blockBytes { try cut(block, write: write) }
      }
    }
  }

  /// Ends the input: decides the rest (the last line may have no newline) and writes
  /// every output that is left, in order.
  public func finish<Failure: Error>(write: ([UInt8]) throws(Failure) -> Void) throws(Failure) {
    precondition(!stopped, "a ParallelBatchDecider cannot be used after it finished or failed")
    let block = current
    if skipping > 0 {
      block.tooLong = skipping
      skipping = 0
    }
    if !block.input.isEmpty || block.tooLong > 0 { try dispatch(block, write: write) }
    while writing < filling { try writeNext(write: write) }
    stopped = true
    pipeline.stop(wait: true)
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

  /// Skips the bytes of a line over the limit up to its newline, then hands the line (its
  /// length only) to the workers; returns where to go on.
  private func skip<Failure: Error>(
    _ chunk: UnsafeBufferPointer<UInt8>, from start: Int, write: ([UInt8]) throws(Failure) -> Void
  ) throws(Failure) -> Int {
    guard let found = memchr(chunk.baseAddress! + start, 0x0A, chunk.count - start) else {
      skipping += chunk.count - start
      return chunk.count
    }
    let end = chunk.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
    let block = current
    block.tooLong = skipping + end - start
    skipping = 0
    _ = try claim(filling + 1, write: write)
    try dispatch(block, write: write)
    return end + 1
  }

  /// Hands the block being filled to the workers, moves on to the next (claimed), and
  /// writes what is decided.
  private func dispatch<Failure: Error>(_ block: BatchBlock, write: ([UInt8]) throws(Failure) -> Void) throws(Failure) {
    let unterminated = block.input.last.map { $0 != 0x0A } ?? false
    block.lines = Self.newlines(in: block.input) + (unterminated ? 1 : 0) + (block.tooLong > 0 ? 1 : 0)
    block.afterLine = dispatchedLines
    dispatchedLines += block.lines
    pipeline.dispatch(filling)
    filling += 1
    while writing < filling, pipeline.isDecided(writing, wait: false) { try writeNext(write: write) }
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

  /// Writes the next block's output (waiting for it to be decided) and frees its place.
  private func writeNext<Failure: Error>(write: ([UInt8]) throws(Failure) -> Void) throws(Failure) {
    _ = pipeline.isDecided(writing, wait: true)
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
