import Foundation

/// One block of a parallel batch: whole lines of the input, and what a worker made of them.
///
/// A block belongs to the thread that fills it, then to one worker, then to the thread that
/// writes it; `BatchPipeline`'s lock hands it over, so its fields need no lock of their own.
final class BatchBlock: @unchecked Sendable {
  /// Whole lines, each with its `\n` (the input's last line may have none).
  var input: [UInt8] = []
  /// The length of a line over the limit that ends the block, or 0 (its bytes are not kept).
  var tooLong = 0
  /// The number of the line before the block's first (the lines of all earlier blocks).
  var afterLine = 0
  /// How many lines the block holds.
  var lines = 0
  /// One output line per input line, in order.
  var output: [UInt8] = []
  /// How many of the block's lines gave an error object.
  var failures = 0

  /// Decides the block's lines into `output` with `batch`, numbering them after `afterLine`.
  func decide<Lines>(with batch: inout LineBatch<Lines>) {
    batch.restart(afterLine: afterLine)
    output.removeAll(keepingCapacity: true)
    input.withUnsafeBufferPointer { batch.append(bytes: $0, to: &output) }
    batch.finish(to: &output)
    if tooLong > 0 { batch.appendTooLong(tooLong, to: &output) }
    failures = batch.failures
  }
}

/// The worker threads of a `ParallelBatchDecider` and the ring of blocks they share.
///
/// Blocks are numbered in input order; block `n` lives in `blocks[n % blocks.count]`, so the
/// ring also bounds memory: block `n` can be filled only once block `n - blocks.count` has
/// been written. Blocks are taken in order, each decided whole by one `LineBatch`: by
/// one of the `jobs - 1` workers, or by the calling thread itself while it waits for a
/// block to be decided (so `jobs` threads decide in all, and none sits idle while the
/// others work).
final class BatchPipeline<Lines: LineDecider>: @unchecked Sendable {
  let blocks: [BatchBlock]
  /// How many worker threads decide besides the calling thread.
  let workers: Int
  private let condition = NSCondition()
  /// How many blocks have been handed over to be decided.
  private var dispatched = 0
  /// How many of them a thread has taken.
  private var taken = 0
  /// Whether the block in each place of the ring is decided (and not yet written).
  private var decided: [Bool]
  private var stopping = false
  private var running = 0

  /// Starts `jobs - 1` workers, worker `n` (from 1) deciding with `deciders(n)` (called on its
  /// thread); the ring holds `2 × jobs + 2` blocks.
  init(jobs: Int, deciders: @escaping @Sendable (Int) -> Lines) {
    blocks = (0..<(2 * jobs + 2)).map { _ in BatchBlock() }
    decided = Array(repeating: false, count: blocks.count)
    workers = jobs - 1
    running = workers
    for worker in 1..<max(1, jobs) {
      let thread = Thread { [self] in
        var batch = LineBatch(deciders(worker))
        while let number = take() {
          blocks[number % blocks.count].decide(with: &batch)
          markDecided(number)
        }
        condition.lock()
        running -= 1
        condition.broadcast()
        condition.unlock()
      }
      // As deep as the main thread's: deeply nested JSON is refused by the decoder, but the
      // rules' evaluation may recurse as it does on the main thread.
      thread.stackSize = 8 << 20
      thread.start()
    }
  }

  /// Hands block `number` (filled) over to be decided.
  func dispatch(_ number: Int) {
    condition.lock()
    precondition(number == dispatched, "blocks are dispatched in order")
    dispatched += 1
    condition.signal()
    condition.unlock()
  }

  /// Whether block `number` is decided.
  func isDecided(_ number: Int) -> Bool {
    condition.lock()
    defer { condition.unlock() }
    return decided[number % blocks.count]
  }

  /// Waits until block `number` is decided. Meanwhile the calling thread decides, with
  /// `batch`, the oldest blocks no worker has taken, leaving `reserve` of them for the
  /// workers (a worker that finishes its block then finds the next one waiting).
  func awaitDecided(_ number: Int, reserve: Int, deciding batch: inout LineBatch<Lines>) {
    condition.lock()
    while !decided[number % blocks.count] {
      if dispatched - taken > reserve {
        let mine = taken
        taken += 1
        condition.unlock()
        blocks[mine % blocks.count].decide(with: &batch)
        condition.lock()
        decided[mine % blocks.count] = true
      } else {
        condition.wait()
      }
    }
    condition.unlock()
  }

  /// Frees block `number`'s place in the ring once it is written.
  func release(_ number: Int) {
    condition.lock()
    decided[number % blocks.count] = false
    condition.unlock()
  }

  /// Stops the workers (a block being decided is finished); with `wait`, until they exit.
  func stop(wait: Bool) {
    condition.lock()
    stopping = true
    condition.broadcast()
    while wait && running > 0 { condition.wait() }
    condition.unlock()
  }

  private func take() -> Int? {
    condition.lock()
    defer { condition.unlock() }
    while !stopping && taken == dispatched { condition.wait() }
    guard !stopping else { return nil }
    taken += 1
    return taken - 1
  }

  private func markDecided(_ number: Int) {
    condition.lock()
    decided[number % blocks.count] = true
    condition.broadcast()
    condition.unlock()
  }
}
