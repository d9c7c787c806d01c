/// Eight bytes at a time, without unsafe pointers: a run of text is looked at one 64-bit
/// word per step (`word(_:at:)`, eight checked loads), and the tests below find a byte in
/// the word with bit tricks.
enum ByteWords {
  /// The eight bytes at `offset` (which must leave eight), first byte lowest.
  @inline(__always)
  static func word(_ bytes: Span<UInt8>, at offset: Int) -> UInt64 {
    var word: UInt64 = 0
    for byte in 0..<8 { word |= UInt64(bytes[offset + byte]) &<< (8 * byte) }
    return word
  }

  /// Whether some byte of the word is a line feed.
  @inline(__always)
  static func hasNewline(_ word: UInt64) -> Bool {
    let newlines = word ^ 0x0A0A_0A0A_0A0A_0A0A
    return (newlines &- 0x0101_0101_0101_0101) & ~newlines & 0x8080_8080_8080_8080 != 0
  }

  /// Whether every byte of the word is ASCII.
  @inline(__always)
  static func isASCII(_ word: UInt64) -> Bool { word & 0x8080_8080_8080_8080 == 0 }
}
