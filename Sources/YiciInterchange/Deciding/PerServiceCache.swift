import YiciSemantics

/// What a decider makes for a service on its first decision and keeps (its program, its
/// decoder's binding tables), so that loading a rule set makes none and a decider's memory
/// grows with the services it decides, not with those in the rule set. At most `limit` are
/// kept (past that the cache starts afresh).
package struct PerServiceCache<Value> {
  private var values: [Int: Value] = [:]
  /// The value of the last decision (a batch often decides one service many times).
  private var last: (index: Int, value: Value)?
  /// How many values are kept before the cache starts afresh.
  package static var limit: Int { 16_384 }

  /// An empty cache.
  package init() {}

  /// The value for the service at `index` of the rule set, made by `make` the first time.
  package mutating func value(_ index: Int, _ service: CompiledService, make: (CompiledService) -> Value) -> Value {
    if let last, last.index == index { return last.value }
    let value: Value
    if let known = values[index] {
      value = known
    } else {
      if values.count >= Self.limit { values.removeAll() }
      value = make(service)
      values[index] = value
    }
    last = (index, value)
    return value
  }
}
