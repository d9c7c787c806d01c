import YiciCalendar
import YiciEvaluation
import YiciSemantics

/// The lookup tables that bind interchange ids to one service's slots, built once per
/// rule set so that decoding an application never builds a `String` to look one up.
final class ServiceBinding: Sendable {
  let facts: ByteKeyTable
  /// Each fact's id as a JSON string, by slot: what a facts object most likely holds next.
  let factKeys: JSONPieces
  let materials: ByteKeyTable
  /// The material ids, matched whole in the input (the fast way to read a list of them).
  let materialIDs: StringDispatch
  let conditions: ByteKeyTable
  /// For each fact slot with options: option ids and labels to option indices.
  let options: [ByteKeyTable?]
  /// For each fact slot with options: their ids, matched whole in the input.
  let optionIDs: [StringDispatch?]
  /// For each fact slot, how its JSON value is read (a small enum, so binding never copies
  /// the fact's definition).
  let kinds: [FactKind]
  /// An application with every fact unknown and no materials: each decoded application
  /// starts as a copy of it (one copy of each array, no element-by-element set-up).
  let empty: BoundApplication

  /// How a fact's value is read from JSON.
  enum FactKind: Sendable {
    case bool, number, text, date, options, choices, derived
  }

  /// Builds the tables in one pass over the facts (each definition is read in place, not
  /// copied), since a decider builds one on each service's first decision.
  init(_ service: CompiledService) {
    let facts = service.facts
    var factPairs: [(String, Int)] = []
    var factIDs: [String] = []
    var kinds: [FactKind] = []
    var optionIDs: [StringDispatch?] = []
    var options: [ByteKeyTable?] = []
    factPairs.reserveCapacity(facts.count)
    factIDs.reserveCapacity(facts.count)
    kinds.reserveCapacity(facts.count)
    optionIDs.reserveCapacity(facts.count)
    options.reserveCapacity(facts.count)
    for slot in facts.indices {
      let id = facts[slot].id
      factPairs.append((id, slot))
      factIDs.append(id)
      kinds.append(Self.kind(of: facts[slot]))
      let choices = facts[slot].options
      if choices.isEmpty {
        optionIDs.append(nil)
        options.append(nil)
      } else {
        var pairs: [(String, Int)] = []
        var labels: [(String, Int)] = []
        for (index, option) in choices.enumerated() {
          pairs.append((option.id, index))
          if let label = option.label { labels.append((label.text, index)) }
        }
        // The labels of the fact's other periods name the same options (see
        // `CompiledService.option(_:ofFact:)`).
        for version in service.factVersions[slot] ?? [] {
          for (index, option) in version.options.enumerated() {
            if let label = option.label, !labels.contains(where: { $0.0 == label.text }) {
              labels.append((label.text, index))
            }
          }
        }
        optionIDs.append(StringDispatch(pairs.map(\.0)))
        options.append(ByteKeyTable(pairs + labels))
      }
    }
    self.facts = ByteKeyTable(factPairs)
    factKeys = JSONPieces(quoted: factIDs)
    self.kinds = kinds
    self.optionIDs = optionIDs
    self.options = options
    let materialIDs = service.materials.map(\.id)
    materials = ByteKeyTable(materialIDs.enumerated().map { ($1, $0) })
    self.materialIDs = StringDispatch(materialIDs)
    conditions = ByteKeyTable(service.conditions.indices.map { (service.conditions[$0].id, $0) })
    empty = BoundApplication(for: service, date: CivilDate(dayNumber: 0))
  }

  /// How a fact's JSON value is read.
  private static func kind(of fact: FactDefinition) -> FactKind {
    guard fact.isInput else { return .derived }
    switch fact.type {
    case .bool: return .bool
    case .number: return .number
    case .text: return .text
    case .date: return .date
    case .options: return .options
    case .choices: return .choices
    }
  }
}

/// The bindings one decoder's memory (`ApplicationDecoder.Decoded`) has made: one per
/// service it has decoded an application for, made on the first.
typealias ServiceBindings = PerServiceCache<ServiceBinding>

extension PerServiceCache<ServiceBinding> {
  /// The binding of the service at `index` of the rule set.
  mutating func binding(_ index: Int, _ service: CompiledService) -> ServiceBinding {
    value(index, service, make: ServiceBinding.init)
  }
}
