import Foundation
import Testing
import Yici
import YiciSyntax
import YiciTestSupport

/// The bundled services as content: what the items of one 一件事 share is declared once, in a
/// vocabulary of `rules/common/`, so that a bundle merging them by id asks each fact and
/// collects each document once; and every service has the example applications its golden
/// decisions need.
@Suite struct BundledContentTests {
  /// The 一件事 of issue 11 and their member services (`shared/domain/bundles.md`).
  static let bundles: [Bundle] = [
    Bundle(
      name: "开办餐饮店",
      members: [
        "individual_business_registration", "food_business_license_catering", "fire_safety_inspection",
        "outdoor_signboard", "tobacco_retail_license",
      ]),
    Bundle(
      name: "新生儿出生",
      members: [
        "birth_medical_certificate_issuance", "vaccination_certificate", "birth_registration",
        "resident_medical_insurance_enrolment", "social_security_card_application",
      ]),
    Bundle(
      name: "企业注销",
      members: [
        "tax_deregistration", "enterprise_deregistration", "social_insurance_deregistration",
        "customs_declarant_deregistration", "company_seal_cancellation",
      ]),
  ]

  /// Ids that two members declare for themselves although they name different things: the
  /// application forms of 个体工商户设立登记 and 食品经营许可 are both `application_form`, and
  /// renaming either would change their published decisions.
  static let knownCollisions: Set<String> = ["application_form"]

  struct Bundle: CustomTestStringConvertible, Sendable {
    var name: String
    var members: [String]
    var testDescription: String { name }
  }

  /// Every service of `rules/`, parsed, by id.
  static let services: [String: ServiceSyntax] = {
    let sources = try! RuleSources.read(["rules"], relativeTo: Repository.root.path)
    var services: [String: ServiceSyntax] = [:]
    for source in sources {
      for case .service(let service) in Parser.parse(source).file.declarations { services[service.id.name] = service }
    }
    return services
  }()

  /// The ids a service declares itself: its own facts, and the materials it defines with a
  /// display name (a material required by id alone is a vocabulary's).
  static func ownIDs(_ service: ServiceSyntax) -> Set<String> {
    Set(service.facts.map(\.id.name) + service.materials.filter { $0.displayName != nil }.map(\.id.name))
  }

  @Test(arguments: bundles)
  func membersShareOnlyThroughVocabularies(_ bundle: Bundle) throws {
    var declaredBy: [String: [String]] = [:]
    for member in bundle.members {
      let service = try #require(Self.services[member], "\(bundle.name): no service '\(member)' in rules/")
      for id in Self.ownIDs(service) { declaredBy[id, default: []].append(member) }
    }
    let shared = declaredBy.filter { $0.value.count > 1 && !Self.knownCollisions.contains($0.key) }
    #expect(shared.isEmpty, "\(bundle.name): declared by more than one member, not in a vocabulary: \(shared)")
  }

  @Test func everyServiceHasAnAcceptedAndANeedsCorrectionExample() {
    let folder = Repository.path("examples/applications")
    for service in Self.services.keys.sorted() {
      for outcome in ["accepted", "needs_correction"] {
        let path = "\(folder)/\(service).\(outcome).json"
        #expect(FileManager.default.fileExists(atPath: path), "no example \(service).\(outcome).json")
      }
    }
  }

  /// An example named after an outcome (`SERVICE.needs_correction.json`) gets that outcome.
  @Test func examplesNamedAfterAnOutcomeGetIt() throws {
    let rules = try BundledRules.load()
    for path in Repository.files(in: "examples/applications", withSuffix: ".json") {
      let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
      guard let suffix = name.split(separator: ".").last, let outcome = Outcome(rawValue: String(suffix)) else {
        continue
      }
      let input = try #require(FileManager.default.contents(atPath: path))
      #expect(try rules.decide(json: Array(input)).outcome == outcome, "\(name)")
    }
  }
}
