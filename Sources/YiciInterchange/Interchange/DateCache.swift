import YiciCalendar

/// Dates recently read, by the ten bytes they are written with: the applications of a
/// batch share a few dates, so most are found here instead of being parsed and checked.
/// Direct-mapped: a date takes the place of the one before it with the same hash.
struct DateCache {
  private struct Entry {
    var prefix: UInt64
    var suffix: UInt16
    var date: CivilDate
  }

  private var entries = [Entry?](repeating: nil, count: 64)

  /// The date written by the ten bytes at `bytes`, or nil when it is not cached.
  func date(at bytes: UnsafeRawPointer) -> (date: CivilDate?, place: Int) {
    let prefix = bytes.loadUnaligned(as: UInt64.self)
    let suffix = bytes.loadUnaligned(fromByteOffset: 8, as: UInt16.self)
    let place = Int(truncatingIfNeeded: ((prefix ^ UInt64(suffix)) &* 0x9E37_79B9_7F4A_7C15) >> 58)
    guard let entry = entries[place], entry.prefix == prefix, entry.suffix == suffix else { return (nil, place) }
    return (entry.date, place)
  }

  /// Keeps `date`, written by the ten bytes at `bytes`, in `place` (from `date(at:)`).
  mutating func keep(_ date: CivilDate, writtenAt bytes: UnsafeRawPointer, in place: Int) {
    entries[place] = Entry(
      prefix: bytes.loadUnaligned(as: UInt64.self), suffix: bytes.loadUnaligned(fromByteOffset: 8, as: UInt16.self),
      date: date)
  }
}
