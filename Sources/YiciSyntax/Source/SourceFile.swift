/// The text of one rule file, kept as its UTF-8 bytes, with a line index.
///
/// Positions everywhere in Yici are offsets of Unicode scalars (`SourceRange`), so a column
/// counts characters the way an author sees them (一 is one column, not three bytes). The
/// file keeps only its bytes, one byte per byte of text, and for each line the offset of its
/// first scalar and of its first byte: a scalar offset is turned into a byte offset by
/// walking at most one line. `SourceFile` is immutable and shared by reference between
/// tokens, the AST and diagnostics.
public final class SourceFile: Sendable {
  /// The path the file was read from, or a name such as `<string>` for in-memory text.
  public let path: String
  /// The file's text as UTF-8 (valid: it was read from a `String` or checked when read).
  public let utf8: [UInt8]
  // INVARIANT: lineStarts[0] == 0 and the array is strictly increasing; lineByteStarts has
  // the same count and gives the byte offset of the same scalars.
  /// Offsets of the first scalar of each line.
  private let lineStarts: [Int32]
  /// Offsets of the first byte of each line, in `utf8`.
  private let lineByteStarts: [Int32]
  /// How many Unicode scalars the text has: every `SourceRange` lies within `0...scalarCount`.
  public let scalarCount: Int
  /// The file's size in bytes of UTF-8; for a file over `SourceLimits.fileBytes` it is all
  /// that is kept (the text is left empty and the parser reports the limit).
  public let size: Int

  /// A file too large to read (`SourceLimits.fileBytes`): its path and size, no text.
  public convenience init(path: String, oversized size: Int) {
    self.init(path: path, utf8: [], size: size)
  }

  /// Creates a source file from its path and text.
  public convenience init(path: String, text: String) {
    self.init(path: path, utf8: Array(text.utf8), size: text.utf8.count)
  }

  /// Creates a source file from its path and its text as UTF-8; nil when the bytes are not
  /// valid UTF-8.
  public convenience init?(path: String, validating utf8: [UInt8]) {
    guard let index = LineIndex(utf8) else { return nil }
    self.init(path: path, utf8: utf8, size: utf8.count, index: index)
  }

  private convenience init(path: String, utf8: [UInt8], size: Int) {
    // The bytes of a `String` are valid UTF-8.
    self.init(path: path, utf8: utf8, size: size, index: LineIndex(utf8) ?? LineIndex([])!)
  }

  private init(path: String, utf8: [UInt8], size: Int, index: LineIndex) {
    self.path = path
    self.utf8 = utf8
    self.size = size
    self.scalarCount = index.scalarCount
    self.lineStarts = index.scalarStarts
    self.lineByteStarts = index.byteStarts
  }

  /// The file's text.
  public var text: String { String(decoding: utf8, as: UTF8.self) }

  /// The text as Unicode scalars (decoded on each call: ask for `scalars(in:)` of a line).
  public var scalars: [Unicode.Scalar] { Array(text.unicodeScalars) }

  /// The scalars of a range of scalar offsets (clamped to the file).
  public func scalars(in range: Range<Int>) -> [Unicode.Scalar] {
    let lower = min(max(0, range.lowerBound), scalarCount)
    let upper = min(max(lower, range.upperBound), scalarCount)
    let bytes = byteOffset(of: lower)..<byteOffset(of: upper)
    return Array(String(decoding: utf8[bytes], as: UTF8.self).unicodeScalars)
  }

  /// How many lines the text has (a text ending in a line break has an empty last line).
  public var lineCount: Int { lineStarts.count }

  /// The scalar offset where a 1-based line starts (`1...lineCount`).
  public func startOfLine(_ number: Int) -> Int { Int(lineStarts[number - 1]) }

  /// The 1-based line and column of a scalar offset.
  public func lineAndColumn(of offset: Int) -> (line: Int, column: Int) {
    let line = lineIndex(of: offset)
    return (line + 1, offset - Int(lineStarts[line]) + 1)
  }

  /// The 0-based line holding a scalar offset.
  private func lineIndex(of offset: Int) -> Int {
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if Int(lineStarts[mid]) <= offset { low = mid } else { high = mid - 1 }
    }
    return low
  }

  /// The byte offset in `utf8` of a scalar offset (0...scalarCount).
  public func byteOffset(of offset: Int) -> Int {
    let line = lineIndex(of: offset)
    var byte = Int(lineByteStarts[line])
    var remaining = offset - Int(lineStarts[line])
    while remaining > 0 && byte < utf8.count {
      byte += 1
      while byte < utf8.count && utf8[byte] & 0xC0 == 0x80 { byte += 1 }
      remaining -= 1
    }
    return byte
  }

  /// The text of a 1-based line, without its line break.
  public func line(_ number: Int) -> Substring {
    Substring(string(lineRange(number)))
  }

  /// The scalar offsets of a 1-based line, without its line break (empty past the end).
  public func lineRange(_ number: Int) -> Range<Int> {
    guard number >= 1, number <= lineStarts.count else { return scalarCount..<scalarCount }
    let start = Int(lineStarts[number - 1])
    var end = number < lineStarts.count ? Int(lineStarts[number]) - 1 : scalarCount
    let endByte = number < lineStarts.count ? Int(lineByteStarts[number]) - 1 : utf8.count
    if end > start, utf8[endByte - 1] == UInt8(ascii: "\r") { end -= 1 }
    return start..<max(start, end)
  }

  /// The text covered by a range.
  public func text(in range: SourceRange) -> String {
    string(range.start..<range.end)
  }

  /// The text of a range of scalar offsets, clamped to the file.
  private func string(_ range: Range<Int>) -> String {
    let lower = min(max(0, range.lowerBound), scalarCount)
    let upper = min(max(lower, range.upperBound), scalarCount)
    return text(bytes: byteOffset(of: lower)..<byteOffset(of: upper))
  }

  /// The text of a range of byte offsets that starts and ends between scalars.
  func text(bytes range: Range<Int>) -> String {
    String(decoding: utf8[range], as: UTF8.self)
  }
}
