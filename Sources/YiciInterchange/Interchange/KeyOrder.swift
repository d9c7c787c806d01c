/// The keys of a JSON object in the order they came last time.
///
/// Applications from one system write their keys alike, so the decoder first compares the
/// object's `index`th key with the one in that place last time, and looks the key up only
/// when it differs (the answer then becomes the guess for next time).
struct KeyOrder {
  private var slots: [Int] = []

  /// The slot of the object's `index`th key, whose name (a JSON string) is next in
  /// `reader`: the guess when `names` says its bytes are next, else what `lookup` reads.
  @inline(__always)
  mutating func slot(
    at index: Int, _ reader: inout JSONReader, names: JSONPieces,
    lookup: (inout JSONReader) throws(InterchangeError) -> Int
  ) throws(InterchangeError) -> Int {
    if index < slots.count, reader.accept(names.bytes(slots[index])) { return slots[index] }
    let slot = try lookup(&reader)
    if index < slots.count { slots[index] = slot } else { slots.append(slot) }
    return slot
  }

  /// Forgets the order (the next object is of another kind).
  mutating func forget() {
    slots.removeAll()
  }
}
