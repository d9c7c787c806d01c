import Foundation
import Testing
import YiciTestSupport
import YiciWeb

/// What the questionnaire does with posted answers, without scripts.
@Suite struct QuestionnaireTests {
  static let food = "/services/food_business_license_catering/apply"

  @Test func anEmptyFormAsksTheMostDecisiveQuestionsAndNamesInputsByFactID() {
    let html = WebFixture.text(WebFixture.get(Self.food))
    #expect(html.contains("data-outcome=\"needs_information\""))
    #expect(html.contains("<input type=\"radio\" name=\"applicant_type\""))
    #expect(html.contains("name=\"area_m2\""))
    #expect(html.contains("<span class=\"unit\">平方米</span>"))
  }

  @Test func theWaiverWalkGivesTheDueDatesThePromisedDateAndTheNotice() {
    let html = WebFixture.text(WebFixture.post(Self.food, form: WebFixture.foodWaiverForm))
    let region = WebFixture.decisionRegion(html)
    #expect(region.contains("data-outcome=\"accepted_with_waiver\""))
    #expect(region.contains("保证食品安全的规章制度目录清单 — 补交期限 2025-09-30"))
    #expect(region.contains("<dd class=\"promised\">2025-09-30</dd>"))
    #expect(html.contains("<section id=\"notice\" class=\"notice\" aria-labelledby=\"notice-heading\">"))
    #expect(html.contains("一次性告知书"))
  }

  @Test func aBundleNeedingCorrectionListsEveryMissingMaterialOnce() throws {
    let json = try #require(
      Repository.read(Repository.path("examples/bundles/applications/newborn.needs_correction.json")))
    let html = WebFixture.text(WebFixture.post("/window", form: [(":application", json)]))
    let region = WebFixture.decisionRegion(html)
    #expect(region.contains("data-outcome=\"needs_correction\""))
    for id in ["marriage_certificate", "card_application"] {
      #expect(region.components(separatedBy: "data-material=\"\(id)\"").count == 2, "\(id) once")
    }
  }

  @Test func anAnswerThatDoesNotReadIsSaidAtItsQuestionAndAskedAgain() {
    let response = WebFixture.post(Self.food, form: [(":date", "2025-09-24"), ("area_m2", "sixty")])
    let html = WebFixture.text(response)
    #expect(response.status == 400)
    #expect(html.contains("&#39;sixty&#39; is not a number; area_m2 takes a number in 平方米, e.g. 120 or 10.5"))
    #expect(html.contains("aria-invalid=\"true\" aria-describedby=\"e-area_m2\""))
    #expect(html.contains("<a href=\"#f-area_m2\">"))
  }

  @Test func fullWidthDigitsAndTheUnitAreReadAsTheREPLReadsThem() {
    let response = WebFixture.post(
      Self.food, form: [(":date", "2025-09-24"), ("area_m2", "６０平方米"), (":format", "json")])
    #expect(response.status == 200)
    #expect(WebFixture.text(response).contains("\"area_m2\": 60"))
    #expect(response.headers.contains { $0.name == "Content-Disposition" })
  }

  @Test func anUnknownFieldAnUnknownOptionAndABadDateAreErrorsNamingThem() {
    let response = WebFixture.post(
      Self.food, form: [(":date", "2025-13-40"), ("menu", "sushi"), ("no_such_fact", "1")])
    let html = WebFixture.text(response)
    #expect(response.status == 400)
    #expect(html.contains("&#39;no_such_fact&#39; is not a question of &#39;food_business_license_catering&#39;"))
    #expect(html.contains("&#39;sushi&#39; is not an option of &#39;menu&#39;"))
    #expect(html.contains("&#39;2025-13-40&#39; is not a date"))
  }

  @Test func badRequestsGetAClearStatusAndMessage() {
    #expect(WebFixture.get("/", "lang=fr").status == 400)
    #expect(WebFixture.text(WebFixture.get("/", "lang=fr")).contains("lang takes zh or en, not &#39;fr&#39;"))
    #expect(WebFixture.get("/services/nope").status == 404)
    #expect(WebFixture.get("/bundles/nope/apply").status == 404)
    #expect(WebFixture.get("/nowhere").status == 404)
    let broken = WebSite().respond(
      to: WebRequest(method: "POST", path: Self.food, body: Array("area_m2=%G0".utf8)), rules: WebFixture.rules,
      today: WebFixture.today)
    #expect(broken.status == 400)
    #expect(
      WebFixture.text(broken).contains("form field at byte 0: &#39;%&#39; at byte 8 is not followed by two hex digits"))
    let window = WebFixture.post("/window", form: [(":application", "{\"service\": 1}")])
    #expect(window.status == 400)
  }

  @Test func theReportShowsItsChartsAndTargets() {
    let html = WebFixture.text(WebFixture.get("/report"))
    #expect(html.contains("<svg"))
    #expect(html.contains("class=\"targets\""))
  }

  @Test func theAssetsAreServedAndAnUnknownOneIsNot() {
    #expect(WebFixture.get("/assets/site.css").contentType.hasPrefix("text/css"))
    #expect(WebFixture.get("/assets/site.js").contentType.hasPrefix("text/javascript"))
    #expect(WebFixture.get("/assets/other.js").status == 404)
  }
}
