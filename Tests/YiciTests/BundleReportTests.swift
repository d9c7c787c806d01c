import Foundation
import Testing
import Yici
import YiciReporting
import YiciTestSupport

/// A bundle's report figures: its members' materials, form fields, visits and time limits
/// added up, against the bundle's merged form, its one set of materials and its promise.
@Suite struct BundleReportTests {
  static let day = CivilDate(iso: "2025-09-28")!

  @Test func theRestaurantFixtureAgainstItsMembers() throws {
    let rules = try RuleSet.load(
      paths: ["rules", "Tests/YiciTests/Golden/report/bundle"], relativeTo: Repository.root.path)
    #expect(rules.errors.isEmpty)
    let bundle = try #require(rules.reformReport(on: Self.day).current.bundle("fixture_open_restaurant"))
    let services = rules.reformReport(on: Self.day).current.services
    let members = ["individual_business_registration", "food_business_license_catering", "fire_safety_inspection"]
    #expect(bundle.members.map(\.id) == members)
    #expect(bundle.members.map(\.optional) == [false, false, true])
    #expect(bundle.members[1].after == ["individual_business_registration"])
    let declared = members.compactMap { id in services.first { $0.id == id }?.materials.declared }
    #expect(bundle.materials.summed == declared.reduce(0, +))
    #expect(bundle.materials.merged < bundle.materials.summed, "the business licence and the vocabularies' are one")
    #expect(bundle.materials.produced == 1, "the 营业执照 the registration issues")
    #expect(bundle.materials.toSubmit <= bundle.materials.merged - bundle.materials.produced)
    #expect(bundle.facts.merged < bundle.facts.summed)
    #expect((bundle.visits.summed, bundle.visits.bundle) == (2, 1))
    #expect(bundle.days.statutorySum == .workingDays(23))
    #expect(bundle.days.criticalPath == .workingDays(6), "1 working day, then 5 (the fire inspection runs beside it)")
    #expect(bundle.days.criticalMembers == ["individual_business_registration", "food_business_license_catering"])
    #expect(bundle.days.promised == .workingDays(8))
  }

  @Test func aResultSparesOnlyTheMemberItIsFor() throws {
    let text = """
      service issuer { name "Issuer" basis "R" promised visits 1
        materials { form: "Form" basis "R" } }
      service first { name "First" basis "R" promised visits 1
        materials { licence: "Licence" basis "R"; photo: "Photo" basis "R" } }
      service second { name "Second" basis "R" promised visits 2
        materials { licence: "Licence" basis "R"; shared_proof: "Proof" shared basis "R" } }
      bundle pair { name "Pair" basis "R" visits 1
        members { issuer; first; second }
        results { issuer provides licence to first }
      }
      """
    let rules = RuleSet(text: text)
    #expect(rules.errors.isEmpty, "\(rules.errors.map(\.message))")
    let bundle = try #require(rules.reformReport(on: Self.day).current.bundle("pair"))
    // form, licence, photo, licence, proof: the licence is one material, still brought for `second`.
    #expect((bundle.materials.summed, bundle.materials.merged) == (5, 4))
    #expect((bundle.materials.produced, bundle.materials.exempt, bundle.materials.toSubmit) == (1, 1, 3))
    #expect((bundle.visits.summed, bundle.visits.bundle) == (4, 1))
    #expect(bundle.days.statutorySum == nil && bundle.days.statutoryUndeclared == ["issuer", "first", "second"])
  }
}
