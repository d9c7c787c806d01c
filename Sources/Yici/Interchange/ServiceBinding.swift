import YiciSemantics

/// The lookup tables that bind interchange ids to one service's slots, built once per
/// rule set so that decoding an application never builds a `String` to look one up.
struct ServiceBinding: Sendable {
  let facts: ByteKeyTable
  let materials: ByteKeyTable
  let conditions: ByteKeyTable
  /// For each fact slot with options: option ids and labels to option indices.
  let options: [ByteKeyTable?]

  init(_ service: CompiledService) {
    facts = ByteKeyTable(service.facts.enumerated().map { ($1.id, $0) })
    materials = ByteKeyTable(service.materials.enumerated().map { ($1.id, $0) })
    conditions = ByteKeyTable(service.conditions.enumerated().map { ($1.id, $0) })
    options = service.facts.map { fact in
      guard !fact.options.isEmpty else { return nil }
      let ids = fact.options.enumerated().map { ($1.id, $0) }
      let labels = fact.options.enumerated().compactMap { index, option in option.label.map { ($0.text, index) } }
      return ByteKeyTable(ids + labels)
    }
  }
}
