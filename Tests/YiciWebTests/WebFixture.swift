import Foundation
import Yici
import YiciTestSupport
import YiciWeb

/// The bundled rules and a fixed day, so the pages are the same on every run.
enum WebFixture {
  static let rules: RuleSet = {
    guard let rules = try? BundledRules.load() else { fatalError("cannot load rules/") }
    return rules
  }()

  static let today = CivilDate(iso: "2025-09-24")!

  static func get(_ path: String, _ query: String = "") -> WebResponse {
    WebSite().respond(to: WebRequest(method: "GET", path: path, query: query), rules: rules, today: today)
  }

  static func post(_ path: String, _ query: String = "", form: [(String, String)]) -> WebResponse {
    let body = form.map { escape($0.0) + "=" + escape($0.1) }.joined(separator: "&")
    return WebSite().respond(
      to: WebRequest(method: "POST", path: path, query: query, body: Array(body.utf8)), rules: rules, today: today)
  }

  static func escape(_ text: String) -> String {
    text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
  }

  /// The food licence's accepted-with-waiver example as the questionnaire posts it.
  static let foodWaiverForm: [(String, String)] = [
    (":date", "2025-09-24"), ("applicant_type", "individual"), ("age", "35"), ("has_license", "true"),
    ("by_agent", "false"), ("credit", "good"), ("area_m2", "60"), ("seats", "20"), ("premises_type", "mixed"),
    ("produces_fumes", "true"), ("has_flue", "true"), ("menu", "cold"), ("self_water", "true"), ("online", "false"),
    ("revoked_within_5y", "false"), (":material", "application_form"), (":material", "business_license"),
    (":material", "layout_and_process"), (":material", "property_certificate"),
    (":material", "staff_health_certificates"), (":material", "safety_manager"), (":material", "dedicated_room_plan"),
  ]

  /// The text of the decision region of a page.
  static func decisionRegion(_ html: String) -> String {
    guard let start = html.range(of: "<section id=\"decision\""),
      let end = html.range(of: "</section>", range: start.upperBound..<html.endIndex)
    else { return "" }
    return String(html[start.lowerBound..<end.upperBound])
  }

  static func text(_ response: WebResponse) -> String { String(decoding: response.body, as: UTF8.self) }
}
