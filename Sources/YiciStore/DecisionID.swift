import Foundation
import Synchronization

/// Decision ids: UUIDs of version 7 (RFC 9562), lowercase: the millisecond they were made
/// first, so that ids sort in the order decided, then a counter within the millisecond and
/// random bits.
public enum DecisionID {
  private static let last = Mutex<(millisecond: UInt64, counter: UInt16)>((0, 0))

  /// A new id, greater than every id made before it by this process.
  public static func make(now: Date = Date()) -> String {
    let wall = UInt64(max(0, now.timeIntervalSince1970 * 1000))
    let (millisecond, counter) = last.withLock { last -> (UInt64, UInt16) in
      if wall > last.millisecond {
        last = (wall, UInt16.random(in: 0..<0x400))
      } else if last.counter < 0xFFF {
        last.counter += 1
      } else {
        last = (last.millisecond + 1, 0)
      }
      return last
    }
    var bytes = [UInt8](repeating: 0, count: 16)
    for index in 0..<6 { bytes[index] = UInt8(truncatingIfNeeded: millisecond >> (8 * (5 - index))) }
    bytes[6] = 0x70 | UInt8(counter >> 8)
    bytes[7] = UInt8(truncatingIfNeeded: counter)
    var random = SystemRandomNumberGenerator()
    for index in 8..<16 { bytes[index] = random.next() }
    bytes[8] = 0x80 | (bytes[8] & 0x3F)
    let hex = Array("0123456789abcdef".utf8)
    var text: [UInt8] = []
    text.reserveCapacity(36)
    for (index, byte) in bytes.enumerated() {
      if [4, 6, 8, 10].contains(index) { text.append(UInt8(ascii: "-")) }
      text.append(hex[Int(byte >> 4)])
      text.append(hex[Int(byte & 15)])
    }
    return String(decoding: text, as: UTF8.self)
  }

  /// Whether `text` has the form of a decision id (so a bad one is told apart from an
  /// unknown one).
  public static func isWellFormed(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard bytes.count == 36 else { return false }
    for (index, byte) in bytes.enumerated() {
      if [8, 13, 18, 23].contains(index) {
        guard byte == UInt8(ascii: "-") else { return false }
      } else {
        guard (48...57).contains(byte) || (97...102).contains(byte) else { return false }
      }
    }
    return true
  }
}
