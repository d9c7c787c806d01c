import Foundation
import Yici

/// Decides a JSON Lines batch: one decision (or error object) per input line, in order,
/// written through one growing buffer flushed in large chunks.
struct BatchRunner {
  let ruleSet: RuleSet
  let options: DecisionOptions

  /// Decides every line and returns how many failed.
  func run(_ input: [UInt8]) -> Int {
    var failures = 0
    var output: [UInt8] = []
    output.reserveCapacity(1 << 20)
    input.withUnsafeBufferPointer { bytes in
      var lineStart = 0
      var lineNumber = 0
      while lineStart < bytes.count {
        var lineEnd = lineStart
        while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
        lineNumber += 1
        let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
        lineStart = lineEnd + 1
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
        do {
          try ruleSet.decide(json: line, options: options).appendJSON(to: &output)
        } catch {
          failures += 1
          output += Array("{\"line\":\(lineNumber),\"error\":".utf8)
          output += Array(jsonString("\(error)").utf8)
          output.append(UInt8(ascii: "}"))
        }
        output.append(0x0A)
        if output.count > 1 << 20 {
          Terminal.write(bytes: output)
          output.removeAll(keepingCapacity: true)
        }
      }
    }
    Terminal.write(bytes: output)
    return failures
  }

  private func jsonString(_ text: String) -> String {
    let data = (try? JSONEncoder().encode(text)) ?? Data("\"\"".utf8)
    return String(decoding: data, as: UTF8.self)
  }
}
