/// JSON fragments written once (ids, reasons, questions …, already escaped), kept in one
/// block of memory and appended by index.
///
/// Appending a fragment copies its bytes and nothing else: no array per fragment to
/// retain and release on the hot path. The block is padded, so that a short fragment is
/// copied as two 16-byte words (`JSONWriter.append(padded:)`). Immutable after `init`, so
/// shared between threads.
final class JSONPieces: Sendable {
  // INVARIANT: written only in init; `starts` has one more entry than there are pieces.
  private nonisolated(unsafe) let slab: UnsafeMutableBufferPointer<UInt8>
  private nonisolated(unsafe) let starts: UnsafeMutableBufferPointer<Int>

  /// The pieces, by index; an empty piece stands for "none".
  init(_ pieces: [[UInt8]]) {
    let total = pieces.reduce(0) { $0 + $1.count }
    slab = .allocate(capacity: total + JSONWriter.padding)
    slab[total...].initialize(repeating: 0)
    starts = .allocate(capacity: pieces.count + 1)
    var end = 0
    for (index, piece) in pieces.enumerated() {
      starts[index] = end
      _ = UnsafeMutableBufferPointer(rebasing: slab[end..<(end + piece.count)]).initialize(from: piece)
      end += piece.count
    }
    starts[pieces.count] = end
    count = pieces.count
  }

  /// Each string as a JSON string (quoted, escaped), by index.
  convenience init(quoted strings: [String]) {
    self.init(
      strings.map { string in
        var out = JSONWriter(capacity: string.utf8.count + 2)
        out.string(string)
        return out.bytes
      })
  }

  deinit {
    slab.deallocate()
    starts.deallocate()
  }

  /// How many pieces there are.
  let count: Int

  /// Whether the piece at `index` is empty (there is nothing to write for it).
  @inline(__always)
  func isEmpty(_ index: Int) -> Bool {
    starts[index] == starts[index + 1]
  }

  /// The bytes of the piece at `index`.
  @inline(__always)
  func bytes(_ index: Int) -> UnsafeBufferPointer<UInt8> {
    // Built from the slab's base, not by rebasing a slice: the decoder asks for a piece
    // per fact name and material id, and the slice's range checks cost as much as the use.
    let start = starts[index]
    return UnsafeBufferPointer(start: slab.baseAddress! + start, count: starts[index + 1] - start)
  }

  /// Appends the piece at `index`.
  @inline(__always)
  func append(_ index: Int, to out: inout JSONWriter) {
    let start = starts[index]
    out.append(padded: UnsafeBufferPointer(rebasing: slab[start..<starts[index + 1]]))
  }
}
