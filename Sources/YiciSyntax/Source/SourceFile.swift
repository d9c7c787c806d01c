/// The text of one rule file, decoded once into Unicode scalars, with its line table.
///
/// Positions everywhere in Yici are offsets into `scalars`, so a column counts
/// characters the way an author sees them (一 is one column, not three bytes).
/// `SourceFile` is immutable and shared by reference between tokens, the AST and
/// diagnostics.
public final class SourceFile: Sendable {
  /// The path the file was read from, or a name such as `<string>` for in-memory text.
  public let path: String
  /// The file's text.
  public let text: String
  /// The text as Unicode scalars; every `SourceRange` indexes into this array.
  public let scalars: [Unicode.Scalar]
  // INVARIANT: lineStarts[0] == 0 and the array is strictly increasing.
  /// Offsets of the first scalar of each line.
  public let lineStarts: [Int]
  /// The file's size in bytes of UTF-8; for a file over `SourceLimits.fileBytes` it is all
  /// that is kept (the text is left empty and the parser reports the limit).
  public let size: Int

  /// A file too large to read (`SourceLimits.fileBytes`): its path and size, no text.
  public convenience init(path: String, oversized size: Int) {
    self.init(path: path, text: "", size: size)
  }

  /// Creates a source file from its path and text.
  public convenience init(path: String, text: String) {
    self.init(path: path, text: text, size: text.utf8.count)
  }

  private init(path: String, text: String, size: Int) {
    self.path = path
    self.text = text
    self.size = size
    let scalars = Array(text.unicodeScalars)
    self.scalars = scalars
    var starts = [0]
    for (offset, scalar) in scalars.enumerated() where scalar == "\n" {
      starts.append(offset + 1)
    }
    self.lineStarts = starts
  }

  /// The 1-based line and column of a scalar offset.
  public func lineAndColumn(of offset: Int) -> (line: Int, column: Int) {
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
    }
    return (low + 1, offset - lineStarts[low] + 1)
  }

  /// The text of a 1-based line, without its line break.
  public func line(_ number: Int) -> Substring {
    Substring(Self.string(scalars[lineRange(number)]))
  }

  /// The scalar offsets of a 1-based line, without its line break (empty past the end).
  public func lineRange(_ number: Int) -> Range<Int> {
    guard number >= 1, number <= lineStarts.count else { return scalars.count..<scalars.count }
    let start = lineStarts[number - 1]
    var end = number < lineStarts.count ? lineStarts[number] - 1 : scalars.count
    if end > start, scalars[end - 1] == "\r" { end -= 1 }
    return start..<max(start, end)
  }

  /// The text covered by a range.
  public func text(in range: SourceRange) -> String {
    let lower = min(max(0, range.start), scalars.count)
    let upper = min(max(lower, range.end), scalars.count)
    return Self.string(scalars[lower..<upper])
  }

  /// The scalars as a string, encoded straight into its UTF-8 storage (appending them
  /// one by one to a `String.UnicodeScalarView` costs ten times as much).
  static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    let capacity = scalars.reduce(0) { $0 + UTF8.width($1) }
    return String(unsafeUninitializedCapacity: capacity) { buffer in
      var count = 0
      for scalar in scalars {
        UTF8.encode(scalar) { byte in
          buffer[count] = byte
          count += 1
        }
      }
      return count
    }
  }
}
