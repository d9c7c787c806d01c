import Foundation
import Testing
import Yici
import YiciCalendar
import YiciGuide
import YiciSemantics
import YiciTestSupport

/// `yici guide` of every bundled service, byte for byte in zh and en (`Golden/guide/`), the
/// 场景化 guides of two example applications per service, and the other formats of the
/// largest service.
@Suite struct GuideGoldenTests {
  static let golden = "Tests/YiciTests/Golden/guide"
  static let date = CivilDate(iso: "2025-09-28")!

  static func rules() throws -> RuleSet { try BundledRules.load() }

  /// The example applications of a service, sorted: its scenarios.
  static func applications(of service: String) -> [String] {
    let folder = Repository.path("examples/applications")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.filter { $0.hasPrefix(service + ".") && $0.hasSuffix(".json") }.sorted().map { folder + "/" + $0 }
  }

  @Test func everyServiceInBothLanguages() throws {
    let rules = try Self.rules()
    #expect(rules.compiled.services.count >= 15)
    for service in rules.compiled.services {
      let guide = Guide(service: service, date: Self.date)
      for language in Language.allCases {
        Repository.expectGolden(
          guide.rendered(as: .text, language: language),
          at: Repository.path("\(Self.golden)/\(service.id).\(language.rawValue).txt"))
      }
    }
  }

  @Test func everyServiceCarriesItsGuideFields() throws {
    for service in try Self.rules().compiled.services {
      let guide = try #require(service.guide, "\(service.id) has no guide block")
      #expect(!guide.steps.isEmpty && guide.steps.count <= 4, "\(service.id): steps")
      #expect(guide.fees != nil, "\(service.id): fees")
      #expect(guide.result != nil && !guide.delivery.isEmpty, "\(service.id): result and delivery")
      #expect(!guide.places.isEmpty && !guide.consultation.isEmpty && !guide.complaints.isEmpty, "\(service.id)")
      #expect(guide.scope != nil && guide.onlineDepth != nil && !guide.audience.isEmpty, "\(service.id)")
      #expect(!guide.aliases.isEmpty && !guide.searchWords.isEmpty, "\(service.id): aliases and search words")
    }
  }

  @Test func twoScenariosPerService() throws {
    let rules = try Self.rules()
    for service in rules.compiled.services {
      let paths = Self.applications(of: service.id).prefix(2)
      #expect(paths.count == 2, "\(service.id) has fewer than two example applications")
      for (index, path) in paths.enumerated() {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let application = try rules.application(json: bytes).application
        let name = (path as NSString).lastPathComponent.replacingOccurrences(of: ".json", with: "")
        for language in index == 0 ? Language.allCases : [.zh] {
          let guide = try Guide.scenario(application, rules: rules, language: language)
          Repository.expectGolden(
            guide.rendered(as: .text, language: language),
            at: Repository.path("\(Self.golden)/scenarios/\(name).\(language.rawValue).txt"))
        }
      }
    }
  }

  @Test(arguments: [GuideFormat.md, .html, .json])
  func theLargestServiceInEveryFormat(_ format: GuideFormat) throws {
    let rules = try Self.rules()
    let service = try #require(rules.compiled.service("food_business_license_catering"))
    let guide = Guide(service: service, date: Self.date)
    let languages: [Language] = format == .json ? [.zh] : Language.allCases
    for language in languages {
      let suffix = format == .json ? "json" : "\(language.rawValue).\(format.rawValue)"
      Repository.expectGolden(
        guide.rendered(as: format, language: language),
        at: Repository.path("\(Self.golden)/formats/\(service.id).\(suffix)"))
    }
    if format == .json {
      #expect(guide.rendered(as: .json, language: .zh) == guide.rendered(as: .json, language: .en))
      let application = Application(
        service: service.id, date: Self.date, facts: ["menu": "cold", "applicant_type": "company"])
      let scenario = try Guide.scenario(application, rules: rules)
      Repository.expectGolden(
        scenario.rendered(as: .json), at: Repository.path("\(Self.golden)/formats/\(service.id).scenario.json"))
    }
    if format == .html {
      let html = guide.rendered(as: .html)
      #expect(html.contains("@media print"))
      #expect(!html.contains("<script") && !html.contains("<link") && !html.contains("src="))
    }
  }

  /// The 场景化 guide reads the evaluator's verdicts: a material whose `when` the answers
  /// make false is left out, one they make true is required, one they leave open is marked.
  @Test func aScenarioListsOnlyWhatApplies() throws {
    let rules = try Self.rules()
    let service = "food_business_license_catering"
    func statuses(_ facts: [String: FactValue]) throws -> [String: GuideMaterial.Status] {
      let guide = try Guide.scenario(Application(service: service, date: Self.date, facts: facts), rules: rules)
      return Dictionary(uniqueKeysWithValues: guide.materials.map { ($0.material.id, $0.status) })
    }
    let hot = try statuses(["menu": "hot"])
    #expect(hot["dedicated_room_plan"] == nil)
    let cold = try statuses(["menu": "cold"])
    #expect(cold["dedicated_room_plan"] == .required)
    let unknown = try statuses([:])
    #expect(unknown["dedicated_room_plan"] == .open)
    let general = Guide(service: try #require(rules.compiled.service(service)), date: Self.date)
    #expect(general.materials.first { $0.material.id == "dedicated_room_plan" }?.status == .conditional)
    let dishonest = try Guide.scenario(
      Application(service: service, date: Self.date, facts: ["credit": "dishonest"]), rules: rules)
    #expect(dishonest.conditions.first { $0.condition.id == "not_dishonest" }?.status == .notMet)
  }

  @Test func theCommandLine() throws {
    let cli = CLITests()
    let byAlias = try cli.run(["guide", "社保卡办理", "--date", "2025-09-28"])
    #expect(byAlias.status == 0)
    #expect(byAlias.output.hasPrefix("社会保障卡申领（首次申领）办事指南"))
    let unknown = try cli.run(["guide", "no_such_service", "--date", "2025-09-28"])
    #expect(unknown.status == 64)
    let other = try cli.run([
      "guide", "birth_registration", "--facts", "examples/applications/food_business_license_catering.accepted.json",
    ])
    #expect(other.status == 65)
    let scenario = try cli.run([
      "guide", "food_business_license_catering", "--facts",
      "examples/applications/food_business_license_catering.accepted.json", "--format", "json",
    ])
    #expect(scenario.status == 0)
    #expect(scenario.output.contains("\"scenario\" : true"))
  }
}

/// `yici guide BUNDLE`: every bundled bundle in zh and en, two of its example applications as
/// scenarios, and a scenario in JSON.
@Suite struct BundleGuideGoldenTests {
  static let golden = "Tests/YiciTests/Golden/guide/bundles"

  /// A bundle's example applications, sorted.
  static func applications(of bundle: String) -> [String] {
    let folder = Repository.path("examples/bundles/applications")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.filter { $0.hasPrefix(bundle + ".") && $0.hasSuffix(".json") }.sorted().map { folder + "/" + $0 }
  }

  @Test func everyBundleInBothLanguagesWithTwoScenarios() throws {
    let rules = try BundledRules.load()
    #expect(!rules.compiled.bundles.isEmpty)
    for bundle in rules.compiled.bundles {
      let guide = BundleGuide(bundle: bundle, rules: rules.compiled, date: GuideGoldenTests.date)
      for language in Language.allCases {
        Repository.expectGolden(
          guide.rendered(as: .text, language: language),
          at: Repository.path("\(Self.golden)/\(bundle.id).\(language.rawValue).txt"))
      }
      let paths = Self.applications(of: bundle.id).prefix(2)
      #expect(paths.count == 2, "\(bundle.id) has fewer than two example applications")
      for (index, path) in paths.enumerated() {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let scenario = try #require(try BundleGuide.scenario(json: bytes, rules: rules))
        let name = (path as NSString).lastPathComponent.replacingOccurrences(of: ".json", with: "")
        Repository.expectGolden(
          scenario.rendered(as: .text), at: Repository.path("\(Self.golden)/scenarios/\(name).zh.txt"))
        if index == 0 {
          Repository.expectGolden(
            scenario.rendered(as: .json), at: Repository.path("\(Self.golden)/scenarios/\(name).json"))
          #expect(scenario.rendered(as: .json) == scenario.rendered(as: .json, language: .en))
        }
      }
    }
  }

  /// A member the answers leave out is marked not needed, and its materials are not in the
  /// one set; a material another member's result stands for is not asked.
  @Test func aScenarioLeavesOutTheMembersItDoesNotNeed() throws {
    let rules = try BundledRules.load()
    let json = Array(
      #"{"bundle": "close_enterprise", "date": "2025-09-28", "facts": {"entity_form": "company_branch"}}"#.utf8)
    let guide = try #require(try BundleGuide.scenario(json: json, rules: rules))
    let customs = try #require(guide.members.first { $0.guide.service.id == "customs_declarant_deregistration" })
    #expect(customs.status == .notSelected)
    let text = guide.rendered(as: .text)
    #expect(text.contains("由本一件事内“税务注销（清税申报）”的办理结果提供"))
  }

  @Test func theCommandLineFindsABundleByName() throws {
    let result = try CLITests().run(["guide", "企业注销一件事", "--date", "2025-09-28", "--format", "json"])
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.contains("\"bundle\" : \"close_enterprise\""))
  }
}
