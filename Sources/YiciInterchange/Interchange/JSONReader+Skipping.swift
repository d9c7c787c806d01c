/// Skipping a value of any kind, however nested, without recursion.
extension JSONReader {
  /// Skips one value of any kind. `depth` is how many arrays and objects are open around
  /// it; nesting deeper than `InterchangeLimits.nestingDepth` in all is an error.
  ///
  /// The walk is a loop: the arrays and objects open inside the value are kept as the bits
  /// of one word (1 for an object), so no input can exhaust the stack.
  mutating func skipValue(depth: Int = 0) throws(InterchangeError) {
    var objects: UInt64 = 0
    var open = 0
    while true {
      // One value starts here: a container is opened, or a scalar read whole.
      switch peek() {
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        let isObject = bytes[position] == UInt8(ascii: "{")
        guard depth + open < InterchangeLimits.nestingDepth else {
          throw error("arrays and objects nest deeper than \(InterchangeLimits.nestingDepth) levels (the limit)")
        }
        position += 1
        if !accept(isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
          if isObject { objects |= 1 << UInt64(open) } else { objects &= ~(1 << UInt64(open)) }
          open += 1
          if isObject { try skipFieldName() }
          continue
        }
      case UInt8(ascii: "\""): _ = try readString()
      default:
        if !(accept(literal: "true") || accept(literal: "false") || accept(literal: "null")) {
          _ = try readNumber()
        }
      }
      // A value ended: close what ends with it, until a ',' starts the next value.
      while true {
        guard open > 0 else { return }
        let inObject = objects >> UInt64(open - 1) & 1 == 1
        if accept(UInt8(ascii: ",")) {
          if inObject { try skipFieldName() }
          break
        }
        if inObject {
          try expect(UInt8(ascii: "}"), "',' or '}'")
        } else {
          try expect(UInt8(ascii: "]"), "',' or ']'")
        }
        open -= 1
      }
    }
  }

  /// Skips `"name":` in an object being skipped.
  private mutating func skipFieldName() throws(InterchangeError) {
    _ = try readString("a field name")
    try expect(UInt8(ascii: ":"), "':'")
  }
}
