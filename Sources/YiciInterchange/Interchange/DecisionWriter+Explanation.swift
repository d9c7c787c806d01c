import YiciEvaluation
import YiciExplanation

extension DecisionWriter {
  /// Appends the explanation as an escaped JSON string: from the memo, keyed by the service
  /// and the `ExplanationKey` the explanation is rendered from, or rendered now and
  /// memoized (the text never holds the warnings, so they are no part of the key).
  func appendExplanation(_ verdicts: Verdicts, for application: BoundApplication, to buffer: inout [UInt8]) {
    var end: Int
    while true {
      if let written = ExplanationKey.write(
        verdicts, date: application.date, service: service, into: &keyStorage, from: Self.keyPrefix)
      {
        end = written
        break
      }
      keyStorage = Self.keyStorage(count: 2 * keyStorage.count, service: serviceIndex)
    }
    keyStorage.withUnsafeBytes { storage in
      let key = UnsafeRawBufferPointer(rebasing: storage[..<end])
      if memos.explanations.withValue(key, { buffer += $0 }) { return }
      let explanation = written(key: Array(key[Self.keyPrefix...]))
      explanation.withUnsafeBufferPointer { memos.explanations.insert(key, $0) }
      buffer += explanation
    }
  }

  /// How many bytes of a memo key hold the service's index.
  static let keyPrefix = MemoryLayout<UInt32>.size

  /// Storage for memo keys of `count` bytes, starting with the service's index.
  static func keyStorage(count: Int, service index: Int) -> [UInt8] {
    var storage = [UInt8](repeating: 0, count: count)
    for byte in 0..<keyPrefix { storage[byte] = UInt8(truncatingIfNeeded: index >> (8 * byte)) }
    return storage
  }

  /// The explanation rendered from its key, escaped as a JSON string: with the service's
  /// texts prepared once it has been explained a few times (the same text).
  private func written(key: [UInt8]) -> [UInt8] {
    explained += 1
    if prepared == nil, explained > Self.preparedAfter {
      prepared = Explainer.Prepared(service: service, language: language)
    }
    var out = JSONWriter(capacity: 2048)
    out.string(
      lines: Explainer.explanationLines(
        key: key, service: service, language: language, prepared: prepared))
    return out.bytes
  }
}
