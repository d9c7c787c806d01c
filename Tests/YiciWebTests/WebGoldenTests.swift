import Testing
import YiciTestSupport
import YiciWeb

/// The pages as the server sends them, byte for byte (`Tests/YiciWebTests/Golden/`);
/// `YICI_RECORD=1 swift test --filter WebGoldenTests` re-records them.
@Suite struct WebGoldenTests {
  static func golden(_ name: String) -> String { Repository.path("Tests/YiciWebTests/Golden/\(name).html") }

  @Test(arguments: [
    ("catalogue.zh", "/", "lang=zh"), ("catalogue.en", "/", "lang=en"),
    ("catalogue.search", "/", "q=%E9%A3%9F%E5%93%81"),
    ("guide.food.zh", "/services/food_business_license_catering", ""),
    ("guide.newborn.en", "/bundles/newborn", "lang=en"),
    ("apply.food.zh", "/services/food_business_license_catering/apply", ""),
    ("apply.newborn.en", "/bundles/newborn/apply", "lang=en"), ("window.zh", "/window", ""),
  ])
  func aPage(name: String, path: String, query: String) {
    let response = WebFixture.get(path, query)
    #expect(response.status == 200)
    Repository.expectGolden(WebFixture.text(response), at: Self.golden(name))
  }

  @Test func theFoodLicenceWalkedToAcceptedWithWaiver() {
    let response = WebFixture.post("/services/food_business_license_catering/apply", form: WebFixture.foodWaiverForm)
    #expect(response.status == 200)
    Repository.expectGolden(WebFixture.text(response), at: Self.golden("apply.food.waiver.zh"))
  }

  @Test func aPastedApplicationOpensAtTheWindow() throws {
    let json = try #require(
      Repository.read(Repository.path("examples/bundles/applications/newborn.needs_correction.json")))
    let response = WebFixture.post("/window", "lang=en", form: [(":application", json)])
    #expect(response.status == 200)
    Repository.expectGolden(WebFixture.text(response), at: Self.golden("window.newborn.en"))
  }
}
