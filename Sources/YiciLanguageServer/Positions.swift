import YiciSyntax

/// Converts between Yici's positions (offsets of Unicode scalars) and the protocol's
/// (0-based line, and character in UTF-16 code units, the encoding LSP 3.17 requires when the
/// client offers no other). A CJK character is one scalar and one UTF-16 unit; a character
/// outside the Basic Multilingual Plane (an emoji, 𠀀) is one scalar and two units.
enum Positions {
  /// The protocol position of a scalar offset.
  static func position(of offset: Int, in file: SourceFile) -> JSONValue {
    let (line, column) = file.lineAndColumn(of: min(max(0, offset), file.scalarCount))
    let start = file.startOfLine(line)
    let prefix = file.scalars(in: start..<(start + column - 1))
    let character = prefix.reduce(0) { $0 + ($1.value > 0xFFFF ? 2 : 1) }
    return ["line": .int(line - 1), "character": .int(character)]
  }

  /// The protocol range of a source range.
  static func range(_ range: SourceRange, in file: SourceFile) -> JSONValue {
    ["start": position(of: range.start, in: file), "end": position(of: range.end, in: file)]
  }

  /// The scalar offset of a protocol position, clamped to its line (a character past the
  /// end of the line is its end; one inside a surrogate pair is the pair's scalar).
  static func offset(of position: JSONValue, in file: SourceFile) -> Int? {
    guard let line = position["line"].int, let character = position["character"].int, line >= 0 else { return nil }
    guard line < file.lineCount else { return file.scalarCount }
    let lineRange = file.lineRange(line + 1)
    var units = 0
    var offset = lineRange.lowerBound
    for scalar in file.scalars(in: lineRange) {
      let width = scalar.value > 0xFFFF ? 2 : 1
      guard units + width <= character else { break }
      units += width
      offset += 1
    }
    return offset
  }
}
