/// The `"decision_id"` of a decision put on record (`yici serve --data`): an optional field
/// of the one wire schema (`DecisionField.decisionID`), after `revision`, which the library
/// never writes; the server puts it into the bytes the library wrote.
public enum DecisionIDField {
  /// Inserts `"decision_id":"<id>"` into a decision's JSON where `DecisionField` orders it:
  /// right before `"outcome"`, which every decision has and which follows `revision`. No key
  /// can occur inside a JSON string (a quote in one is escaped), so the first `,"outcome":` is
  /// the decision's own. `id` is written as a JSON string. Returns false (and leaves the bytes
  /// alone) for bytes with no outcome.
  @discardableResult
  public static func insert(_ id: String, into json: inout [UInt8]) -> Bool {
    let key = Array(",\"outcome\":".utf8)
    var index = json.startIndex
    while index + key.count <= json.endIndex {
      if json[index] == key[0], json[index..<index + key.count].elementsEqual(key) {
        var out = JSONWriter(capacity: id.utf8.count + 20)
        out.raw(",\"decision_id\":")
        out.string(id)
        json.insert(contentsOf: out.bytes, at: index)
        return true
      }
      index += 1
    }
    return false
  }
}
