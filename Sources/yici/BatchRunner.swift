import Foundation
import Yici

/// `yici eval --batch`: reads a JSON Lines file in chunks and writes what `BatchDecider`
/// (one job) or `ParallelBatchDecider` (several) makes of it, so memory stays flat however
/// large the batch.
///
/// Lines, their one output line each and the error objects are the library's; this only
/// moves the bytes, and stops with `Terminal.OutputFailure` when the output cannot be
/// written (a full disk, a closed pipe).
struct BatchRunner {
  private let ruleSet: RuleSet
  private let options: DecisionOptions
  private let jobs: Int
  private let blockBytes: Int?
  static let chunk = 1 << 20

  /// A runner deciding on `jobs` threads, in blocks of `blockBytes` (the library's default
  /// when nil).
  init(ruleSet: RuleSet, options: DecisionOptions, jobs: Int = 1, blockBytes: Int? = nil) {
    self.ruleSet = ruleSet
    self.options = options
    self.jobs = jobs
    self.blockBytes = blockBytes
  }

  /// Why the input could not be read.
  struct ReadFailure: Error {
    var message: String
  }

  /// Decides every line of the file (or standard input for `-`); returns how many lines
  /// failed.
  func run(path: String) throws -> Int {
    let descriptor = path == "-" ? 0 : open(path, O_RDONLY)
    guard descriptor >= 0 else { throw ReadFailure(message: "cannot read \(path): \(Terminal.lastErrorText())") }
    defer { if descriptor != 0 { close(descriptor) } }
    return jobs > 1 ? try runParallel(descriptor, path: path) : try runOne(descriptor, path: path)
  }

  /// Reads the next chunk into `input`; returns how many bytes (0 at the end).
  private func read(_ descriptor: Int32, path: String, into input: inout [UInt8]) throws -> Int {
    while true {
      let count = input.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress!, $0.count) }
      if count < 0 && errno == EINTR { continue }
      if count < 0 { throw ReadFailure(message: "cannot read \(path): \(Terminal.lastErrorText())") }
      return count
    }
  }

  /// Several jobs: the library cuts the input into blocks and writes them in order.
  private func runParallel(_ descriptor: Int32, path: String) throws -> Int {
    let batch =
      blockBytes.map { ParallelBatchDecider(ruleSet, options: options, jobs: jobs, blockBytes: $0) }
      ?? ParallelBatchDecider(ruleSet, options: options, jobs: jobs)
    var input = [UInt8](repeating: 0, count: Self.chunk)
    while true {
      let count = try read(descriptor, path: path, into: &input)
      if count == 0 { break }
      try batch.append(input.span.extracting(..<count), write: Terminal.writeChecked)
    }
    try batch.finish(write: Terminal.writeChecked)
    return batch.failures
  }

  /// One job: today's path, with no thread besides this one.
  private func runOne(_ descriptor: Int32, path: String) throws -> Int {
    var batch = BatchDecider(ruleSet, options: options)
    var input = [UInt8](repeating: 0, count: Self.chunk)
    var output: [UInt8] = []
    output.reserveCapacity(2 * Self.chunk)
    while true {
      let count = try read(descriptor, path: path, into: &input)
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
