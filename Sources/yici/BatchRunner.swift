import Foundation
import Yici
import YiciInterchange

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
  private let replica: (@Sendable () -> RuleSet)?
  static let chunk = 1 << 20

  /// A runner deciding on `jobs` threads, in blocks of `blockBytes` (the library's default
  /// when nil); threads after the first decide with a `replica` of the rules when given.
  init(
    ruleSet: RuleSet, options: DecisionOptions, jobs: Int = 1, blockBytes: Int? = nil,
    replica: (@Sendable () -> RuleSet)? = nil
  ) {
    self.ruleSet = ruleSet
    self.options = options
    self.jobs = jobs
    self.blockBytes = blockBytes
    self.replica = replica
  }

  /// Whether each thread should get its own copy of the rules: threads sharing one write
  /// the same reference counts (about a third more CPU on two cores), and a few copies
  /// of a small rule set cost little; a catalogue of hundreds of services is shared.
  static func replicates(_ ruleSet: RuleSet) -> Bool {
    ruleSet.compiled.services.count <= 64
  }

  /// Why the input could not be read.
  struct ReadFailure: Error {
    var message: String
  }

  /// Decides every line of the file (or standard input for `-`); returns how many lines
  /// failed.
  func run(path: String) throws -> Int {
    guard let descriptor = path == "-" ? 0 : FileDescriptorIO.openForReading(path) else {
      throw ReadFailure(message: "cannot read \(path): \(Terminal.lastErrorText())")
    }
    defer { if descriptor != 0 { FileDescriptorIO.close(descriptor) } }
    return jobs > 1 ? try runParallel(descriptor, path: path) : try runOne(descriptor, path: path)
  }

  /// Reads the next chunk into `input`; returns how many bytes (0 at the end).
  private func read(_ descriptor: Int32, path: String, into input: inout [UInt8]) throws -> Int {
    guard let count = FileDescriptorIO.read(descriptor, into: &input) else {
      throw ReadFailure(message: "cannot read \(path): \(Terminal.lastErrorText())")
    }
    return count
  }

  /// Several jobs: the library cuts the input into blocks (read straight into them) and
  /// writes them in order.
  private func runParallel(_ descriptor: Int32, path: String) throws -> Int {
    let (ruleSet, replica) = (ruleSet, replica)
    let batch = ParallelBatchDecider(options: options, jobs: jobs, blockBytes: blockBytes ?? 256 << 10) { thread in
      thread == 0 ? ruleSet : replica?() ?? ruleSet
    }
    func write(_ bytes: [UInt8]) throws(any Error) { try Terminal.writeChecked(bytes) }
    func read(_ room: inout OutputSpan<UInt8>) throws(any Error) {
      guard FileDescriptorIO.read(descriptor, into: &room) else {
        throw ReadFailure(message: "cannot read \(path): \(Terminal.lastErrorText())")
      }
    }
    while try batch.append(reading: { (room) throws(any Error) in try read(&room) }, write: write) {}
    try batch.finish(write: write)
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
      batch.append(input.span.extracting(..<count), to: &output)
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
