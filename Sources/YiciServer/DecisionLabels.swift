/// The service (or bundle) and outcome of a decision, read back from its JSON for the
/// metrics.
///
/// The one wire schema writes `service` (a bundle's decision: `bundle`) and then `outcome`
/// before any nested object (a bundle's members come after its outcome); no key can occur
/// inside a JSON string (a quote in a string is escaped), so the first `"outcome":"` is the
/// field, and the `"service":"` or `"bundle":"` before it is the other.
enum DecisionLabels {
  static func read(_ json: [UInt8]) -> (service: String, outcome: String)? {
    guard let outcome = value(after: Array(#""outcome":""#.utf8), in: json[...]) else { return nil }
    let head = json[..<outcome.at]
    guard
      let service = value(after: Array(#""service":""#.utf8), in: head)
        ?? value(after: Array(#""bundle":""#.utf8), in: head)
    else { return nil }
    return (service.text, outcome.text)
  }

  /// The string after the first `key` (which ends with the opening quote), up to its
  /// closing quote, and where the key starts.
  static func value(after key: [UInt8], in json: ArraySlice<UInt8>) -> (text: String, at: Int)? {
    var index = json.startIndex
    while index + key.count <= json.endIndex {
      if json[index] == key[0], json[index..<index + key.count].elementsEqual(key) {
        let start = index + key.count
        guard let close = json[start...].firstIndex(of: UInt8(ascii: "\"")) else { return nil }
        return (String(decoding: json[start..<close], as: UTF8.self), index)
      }
      index += 1
    }
    return nil
  }
}
