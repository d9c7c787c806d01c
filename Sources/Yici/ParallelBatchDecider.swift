import Foundation
import YiciInterchange

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
/// `append(reading:write:)` instead lets a reader (a file, a socket) put its bytes straight
/// into the block being filled, saving a copy.
///
/// The input is cut at line ends into numbered blocks of about `blockBytes`, and `jobs`
/// threads decide whole blocks, each with its own `BatchDecider`: `jobs - 1` workers, and
/// the calling thread whenever it would otherwise wait for them (so on N cores, N jobs
/// keep N threads busy, and `write` and the reading share the calling thread's time).
/// `write` is called on the calling thread with each block's output, strictly in input
/// order. Line numbers in error objects are those of the whole input, and a line over the
/// limit is counted to its end without being kept. At most `2 × jobs + 2` blocks are in
/// flight, so memory stays flat however large the input: when the ring is full, `append`
/// decides a block itself or waits for the workers.
///
/// This is the library's pattern for deciding concurrently: a `Decider` (here, inside a
/// `BatchDecider`) per thread, never one shared, each thread working on whole blocks of
/// lines, and the outputs put back in input order by their block numbers.
///
/// Use it from one thread. When `write` throws, the batch stops (its workers end) and the
/// error comes out of `append` or `finish`; the batch cannot be used after that.
public final class ParallelBatchDecider {
  private let batch: ParallelLineBatch<Decider>
  /// How many threads decide.
  public var jobs: Int { batch.jobs }
  /// About how many bytes of whole lines each block holds (a longer line makes its own).
  public var blockBytes: Int { batch.blockBytes }
  /// How many lines have been written (the number of the last one).
  public var lines: Int { batch.lines }
  /// How many of them gave an error object.
  public var failures: Int { batch.failures }

  /// A batch decided by the rules with the options on `jobs` threads (at least one), in
  /// blocks of about `blockBytes` (at least one byte; small blocks are for tests). Every
  /// thread shares `ruleSet`: see `init(options:jobs:blockBytes:rules:)` for a copy each.
  public convenience init(
    _ ruleSet: RuleSet, options: DecisionOptions, jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
    blockBytes: Int = 256 << 10
  ) {
    self.init(options: options, jobs: jobs, blockBytes: blockBytes) { _ in ruleSet }
  }

  /// A batch whose thread `n` (from 0) decides with `rules(n)`, called on that thread;
  /// thread 0 is the calling thread (`rules(0)` is called here).
  ///
  /// Threads that decide with one shared `RuleSet` write the reference counts of the same
  /// compiled objects, and on two cores that costs about a third more CPU per decision. A
  /// copy per thread, compiled from the same sources (`RuleSet(sources:)`, which decides
  /// byte for byte alike), shares nothing: give thread 0 the rules you have and the others
  /// copies, when the rules are small enough to hold a few times over.
  public init(
    options: DecisionOptions, jobs: Int = ProcessInfo.processInfo.activeProcessorCount, blockBytes: Int = 256 << 10,
    rules: @escaping @Sendable (_ thread: Int) -> RuleSet
  ) {
    batch = ParallelLineBatch(jobs: jobs, blockBytes: blockBytes) { Decider(rules($0), options: options) }
  }

  /// Takes the next bytes of the input; calls `write` with the output of every block
  /// decided so far, in order (each output ends with a newline).
  public func append<Failure: Error>(
    _ chunk: Span<UInt8>, write: ([UInt8]) throws(Failure) -> Void
  ) throws(Failure) {
    try batch.append(chunk, write: write)
  }

  /// Lets `read` put the next bytes of the input straight into the block being filled (up
  /// to the span's capacity), then calls `write` as `append(_:write:)` does; false when
  /// `read` put nothing (the input has ended: call `finish`). What the CLI does with a file.
  public func append<Failure: Error>(
    reading read: (inout OutputSpan<UInt8>) throws(Failure) -> Void, write: ([UInt8]) throws(Failure) -> Void
  ) throws(Failure) -> Bool {
    try batch.append(reading: read, write: write)
  }

  /// Ends the input: decides the rest (the last line may have no newline) and writes
  /// every output that is left, in order.
  public func finish<Failure: Error>(write: ([UInt8]) throws(Failure) -> Void) throws(Failure) {
    try batch.finish(write: write)
  }

  /// Ends the input where it was cut (a server's body over its limit): drops the line the
  /// input stopped in the middle of (the bytes after its last newline, kept or being
  /// skipped), then finishes as `finish(write:)` does. The caller then says why with a line
  /// of its own, numbered `lines + 1` (the dropped line's number).
  public func finishCut<Failure: Error>(write: ([UInt8]) throws(Failure) -> Void) throws(Failure) {
    try batch.finishCut(write: write)
  }
}
