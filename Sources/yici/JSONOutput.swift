import Foundation

/// Pretty JSON for the calendar commands: keys sorted (so output is stable), Chinese unescaped,
/// ending with a newline.
enum JSONOutput {
  static func encode(_ value: some Encodable) throws -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return Array(try encoder.encode(value)) + [0x0A]
  }
}
