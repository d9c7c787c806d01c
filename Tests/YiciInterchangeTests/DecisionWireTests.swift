import Foundation
import Testing
import Yici
import YiciEvaluation
import YiciTestSupport

@testable import YiciInterchange

/// The decision JSON has one schema (`DecisionField`) and one writer, whether a decision
/// is written from its `Decision` value or straight from its verdicts.
@Suite struct DecisionWireTests {
  static func decisions() throws -> [Decision] {
    let rules = try BundledRules.load()
    return try Repository.files(in: "examples/applications", withSuffix: ".json").flatMap { path in
      let input = Array(try #require(FileManager.default.contents(atPath: path)))
      return try [true, false].map { trace in
        try rules.decide(json: input, options: DecisionOptions(trace: trace))
      }
    }
  }

  /// The names of the top-level keys of compact JSON, in the order written.
  static func topLevelKeys(_ json: [UInt8]) -> [String] {
    var keys: [String] = []
    var depth = 0
    var index = 0
    while index < json.count {
      let byte = json[index]
      if byte == UInt8(ascii: "\"") {
        var end = index + 1
        while json[end] != UInt8(ascii: "\"") { end += json[end] == UInt8(ascii: "\\") ? 2 : 1 }
        if depth == 1, json[end + 1] == UInt8(ascii: ":") {
          keys.append(String(decoding: json[(index + 1)..<end], as: UTF8.self))
        }
        index = end + 1
        continue
      }
      if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") { depth += 1 }
      if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") { depth -= 1 }
      index += 1
    }
    return keys
  }

  /// Each field's `,"name":` written once, as the name `DecisionField` spells.
  static func name(_ field: DecisionField) -> String {
    String(field.key.description.dropFirst(2).dropLast(2))
  }

  @Test func fieldsAreWrittenInTheDeclaredOrder() throws {
    for decision in try Self.decisions() {
      let expected = DecisionField.order.filter { decision.optionals.has($0) }.map(Self.name)
      #expect(Self.topLevelKeys(decision.jsonBytes) == expected)
    }
  }

  @Test func theCodableFormHasTheSchemasNames() throws {
    let encoder = JSONEncoder()
    for decision in try Self.decisions() {
      let object = try #require(
        try JSONSerialization.jsonObject(with: encoder.encode(decision)) as? [String: Any])
      #expect(Set(object.keys) == Set(DecisionField.order.filter { decision.optionals.has($0) }.map(Self.name)))
      #expect(try JSONDecoder().decode(Decision.self, from: Data(decision.jsonBytes)) == decision)
    }
  }

  @Test func outcomesAreWrittenAsTheirRawValues() {
    for outcome in Outcome.allCases {
      #expect(outcome.quoted.description == "\"\(outcome.rawValue)\"")
    }
  }

  @Test func theExplanationIsTheLastField() {
    #expect(DecisionField.order.last == .explanation)
  }

  @Test func materialListsHaveTheSummarysNames() throws {
    var summary = MaterialSummary()
    summary.required = ["a"]
    let object = try #require(
      try JSONSerialization.jsonObject(with: JSONEncoder().encode(summary)) as? [String: Any])
    let names = MaterialListField.order.map { list in
      String(list.opening.description.drop { $0 != "\"" }.dropFirst().prefix { $0 != "\"" })
    }
    #expect(Set(object.keys) == Set(names) && names.count == object.count)
    #expect(MaterialListField.order.map(\.bit) == MaterialListField.order.indices.map { 1 << $0 })
  }

  /// The batch writer and the value writer give the same bytes for every example.
  @Test func theBatchWritesWhatTheValueWrites() throws {
    let rules = try BundledRules.load()
    for path in Repository.files(in: "examples/applications", withSuffix: ".json") {
      let input = Array(try #require(FileManager.default.contents(atPath: path)))
      for language in Language.allCases {
        let options = DecisionOptions(language: language, trace: false)
        var decider = Decider(rules, options: options)
        let decision = try rules.decide(json: input, options: options)
        for _ in 0..<6 {
          var written: [UInt8] = []
          try decider.appendDecision(json: input.span, to: &written)
          #expect(written == decision.jsonBytes, "\(path)")
        }
      }
    }
  }
}
