import YiciCalendar
import YiciEvaluation
import YiciSemantics

extension Application {
  /// The application bound to `service`'s slots, checked as its JSON text would be by
  /// `ApplicationDecoder` (the same errors and warnings, worded in
  /// `InterchangeError+Binding`), without writing or reading any JSON.
  ///
  /// Facts are checked in id order, so the first error is the one the JSON text (written
  /// in that order by `jsonBytes`) gives. A Swift value has no column: errors carry the
  /// path only. `date` overrides the application's own.
  package func bound(to service: CompiledService, date override: CivilDate? = nil) throws(InterchangeError)
    -> BoundApplication
  {
    var bound = BoundApplication(for: service, date: override ?? date ?? CivilDate(dayNumber: 0), id: id)
    for name in facts.keys.sorted() {
      guard let slot = service.factSlots[name] else {
        throw .unknownFact(name, of: service, known: service.facts.map(\.id))
      }
      bound.facts[slot] = try Self.value(facts[name]!, of: service.facts[slot], in: service, slot: slot)
    }
    for (field, ids) in [(4, materials), (5, shared), (6, commitments)] {
      for id in ids {
        if field == 6, let slot = service.conditionSlots[id] {
          bound.committedConditions[slot] = true
        } else if let slot = service.materialSlots[id] {
          bound.materials[slot].insert(field == 4 ? .provided : field == 5 ? .shared : .committed)
        } else {
          let known = service.materials.map(\.id)
          bound.warnings.append(
            InterchangeError.unknownIDWarning(
              id, field: field, known: field == 6 ? service.conditions.map(\.id) + known : known))
        }
      }
    }
    // As in the JSON text, a missing date is found after the facts and lists.
    guard override != nil || date != nil else { throw .noDate }
    return bound
  }

  /// A fact's value read by its declared type; nil for `.null` (unknown).
  private static func value(
    _ value: FactValue, of fact: FactDefinition, in service: CompiledService, slot: Int
  ) throws(InterchangeError) -> Value? {
    if case .null = value { return nil }
    if fact.derivation != nil { throw .derived(fact) }
    switch (fact.type, value) {
    case (.bool, .bool(let flag)): return .bool(flag)
    case (.number, .number(let number)): return .number(number)
    case (.text, .text(let text)): return .text(text)
    case (.date, .text(let text)):
      guard let day = CivilDate(iso: text) else { throw .notADate(text, path: "facts.\(fact.id)") }
      return .date(day)
    case (.options, .text(let text)):
      guard let index = service.option(text, ofFact: slot) else { throw .notAnOption(text, of: fact) }
      return .option(index)
    case (.choices, .list(let texts)):
      var bits: UInt64 = 0
      for (position, text) in texts.enumerated() {
        guard let index = service.option(text, ofFact: slot) else {
          var error = InterchangeError.notAnOption(text, of: fact)
          error.path = "facts.\(fact.id)[\(position)]"
          throw error
        }
        guard bits & (1 << UInt64(index)) == 0 else {
          throw InterchangeError(
            "option '\(fact.options[index].id)' is chosen twice", path: "facts.\(fact.id)[\(position)]")
        }
        bits |= 1 << UInt64(index)
      }
      return .choices(bits)
    default:
      let expected = fact.isMultiSelect ? "a list of options" : "\(fact.type)"
      throw InterchangeError("expected \(expected), found \(value.kind)", path: "facts.\(fact.id)")
    }
  }
}

extension FactValue {
  /// What kind of JSON value this is, as an error names it.
  fileprivate var kind: String {
    switch self {
    case .bool(let flag): flag ? "true" : "false"
    case .number(let number): number.description
    case .text(let text): "\"\(InputHint.shown(text))\""
    case .list: "a list"
    case .null: "null"
    }
  }
}
