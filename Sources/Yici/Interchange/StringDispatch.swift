/// Finds which of a fixed set of strings comes next in JSON input, comparing it whole as
/// written (quotes included) instead of scanning for its end and hashing it.
///
/// The candidates are bucketed by their first four bytes (the opening quote and three
/// more), so a match costs a multiply and a comparison or two. A string that is not a
/// candidate, is written with escapes, or is shorter than four bytes quoted, is not
/// matched: the caller then reads it the general way. Immutable, shared between threads.
final class StringDispatch: Sendable {
  private let strings: JSONPieces
  // INVARIANT: written only in init. Bucket `b`'s candidates are
  // `candidates[starts[b]..<starts[b + 1]]`.
  private nonisolated(unsafe) let starts: UnsafeMutableBufferPointer<Int32>
  private nonisolated(unsafe) let candidates: UnsafeMutableBufferPointer<Int32>
  private static let bucketBits = 7

  /// A dispatch over `strings`, each matched to its index.
  init(_ strings: [String]) {
    let pieces = JSONPieces(quoted: strings)
    self.strings = pieces
    var buckets = [[Int]](repeating: [], count: 1 << Self.bucketBits)
    for index in 0..<pieces.count {
      let piece = pieces.bytes(index)
      guard piece.count >= 4 else { continue }
      buckets[Self.bucket(UnsafeRawPointer(piece.baseAddress!).loadUnaligned(as: UInt32.self))].append(index)
    }
    var starts: [Int32] = [0]
    for bucket in buckets { starts.append(starts.last! + Int32(bucket.count)) }
    self.starts = .allocate(capacity: starts.count)
    _ = self.starts.initialize(from: starts)
    let candidates = buckets.flatMap { $0 }.map { Int32($0) }
    self.candidates = .allocate(capacity: max(1, candidates.count))
    _ = self.candidates.initialize(from: candidates)
  }

  deinit {
    starts.deallocate()
    candidates.deallocate()
  }

  @inline(__always)
  private static func bucket(_ prefix: UInt32) -> Int {
    Int(truncatingIfNeeded: (prefix &* 0x9E37_79B1) >> UInt32(32 - bucketBits))
  }

  /// The index of the string that comes next in `reader` (after blanks), consuming it;
  /// nil, consuming nothing but blanks, when none does.
  @inline(__always)
  func match(_ reader: inout JSONReader) -> Int? {
    reader.skipWhitespace()
    guard reader.position + 4 <= reader.bytes.count, let base = reader.bytes.baseAddress else { return nil }
    let next = base + reader.position
    let available = reader.bytes.count - reader.position
    let bucket = Self.bucket(UnsafeRawPointer(next).loadUnaligned(as: UInt32.self))
    // The candidates are compared in place (not with `reader.accept`, which would skip
    // blanks and check bounds again for each): this is the hot path of material lists.
    for index in Int(starts[bucket])..<Int(starts[bucket + 1]) {
      let candidate = Int(candidates[index])
      let string = strings.bytes(candidate)
      if string.count <= available && bytesEqual(next, string.baseAddress!, string.count) {
        reader.position += string.count
        return candidate
      }
    }
    return nil
  }
}
