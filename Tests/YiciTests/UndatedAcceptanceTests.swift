import Testing
import Yici
import YiciTestSupport

/// An application received in a year the calendar does not have: its acceptance date cannot
/// be counted, so the text says it among the dates not given yet, never as a date.
@Suite struct UndatedAcceptanceTests {
  static let rules = try! RuleSet.load(paths: ["rules"], relativeTo: Repository.root.path)

  @Test(arguments: [Language.zh, .en]) func theAcceptanceDateIsNotStatedWhenItCannotBeCounted(_ language: Language)
    throws
  {
    let text = try Self.rules.decide(
      json: Array(
        #"{"service": "resident_pension_claim", "date": "2100-02-28", "facts": {"claimant_id_number": "410523204002290164", "claimant_birth_date": "2040-02-29", "enrolled": true, "residence": "local", "contribution_years": 15, "employee_months": 0, "other_benefits": [], "channel": "window", "payment_account": "ssc", "by_agent": false, "credit": "good"}, "materials": ["claim_form", "household_register"], "shared": ["id_card", "social_security_card"]}"#
          .utf8), options: DecisionOptions(language: language)
    ).explanation
    #expect(!text.contains("受理日期：2100") && !text.contains("Accepted on"), "\(text)")
    #expect(
      text.contains(language == .zh ? "受理日期、法定办结日期" : "The acceptance date, statutory completion date"), "\(text)")
    #expect(language == .zh || text.contains(" and warning date cannot be given yet"), "\(text)")
  }
}
