/// Where a file's lines start, in scalars and in bytes, found in one pass over its UTF-8
/// that also checks the bytes are valid UTF-8 (as `String(validating:)` decides: no
/// overlong form, surrogate, value past U+10FFFF, stray or missing continuation byte).
///
/// Runs of ASCII without a line break are passed eight bytes at a time, so an English or
/// mostly-ASCII file costs about one instruction a byte.
struct LineIndex {
  /// Offsets of the first scalar of each line (the first is 0). 32 bits are enough: a rule
  /// file is at most `SourceLimits.fileBytes`, and a catalogue holds a million lines.
  var scalarStarts: [Int32] = [0]
  /// Offsets of the first byte of each line (the first is 0).
  var byteStarts: [Int32] = [0]
  /// How many scalars the text has.
  var scalarCount = 0

  /// The index of the bytes; nil when they are not valid UTF-8.
  init?(_ bytes: [UInt8]) {
    var index = LineIndex()
    // Rule files have lines of 40–80 bytes: room for most without growing.
    index.scalarStarts.reserveCapacity(bytes.count / 48 + 1)
    index.byteStarts.reserveCapacity(bytes.count / 48 + 1)
    guard index.scan(bytes.span) else { return nil }
    self = index
  }

  private init() {}

  private mutating func scan(_ base: Span<UInt8>) -> Bool {
    let count = base.count
    var offset = 0
    var scalars = 0
    while offset < count {
      // Eight ASCII bytes without a '\n': no scalar but one-byte ones, no line start.
      if offset + 8 <= count {
        let word = ByteWords.word(base, at: offset)
        if ByteWords.isASCII(word) && !ByteWords.hasNewline(word) {
          offset += 8
          scalars += 8
          continue
        }
      }
      let lead = base[offset]
      scalars += 1
      if lead < 0x80 {
        offset += 1
        if lead == UInt8(ascii: "\n") {
          scalarStarts.append(Int32(scalars))
          byteStarts.append(Int32(offset))
        }
        continue
      }
      // The allowed range of the second byte, and how many bytes the scalar takes.
      let length: Int
      var low: UInt8 = 0x80
      var high: UInt8 = 0xBF
      switch lead {
      case 0xC2...0xDF: length = 2
      case 0xE0:
        length = 3
        low = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED:
        length = 3
        high = 0x9F
      case 0xF0:
        length = 4
        low = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4:
        length = 4
        high = 0x8F
      default: return false
      }
      guard offset + length <= count else { return false }
      let second = base[offset + 1]
      guard second >= low && second <= high else { return false }
      for index in (offset + 2)..<(offset + length) where base[index] & 0xC0 != 0x80 { return false }
      offset += length
    }
    scalarCount = scalars
    return true
  }
}
