/// The keys of one JSON object read so far, by slot: a key given twice is an input error
/// (the decoder never lets a later value silently replace an earlier one).
///
/// Each slot keeps the number of the object that last marked it, so starting the next
/// object costs an increment, not a clearing pass: the memory is reused from one
/// application to the next.
struct SeenKeys {
  private var stamps: [UInt32] = []
  private var object: UInt32 = 0

  /// Starts a new object with keys in `0..<slots`.
  @inline(__always)
  mutating func startObject(slots: Int) {
    object &+= 1
    if object == 0 {
      // Wrapped around after 2³² objects: forget every old mark once.
      for index in stamps.indices { stamps[index] = 0 }
      object = 1
    }
    if stamps.count < slots { stamps += repeatElement(0, count: slots - stamps.count) }
  }

  /// Marks `slot` as read; false when it was already read in this object.
  @inline(__always)
  mutating func insert(_ slot: Int) -> Bool {
    if stamps[slot] == object { return false }
    stamps[slot] = object
    return true
  }
}
