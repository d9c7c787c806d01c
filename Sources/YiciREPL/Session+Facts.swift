import Foundation
import Yici
import YiciEvaluation
import YiciSemantics

/// Facts: `FACT = VALUE`, `:set`, `:unset`, `:facts`, and a fact's name alone.
extension Session {
  /// Sets a fact named by id or label from the value as typed.
  mutating func setFact(_ name: String, to text: String) -> Output {
    guard let service else { return Self.noService }
    let lookup = FactLookup(service: service)
    guard let slot = lookup.slot(of: name) else { return .failure(lookup.unknownMessage(name)) }
    let fact = service.fact(slot, on: date)
    guard fact.isInput else {
      let inputs = lookup.inputs(of: fact).joined(separator: ", ")
      return .failure("'\(fact.id)' is derived from other facts (\(inputs)); set those instead")
    }
    if text.isEmpty, fact.type != .text {
      return .failure("give a value: \(fact.id) = …", [":unset \(fact.id) makes it unknown again"])
    }
    switch FactInput.parse(text, for: fact, today: today) {
    case .failure(let error):
      return .failure(error.message, error.help)
    case .success(let value):
      application.facts[fact.id] = value
      return .line("\(fact.id) = \(Show.value(value, of: fact, english: english))").then(decideAndSummarize())
    }
  }

  /// `:set FACT VALUE` or `:set FACT = VALUE`.
  mutating func setFact(arguments: String) -> Output {
    if let (name, value) = Self.splitAssignment(arguments) { return setFact(name, to: value) }
    let name = String(arguments.prefix { !$0.isWhitespace })
    guard !name.isEmpty else { return .failure("give a fact and its value: :set area_m2 120") }
    return setFact(name, to: arguments.dropFirst(name.count).trimmingCharacters(in: .whitespaces))
  }

  /// `:unset FACT...`: the facts become unknown.
  mutating func unsetFacts(_ arguments: String) -> Output {
    guard let service else { return Self.noService }
    let names = Self.splitList(arguments)
    guard !names.isEmpty else { return .failure("name the facts to make unknown (:reset starts a new application)") }
    let lookup = FactLookup(service: service)
    var ids: [String] = []
    for name in names {
      guard let slot = lookup.slot(of: name) else { return .failure(lookup.unknownMessage(name)) }
      ids.append(service.facts[slot].id)
    }
    for id in ids { application.facts[id] = nil }
    return .line(ids.joined(separator: ", ") + (ids.count == 1 ? " is" : " are") + " unknown now")
      .then(decideAndSummarize())
  }

  /// `:facts`: every fact with its label, type and value; derived ones computed.
  func listFacts() -> Output {
    guard let service else { return Self.noService }
    let derived = derivedValues()
    var table = TextTable()
    for (slot, fact) in service.facts.enumerated() {
      let label = Show.text(fact.label, english: english)
      if fact.isInput {
        let value = application.facts[fact.id].map { Show.value($0, of: fact, english: english) } ?? "?"
        table.add(fact.id, label, Show.type(fact.type), value)
      } else {
        table.add(fact.id, label, "derived", describe(derived[slot], type: fact.type))
      }
    }
    let told = service.facts.filter { application.facts[$0.id] != nil }.count
    let inputs = service.facts.filter(\.isInput).count
    return .lines(["\(told) of \(inputs) facts told (? is unknown)"] + table.lines())
  }

  /// One fact: label, type, value, question and options.
  func describeFact(_ fact: FactDefinition, detailed: Bool) -> Output {
    var lines: [String] = []
    let label = fact.label.map { " — " + $0.text(english: english) } ?? ""
    if fact.isInput {
      let value = application.facts[fact.id].map { Show.value($0, of: fact, english: english) } ?? "? (unknown)"
      lines.append("\(fact.id)\(label): \(value)")
      lines.append("  type: \(fact.type)")
      if let question = fact.question { lines.append("  ask: " + question.text(english: english)) }
      if !fact.options.isEmpty { lines.append("  options: " + FactInput.optionList(fact.options, english: english)) }
    } else {
      let slot = service?.factSlots[fact.id] ?? 0
      lines.append("\(fact.id)\(label): \(describe(derivedValues()[slot], type: fact.type)) (derived)")
      if let service {
        lines.append("  from: " + FactLookup(service: service).inputs(of: fact).joined(separator: ", "))
      }
    }
    return .lines(lines)
  }

  /// A computed result: its value, `?` when unknown, or the error.
  func describe(_ result: EvaluationResult?, type: ValueType) -> String {
    switch result {
    case .value(let value): Show.value(value, type: type, english: english)
    case .error(let message): "error: \(message)"
    case .unknown, nil: "?"
    }
  }

  /// Names in a list separated by spaces, commas or 、.
  static func splitList(_ text: String) -> [String] {
    text.split { $0.isWhitespace || ",，、;；".contains($0) }.map(String.init)
  }

  static let noService = Output.failure("choose a service first with :use SERVICE (:services lists them)")

  var english: Bool { language.isEnglish }
}

/// Facts of a service by id or label.
struct FactLookup {
  let service: CompiledService

  private var items: [NamedItem] { service.facts.map { NamedItem(id: $0.id, label: $0.label) } }

  /// The slot of the fact a name means.
  func slot(of name: String) -> Int? { items.index(of: name) }

  /// "no fact 'x' in service; did you mean 'y'?"
  func unknownMessage(_ name: String) -> String {
    "no fact '\(name)' in \(service.id)" + (items.suggestion(for: name).map { "; \($0)" } ?? "")
  }

  /// The input facts a derived fact is computed from, directly or through other derived facts.
  func inputs(of fact: FactDefinition) -> [String] {
    guard let derivation = fact.derivation else { return [] }
    return service.inputSlots(of: derivation).map { service.facts[$0].id }
  }
}
