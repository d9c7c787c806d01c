import Foundation
import Testing
import YiciCalendar
import YiciEvaluation
import YiciExplanation
import YiciSemantics
import YiciSyntax
import YiciTestSupport

/// The real food business licence rules and its example applications explain cleanly.
@Suite struct RuleFileTests {
  static let root = Repository.root

  static func ruleSet() throws -> CompiledRuleSet {
    let paths = [
      "rules/calendar/china.yici", "rules/common/people.yici", "rules/common/business.yici",
      "rules/services/food_business_license.yici",
    ]
    let files = try paths.map { path in
      Parser.parse(
        SourceFile(path: path, text: try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8))
      )
      .file
    }
    return Checker.check(files).ruleSet
  }

  /// An example application, bound by hand (the façade's binding lives in another module).
  static func application(_ name: String, for service: CompiledService) throws -> BoundApplication {
    let data = try Data(contentsOf: root.appendingPathComponent("examples/applications/\(name).json"))
    let json = try JSONDecoder().decode(ApplicationJSON.self, from: data)
    var application = BoundApplication(for: service, date: CivilDate(iso: json.date)!, id: json.id)
    for (id, value) in json.facts.sorted(by: { $0.key < $1.key }) {
      guard let slot = service.factSlots[id] else { continue }
      switch (value, service.facts[slot].type) {
      case (.bool(let bool), _): application.facts[slot] = .bool(bool)
      case (.number(let text), _): application.facts[slot] = ExactDecimal(text).map(Value.number)
      case (.text(let text), .options(let set)): application.facts[slot] = set.index(of: text).map(Value.option)
      case (.text(let text), .date): application.facts[slot] = CivilDate(iso: text).map(Value.date)
      case (.text(let text), _): application.facts[slot] = .text(text)
      }
    }
    for id in json.materials ?? [] {
      if let slot = service.materialSlots[id] { application.materials[slot].insert(.provided) }
    }
    for id in json.shared ?? [] {
      if let slot = service.materialSlots[id] { application.materials[slot].insert(.shared) }
    }
    return application
  }

  @Test(arguments: [
    "food_business_license_catering.accepted", "food_business_license_catering.accepted_with_waiver",
    "food_business_license_catering.needs_correction", "food_business_license_catering.needs_information",
    "food_business_license_catering.rejected", "food_business_license_catering.waiver_denied_credit",
  ])
  func example(_ name: String) throws {
    let service = try #require(try Self.ruleSet().service("food_business_license_catering"))
    let decision = try Evaluator.decide(try Self.application(name, for: service), by: service)
    let title = [
      "accepted": "予以受理", "accepted_with_waiver": "容缺受理", "needs_correction": "需补正",
      "needs_information": "需补充信息", "rejected": "不予受理",
    ][decision.outcome.rawValue]!
    for language in Language.allCases {
      let text = Explainer.explain(decision, service: service, language: language)
      let notice = Explainer.notice(decision, service: service, language: language)
      #expect(text.hasSuffix("\n") && notice.hasSuffix("\n"))
      #expect(!(text + notice).contains(" \n"))
      if language == .zh { #expect(text.hasPrefix(title + "：食品经营许可（餐饮服务）\n")) }
      for id in decision.materials.missing {
        let material = service.materials[service.materialSlots[id]!]
        let name = material.name.text(english: language.isEnglish).lowercased()
        #expect(text.lowercased().contains(name) && notice.lowercased().contains(name), "\(id)")
      }
    }
  }
}

/// The interchange form of an application, as much of it as the test needs.
private struct ApplicationJSON: Decodable {
  var id: String?
  var date: String
  var facts: [String: FactJSON]
  var materials: [String]?
  var shared: [String]?
}

/// A fact's value in interchange JSON; numbers are kept as written, for exact decimals.
private enum FactJSON: Decodable {
  case bool(Bool)
  case number(String)
  case text(String)

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let bool = try? container.decode(Bool.self) {
      self = .bool(bool)
    } else if let number = try? container.decode(Decimal.self) {
      self = .number("\(number)")
    } else {
      self = .text(try container.decode(String.self))
    }
  }
}
