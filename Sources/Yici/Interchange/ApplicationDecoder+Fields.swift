import YiciCalendar
import YiciEvaluation
import YiciSemantics

extension ApplicationDecoder {
  /// Binds `facts` (field 3), `materials` (4), `shared` (5) or `commitments` (6).
  func bindList(
    _ field: Int, _ reader: inout JSONReader, into application: inout BoundApplication, binding: ServiceBinding,
    _ service: CompiledService
  ) throws(InterchangeError) {
    if field == 3 {
      try bindFacts(&reader, into: &application, binding: binding, service)
      return
    }
    let name = ["materials", "shared", "commitments"][field - 4]
    if reader.accept(literal: "null") { return }
    try reader.expect(UInt8(ascii: "["), "'[' to start the list of ids", )
    if reader.accept(UInt8(ascii: "]")) { return }
    repeat {
      let string = try reader.readString("a material id")
      if field == 6, let slot = Self.lookup(binding.conditions, string, reader) {
        application.committedConditions[slot] = true
      } else if let slot = Self.lookup(binding.materials, string, reader) {
        switch field {
        case 4: application.provided[slot] = true
        case 5: application.shared[slot] = true
        default: application.committedMaterials[slot] = true
        }
      } else {
        let id = reader.text(string)
        let known = field == 6 ? binding.conditions.names + binding.materials.names : binding.materials.names
        let hint = Suggestions.closest(to: id, in: known).map { " (did you mean '\($0)'?)" } ?? ""
        application.warnings.append("\(name): '\(id)' is not a \(field == 6 ? "condition or material" : "material") of this service, ignored\(hint)")
      }
    } while reader.accept(UInt8(ascii: ","))
    try reader.expect(UInt8(ascii: "]"), "',' or ']' in the list")
  }

  private func bindFacts(
    _ reader: inout JSONReader, into application: inout BoundApplication, binding: ServiceBinding,
    _ service: CompiledService
  ) throws(InterchangeError) {
    if reader.accept(literal: "null") { return }
    try reader.expect(UInt8(ascii: "{"), "'{' to start the facts")
    if reader.accept(UInt8(ascii: "}")) { return }
    repeat {
      let keyStart = reader.position
      let key = try reader.readString("a fact name")
      guard let slot = Self.lookup(binding.facts, key, reader) else {
        let name = reader.text(key)
        let hint = Suggestions.closest(to: name, in: binding.facts.names).map { "; did you mean '\($0)'?" } ?? ""
        throw InterchangeError("service '\(service.id)' has no fact '\(name)'\(hint)", path: "facts", column: keyStart + 2)
      }
      try reader.expect(UInt8(ascii: ":"), "':' after the fact name")
      application.facts[slot] = try readValue(&reader, fact: service.facts[slot], options: binding.options[slot])
    } while reader.accept(UInt8(ascii: ","))
    try reader.expect(UInt8(ascii: "}"), "',' or '}' in the facts")
  }

  /// Reads one fact's value by its declared type; `null` is unknown.
  private func readValue(_ reader: inout JSONReader, fact: FactDefinition, options: ByteKeyTable?)
    throws(InterchangeError) -> Value?
  {
    let path = "facts.\(fact.id)"
    let start = reader.position
    if reader.accept(literal: "null") { return nil }
    guard fact.isInput else { throw InterchangeError("'\(fact.id)' is derived from other facts; it cannot be given", path: path) }
    func mismatch() -> InterchangeError {
      reader.position = start
      _ = reader.peek()
      return reader.error("expected \(fact.type), found \(reader.found())", path: path)
    }
    switch fact.type {
    case .bool:
      if reader.accept(literal: "true") { return .bool(true) }
      if reader.accept(literal: "false") { return .bool(false) }
      throw mismatch()
    case .number:
      guard let byte = reader.peek(), byte == UInt8(ascii: "-") || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
      else { throw mismatch() }
      do { return .number(try reader.readNumber()) } catch { throw InterchangeError(error.message, path: path, column: error.column) }
    case .text:
      guard reader.peek() == UInt8(ascii: "\"") else { throw mismatch() }
      return .text(reader.text(try reader.readString()))
    case .date:
      guard reader.peek() == UInt8(ascii: "\"") else { throw mismatch() }
      let text = reader.text(try reader.readString())
      guard let date = CivilDate(iso: text) else {
        throw InterchangeError("'\(text)' is not a date (YYYY-MM-DD)", path: path, column: start + 1)
      }
      return .date(date)
    case .options(let set):
      guard reader.peek() == UInt8(ascii: "\"") else { throw mismatch() }
      let string = try reader.readString()
      if let options, let index = Self.lookup(options, string, reader) { return .option(index) }
      let text = reader.text(string)
      let hint = Suggestions.closest(to: text, in: set.options.map(\.id)).map { "did you mean '\($0)'? " } ?? ""
      throw InterchangeError(
        "'\(text)' is not an option of '\(fact.id)'; \(hint)the options are \(set.options.map(\.id).joined(separator: ", "))",
        path: path, column: start + 1)
    }
  }
}
