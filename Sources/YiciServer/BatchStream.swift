import Foundation
import HummingbirdCore
import NIOCore
import Synchronization
import Yici
import YiciInterchange

/// One `POST /v1/decisions/batch` while it streams: the request body's chunks go to a
/// thread of its own, where the library's `ParallelBatchDecider` decides them on every
/// core (the bytes of `yici eval --batch`, in order), and the decided blocks come back to
/// be written as the response.
///
/// Deciding is CPU work in blocks of 256 KiB, so it runs on threads of its own rather than
/// on the concurrency pool, which keeps the connections moving meanwhile. The two
/// `Handoff`s bound what waits on either side: a client that reads slowly slows the
/// deciding, and then the reading of its body. A client that stops (no byte read from it
/// and none written to it for `stall`) is cut off, so it cannot hold the threads.
struct BatchStream {
  /// The body's chunks, or the mark that the body passed the limit there.
  enum Input: Sendable {
    case bytes(ByteBuffer)
    case cut
  }

  /// What the batch counted, for the metrics.
  struct Counts: Sendable {
    var lines = 0
    var failures = 0
  }

  let rules: LoadedRules
  let options: DecisionOptions
  let limit: Int
  let jobs: Int
  /// How long the stream may stand still, neither reading nor writing, before `abandon`.
  let stall: Duration
  /// Closes the connection (of a client that stopped).
  let abandon: @Sendable () -> Void
  /// Puts a decided line on record (its `decision_id` put in), given its input line; nil
  /// when the server keeps no decision log. A line is written only once it returns.
  var record: (@Sendable (_ line: [UInt8], _ application: [UInt8]) async throws(ServerError) -> [UInt8])? = nil

  /// Reads `body` and writes the decided lines with `write`, in order; a body over the
  /// limit ends with an error line where the limit was passed. Returns the counts.
  func run(
    _ body: RequestBody, write: (ByteBuffer) async throws -> Void
  ) async throws -> Counts {
    let input = Handoff<Input>(capacity: 1 << 20) {
      if case .bytes(let buffer) = $0 { buffer.readableBytes } else { 0 }
    }
    let output = Handoff<[UInt8]>(capacity: 4 << 20) { $0.count }
    let finished = Finished()
    let progress = Progress()
    let applications = record.map { _ in BatchApplications() }
    let thread = Thread { [self] in
      finished.set(decide(input, output))
      output.finish()
    }
    // As deep as the main thread's, as the library's workers are.
    thread.stackSize = 8 << 20
    defer {
      input.close()
      output.close()
    }
    return try await withThrowingTaskGroup(of: Void.self) { group in
      group.addTask {
        try await Self.read(body, limit: limit, into: input, applications: applications, progress: progress)
      }
      group.addTask { [stall, abandon] in
        guard await progress.stands(still: stall) else { return }
        abandon()
        input.close()
        output.close()
      }
      thread.start()
      do {
        var line = 0
        while var bytes = await output.receive() {
          if let record, let applications {
            bytes = await Self.record(bytes, from: &line, applications: applications, by: record)
          }
          try await write(ByteBuffer(bytes: bytes))
          progress.advance()
        }
        group.cancelAll()  // the watch
      } catch {
        input.close()
        output.close()
        group.cancelAll()
        throw error
      }
      // The reader's failure (a broken body) comes first: the thread ended because of it.
      try await group.waitForAll()
      return try finished.value.get()
    }
  }

  /// Puts every decided line of `block` on record at once (the log commits them as one
  /// group) and returns the block with their `decision_id`s; a line that cannot be put on
  /// record is given as an error line in its place. `line` counts the lines written.
  private static func record(
    _ block: [UInt8], from line: inout Int, applications: BatchApplications,
    by record: @escaping @Sendable ([UInt8], [UInt8]) async throws(ServerError) -> [UInt8]
  ) async -> [UInt8] {
    let errorStart = Array(#"{"line":"#.utf8)
    var lines: [[UInt8]] = []
    var start = 0
    for index in block.indices where block[index] == 0x0A {
      lines.append(Array(block[start..<index]))
      start = index + 1
    }
    if start < block.count { lines.append(Array(block[start...])) }
    let first = line
    line += lines.count
    let recorded = await withTaskGroup(of: (Int, [UInt8]).self) { group in
      for (offset, decided) in lines.enumerated() {
        let application = applications.next()
        if decided.starts(with: errorStart) { continue }
        group.addTask {
          do throws(ServerError) {
            return (offset, try await record(decided, application))
          } catch {
            let message =
              (try? JSONEncoder().encode(error.body.error)).map { String(decoding: $0, as: UTF8.self) }
              ?? #""the decision could not be put on record""#
            return (offset, Array(#"{"line":\#(first + offset + 1),"error":\#(message)}"#.utf8))
          }
        }
      }
      var recorded = lines
      for await (offset, written) in group { recorded[offset] = written }
      return recorded
    }
    var result: [UInt8] = []
    result.reserveCapacity(block.count + recorded.count * 48)
    for written in recorded {
      result.append(contentsOf: written)
      result.append(0x0A)
    }
    return result
  }

  /// Puts the body's chunks into `input`, up to the limit, then ends it (and gives them to
  /// `applications`, to be put on record with their decisions).
  private static func read(
    _ body: RequestBody, limit: Int, into input: Handoff<Input>, applications: BatchApplications?,
    progress: Progress
  ) async throws {
    var received = 0
    do {
      for try await chunk in body {
        if received + chunk.readableBytes > limit {
          if let within = chunk.getSlice(at: chunk.readerIndex, length: limit - received) {
            applications?.add(within.readableBytesView)
            await input.send(.bytes(within))
          }
          await input.send(.cut)
          break
        }
        received += chunk.readableBytes
        progress.advance()
        applications?.add(chunk.readableBytesView)
        // Closed: the response has failed (the client went away), so reading stops.
        guard await input.send(.bytes(chunk)) else { return }
      }
      applications?.finish()
      input.finish()
    } catch {
      input.close()
      throw error
    }
  }

  /// The thread's work: decides what comes through `input` into `output`.
  private func decide(_ input: Handoff<Input>, _ output: Handoff<[UInt8]>) -> Result<Counts, any Error> {
    let rules = rules
    let batch = ParallelBatchDecider(options: options, jobs: jobs) { rules.batchRules(thread: $0) }
    var reader = InputReader(input: input)
    func write(_ bytes: [UInt8]) throws(any Error) { try output.sendBlocking(bytes) }
    do {
      while try batch.append(reading: { (room) throws(any Error) in try reader.read(into: &room) }, write: write) {}
      if reader.cut {
        try batch.finishCut(write: write)
        try write(Self.limitLine(batch.lines + 1, limit: limit))
        return .success(Counts(lines: batch.lines + 1, failures: batch.failures + 1))
      }
      try batch.finish(write: write)
      return .success(Counts(lines: batch.lines, failures: batch.failures))
    } catch {
      return .failure(error)
    }
  }

  /// The error line of the line where the body passed the limit.
  static func limitLine(_ line: Int, limit: Int) -> [UInt8] {
    Array(
      "{\"line\":\(line),\"error\":\"the batch is more than the limit of \(limit) bytes; the lines after it were not read\"}\n"
        .utf8)
  }

  /// The thread's end of the input: copies the chunks straight into the decider's blocks.
  private struct InputReader {
    let input: Handoff<Input>
    var chunk: ByteBuffer?
    var ended = false
    var cut = false

    /// Fills as much of `room` as the current chunk holds, waiting for the next one when
    /// it is used up; puts nothing at the end of the body.
    mutating func read(into room: inout OutputSpan<UInt8>) throws(any Error) {
      while !ended && (chunk?.readableBytes ?? 0) == 0 {
        switch try input.receiveBlocking() {
        case .bytes(let next): chunk = next
        case .cut:
          cut = true
          ended = true
        case nil: ended = true
        }
      }
      guard !ended, var buffer = chunk else { return }
      chunk = nil
      let count = ByteCopy.append(buffer.readableBytesUInt8Span, to: &room)
      buffer.moveReaderIndex(forwardBy: count)
      chunk = buffer
    }
  }

  /// Counts the chunks read and written, for the watch on a client that stopped.
  final class Progress: Sendable {
    private let steps = Atomic<Int>(0)

    func advance() { steps.add(1, ordering: .relaxed) }

    /// Waits until a whole `still` has passed without a step (true), or the task is
    /// cancelled (false).
    func stands(still: Duration) async -> Bool {
      var seen = -1
      while true {
        do { try await Task.sleep(for: still) } catch { return false }
        let now = steps.load(ordering: .relaxed)
        if now == seen { return true }
        seen = now
      }
    }
  }

  /// The thread's result, set once before `output` finishes.
  private final class Finished: @unchecked Sendable {  // under `lock`
    private let lock = NSLock()
    private var result: Result<Counts, any Error>?

    func set(_ value: Result<Counts, any Error>) {
      lock.withLock { result = value }
    }

    /// The result; the output has ended, so it is set (or the batch was abandoned).
    var value: Result<Counts, any Error> { lock.withLock { result } ?? .failure(Handoff<[UInt8]>.Closed()) }
  }
}
