import Foundation
import Yici

/// A small service with every time-limit clause, checked together with the bundled calendar.
public enum DeadlineFixture {
  /// The bundled national calendar's rule text.
  public static let calendarText = BundledRules.calendarText

  /// The service up to its time limits, which `rules(limits:)` appends.
  public static let body = """
    service demo {
      basis "Rule 0"
      name "Demo"
      facts {
        simple: bool ask "Is the case simple?"
        credit: options(good, bad) ask "Credit?"
      }
      conditions { honest: credit == good otherwise "no" basis "Rule 1" }
      materials {
        form: "Form" basis "Rule 2"
        plan: "Plan" waivable basis "Rule 3"
        report: "Report" waivable basis "Rule 4"
      }
      waiver { at most 2; letter "Waiver letter" }

    """

  /// Every time-limit clause, in English keywords.
  public static let standardLimits = """
      time limits {
        statutory 20 working days basis "Law art. 42"
        promised 10 working days
        immediate when simple
        warning 3 working days before
        supplement 5 working days
        supplement report 8 working days
        not counted { site_inspection "现场勘验" at most 10 working days; hearing at most 20 days }
      }
    """

  /// The calendar and the service with the given time limits blocks.
  public static func rules(limits: String = standardLimits) -> RuleSet {
    RuleSet(sources: [
      SourceFile(path: "china.yici", text: calendarText), SourceFile(path: "demo.yici", text: body + limits + "\n}\n"),
    ])
  }

  /// The calendar and the service with `standardLimits`.
  public static let standard = rules()

  /// Decides an application to the demo service on `date`.
  public static func decide(
    _ rules: RuleSet = standard, date: String, facts: [String: FactValue] = ["credit": "good", "simple": false],
    materials: [String] = ["form", "plan", "report"]
  ) throws -> Decision {
    try rules.decide(Application(service: "demo", date: CivilDate(iso: date), facts: facts, materials: materials))
  }
}
