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
  ///
  /// The candidates are placed by a counting sort on their buckets: two passes and two
  /// allocations, however many strings (a binding makes one per options fact).
  init(_ strings: [String]) {
    let pieces = JSONPieces(quoted: strings)
    self.strings = pieces
    let bucketCount = 1 << Self.bucketBits
    var buckets = [Int](repeating: -1, count: pieces.count)
    starts = .allocate(capacity: bucketCount + 1)
    starts.initialize(repeating: 0)
    for index in 0..<pieces.count {
      let piece = pieces.bytes(index)
      guard piece.count >= 4 else { continue }
      let bucket = Self.bucket(UnsafeRawPointer(piece.baseAddress!).loadUnaligned(as: UInt32.self))
      buckets[index] = bucket
      starts[bucket + 1] += 1
    }
    for bucket in 0..<bucketCount { starts[bucket + 1] += starts[bucket] }
    candidates = .allocate(capacity: max(1, Int(starts[bucketCount])))
    // Each bucket's candidates in index order, as they were appended before.
    var next = Array(starts[0..<bucketCount])
    for (index, bucket) in buckets.enumerated() where bucket >= 0 {
      candidates[Int(next[bucket])] = Int32(index)
      next[bucket] += 1
    }
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
