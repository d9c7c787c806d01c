/// Indents compact JSON for people, keeping the fields in the order they were written
/// (Foundation's encoders on Linux do not keep order; the interchange contract does).
package enum PrettyJSON {
  /// The JSON re-indented by two spaces, `"key": value`, empty arrays as `[]`.
  package static func format(_ compact: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(compact.count * 2)
    var depth = 0
    var inString = false
    var escaped = false
    func newline() {
      out.append(0x0A)
      out += [UInt8](repeating: 0x20, count: depth * 2)
    }
    for (index, byte) in compact.enumerated() {
      if inString {
        out.append(byte)
        if escaped {
          escaped = false
        } else if byte == UInt8(ascii: "\\") {
          escaped = true
        } else if byte == UInt8(ascii: "\"") {
          inString = false
        }
        continue
      }
      switch byte {
      case UInt8(ascii: "\""):
        inString = true
        out.append(byte)
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        out.append(byte)
        let next = index + 1 < compact.count ? compact[index + 1] : 0
        if next == UInt8(ascii: "}") || next == UInt8(ascii: "]") { continue }
        depth += 1
        newline()
      case UInt8(ascii: "}"), UInt8(ascii: "]"):
        let previous = index > 0 ? compact[index - 1] : 0
        if previous != UInt8(ascii: "{") && previous != UInt8(ascii: "[") {
          depth -= 1
          newline()
        }
        out.append(byte)
      case UInt8(ascii: ","):
        out.append(byte)
        newline()
      case UInt8(ascii: ":"):
        out += [byte, 0x20]
      default:
        out.append(byte)
      }
    }
    return out
  }
}
