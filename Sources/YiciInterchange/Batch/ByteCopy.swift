/// Copying bytes into the room a batch decider offers (`ParallelBatchDecider.append(reading:)`)
/// with one `memcpy`, for readers whose bytes are in a span (a server's request body).
package enum ByteCopy {
  /// Appends as many of `bytes` as `room` has space for; returns how many.
  @discardableResult
  package static func append(_ bytes: Span<UInt8>, to room: inout OutputSpan<UInt8>) -> Int {
    room.withUnsafeMutableBufferPointer { room, initialized in
      let count = min(bytes.count, room.count - initialized)
      bytes.withUnsafeBufferPointer { bytes in
        _ = UnsafeMutableBufferPointer(rebasing: room[initialized..<(initialized + count)])
          .initialize(from: UnsafeBufferPointer(rebasing: bytes[..<count]))
      }
      initialized += count
      return count
    }
  }
}
