import YiciCalendar
import YiciEvaluation
import YiciSemantics

extension ApplicationDecoder {
  /// Binds `facts` (field 3), `materials` (4), `shared` (5) or `commitments` (6).
  func bindList(
    _ field: Int, _ reader: inout JSONReader, into decoded: inout Decoded, binding: ServiceBinding,
    _ service: CompiledService
  ) throws(InterchangeError) {
    if field == 3 {
      try bindFacts(&reader, into: &decoded, binding: binding, service)
      return
    }
    try bindIDs(field, &reader, into: &decoded.application, binding: binding)
  }

  /// Binds the list of ids of `materials` (4), `shared` (5) or `commitments` (6).
  private func bindIDs(
    _ field: Int, _ reader: inout JSONReader, into application: inout BoundApplication, binding: ServiceBinding
  ) throws(InterchangeError) {
    if reader.accept(literal: "null") { return }
    try reader.expect(UInt8(ascii: "["), "'[' to start the list of ids", )
    if reader.accept(UInt8(ascii: "]")) { return }
    // The flag's bits are or-ed in by hand: `MaterialFlags` is package API of another
    // module, so `insert` would run unspecialized, through the OptionSet witnesses.
    let flag = (field == 4 ? BoundApplication.MaterialFlags.provided : field == 5 ? .shared : .committed).rawValue
    // The flags are moved out while the list is read, so they are checked for uniqueness
    // once, not once per id.
    var flags: [BoundApplication.MaterialFlags] = []
    swap(&flags, &application.materials)
    defer { swap(&flags, &application.materials) }
    var materials = flags.mutableSpan
    repeat {
      if field != 6, let slot = binding.materialIDs.match(&reader) {
        materials[slot] = BoundApplication.MaterialFlags(rawValue: materials[slot].rawValue | flag)
        continue
      }
      let string = try reader.readString("a material id")
      if field == 6, let slot = Self.lookup(binding.conditions, string, reader) {
        application.committedConditions[slot] = true
      } else if let slot = Self.lookup(binding.materials, string, reader) {
        materials[slot] = BoundApplication.MaterialFlags(rawValue: materials[slot].rawValue | flag)
      } else {
        let known = field == 6 ? binding.conditions.names + binding.materials.names : binding.materials.names
        application.warnings.append(InterchangeError.unknownIDWarning(reader.text(string), field: field, known: known))
      }
    } while reader.accept(UInt8(ascii: ","))
    try reader.expect(UInt8(ascii: "]"), "',' or ']' in the list")
  }

  /// Binds the facts object (its names guessed from the order they came last time).
  /// A fact given twice is an error, whatever the two values.
  private func bindFacts(
    _ reader: inout JSONReader, into decoded: inout Decoded, binding: ServiceBinding, _ service: CompiledService
  ) throws(InterchangeError) {
    if reader.accept(literal: "null") { return }
    try reader.expect(UInt8(ascii: "{"), "'{' to start the facts")
    if reader.accept(UInt8(ascii: "}")) { return }
    decoded.factsSeen.startObject(slots: binding.kinds.count)
    // The values are moved out while the object is read, so they are checked for
    // uniqueness once, not once per fact.
    var values: [Value?] = []
    swap(&values, &decoded.application.facts)
    defer { swap(&values, &decoded.application.facts) }
    var facts = values.mutableSpan
    var index = 0
    repeat {
      let keyStart = reader.position
      let slot = try decoded.factOrder.slot(at: index, &reader, names: binding.factKeys) {
        (reader) throws(InterchangeError) in try factSlot(&reader, binding: binding, service)
      }
      index += 1
      guard decoded.factsSeen.insert(slot) else { throw Self.duplicateFact(slot, service, reader, at: keyStart) }
      try reader.expect(UInt8(ascii: ":"), "':' after the fact name")
      facts[slot] = try readValue(&reader, slot: slot, binding: binding, texts: &decoded.texts, service)
    } while reader.accept(UInt8(ascii: ","))
    try reader.expect(UInt8(ascii: "}"), "',' or '}' in the facts")
  }

  /// The error for a fact given twice (the error path only).
  @inline(never)
  private static func duplicateFact(_ slot: Int, _ service: CompiledService, _ reader: JSONReader, at keyStart: Int)
    -> InterchangeError
  {
    InterchangeError(
      "the fact '\(service.facts[slot].id)' is given twice; each fact may appear once",
      path: "facts.\(service.facts[slot].id)", column: reader.column(of: keyStart))
  }

  /// Reads a fact's name and finds its slot.
  private func factSlot(_ reader: inout JSONReader, binding: ServiceBinding, _ service: CompiledService)
    throws(InterchangeError) -> Int
  {
    let keyStart = reader.position
    let key = try reader.readString("a fact name")
    guard let slot = Self.lookup(binding.facts, key, reader) else {
      throw .unknownFact(reader.text(key), of: service, known: binding.facts.names, column: reader.column(of: keyStart))
    }
    return slot
  }

  /// Reads one fact's value by its declared type; `null` is unknown. The common values (a
  /// boolean, a plain number, an option id, a short text) are read inline, reading only
  /// `binding.kinds`; anything else is read by `readAnyValue`, which words the errors.
  @inline(__always)
  private func readValue(
    _ reader: inout JSONReader, slot: Int, binding: ServiceBinding, texts: inout TextCache, _ service: CompiledService
  ) throws(InterchangeError) -> Value? {
    let start = reader.position
    switch binding.kinds[slot] {
    case .bool:
      if reader.accept(literal: "true") { return .bool(true) }
      if reader.accept(literal: "false") { return .bool(false) }
    case .number:
      reader.skipWhitespace()
      if let number = reader.readPlainNumber() { return .number(number) }
    case .options:
      if let index = binding.optionIDs[slot]?.match(&reader) { return .option(index) }
    case .text:
      if reader.peek() == UInt8(ascii: "\"") {
        do { return .text(texts.text(try reader.readString(), in: reader)) } catch {
          throw Self.inFact(error, slot, service)
        }
      }
    case .date, .choices, .derived:
      break
    }
    reader.position = start
    return try readAnyValue(&reader, slot: slot, binding: binding, service)
  }

  /// The error with the fact's path, when it names none yet.
  @inline(never)
  private static func inFact(_ error: InterchangeError, _ slot: Int, _ service: CompiledService) -> InterchangeError {
    error.inField("facts.\(service.facts[slot].id)")
  }

  /// Reads one fact's value of any form by its declared type, and words what is wrong
  /// with it; `null` is unknown.
  @inline(never)
  private func readAnyValue(_ reader: inout JSONReader, slot: Int, binding: ServiceBinding, _ service: CompiledService)
    throws(InterchangeError) -> Value?
  {
    do {
      return try readAnyValueUnplaced(&reader, slot: slot, binding: binding, service)
    } catch {
      throw Self.inFact(error, slot, service)
    }
  }

  /// `readAnyValue`, its errors not yet given the fact's path.
  private func readAnyValueUnplaced(
    _ reader: inout JSONReader, slot: Int, binding: ServiceBinding, _ service: CompiledService
  ) throws(InterchangeError) -> Value? {
    let start = reader.position
    if reader.accept(literal: "null") { return nil }
    switch binding.kinds[slot] {
    case .bool:
      if reader.accept(literal: "true") { return .bool(true) }
      if reader.accept(literal: "false") { return .bool(false) }
    case .number:
      if let byte = reader.peek(), byte == UInt8(ascii: "-") || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
      {
        do { return .number(try reader.readNumber()) } catch {
          throw InterchangeError(error.message, path: "facts.\(service.facts[slot].id)", column: error.column)
        }
      }
    case .text:
      if reader.peek() == UInt8(ascii: "\"") { return .text(reader.text(try reader.readString())) }
    case .date:
      if reader.peek() == UInt8(ascii: "\"") {
        let string = try reader.readString()
        if let date = reader.date(string) { return .date(date) }
        throw .notADate(reader.text(string), path: "facts.\(service.facts[slot].id)", column: reader.column(of: start))
      }
    case .options:
      if let index = binding.optionIDs[slot]?.match(&reader) { return .option(index) }
      if reader.peek() == UInt8(ascii: "\"") {
        let string = try reader.readString()
        if let options = binding.options[slot], let index = Self.lookup(options, string, reader) {
          return .option(index)
        }
        throw .notAnOption(reader.text(string), of: service.facts[slot], column: reader.column(of: start))
      }
    case .choices:
      if reader.peek() == UInt8(ascii: "[") {
        return .choices(try readChoices(&reader, slot: slot, binding: binding, service))
      }
    case .derived:
      throw .derived(service.facts[slot])
    }
    reader.position = start
    _ = reader.peek()
    let expected = service.facts[slot].isMultiSelect ? "a list of options" : "\(service.facts[slot].type)"
    throw reader.error("expected \(expected), found \(reader.found())", path: "facts.\(service.facts[slot].id)")
  }

  /// The options chosen of a multi-select fact: a JSON list of option ids or labels, each
  /// error at its index (`facts.scope[2]`); `[]` is none chosen, a repeat is an error.
  private func readChoices(_ reader: inout JSONReader, slot: Int, binding: ServiceBinding, _ service: CompiledService)
    throws(InterchangeError) -> UInt64
  {
    let fact = service.facts[slot]
    try reader.expect(UInt8(ascii: "["), "'[' to start the options chosen")
    if reader.accept(UInt8(ascii: "]")) { return 0 }
    var bits: UInt64 = 0
    var position = 0
    repeat {
      reader.skipWhitespace()
      let start = reader.position
      let path = "facts.\(fact.id)[\(position)]"
      guard reader.peek() == UInt8(ascii: "\"") else {
        throw reader.error("expected an option id or label, found \(reader.found())", path: path)
      }
      let string = try reader.readString("an option")
      guard let options = binding.options[slot], let index = Self.lookup(options, string, reader) else {
        var error = InterchangeError.notAnOption(reader.text(string), of: fact, column: reader.column(of: start))
        error.path = path
        throw error
      }
      let bit: UInt64 = 1 << UInt64(index)
      guard bits & bit == 0 else {
        throw InterchangeError(
          "option '\(fact.options[index].id)' is chosen twice", path: path, column: reader.column(of: start))
      }
      bits |= bit
      position += 1
    } while reader.accept(UInt8(ascii: ","))
    try reader.expect(UInt8(ascii: "]"), "',' or ']' in the options chosen")
    return bits
  }
}
