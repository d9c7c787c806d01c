import Foundation
import Yici

/// The rule files under `rules/` as they ship: the national calendar, the shared
/// vocabularies and the services.
public enum BundledRules {
  /// The national calendar's rule text (`rules/calendar/china.yici`).
  public static let calendarText: String = {
    guard let text = Repository.read(Repository.path("rules/calendar/china.yici")) else {
      fatalError("cannot read rules/calendar/china.yici")
    }
    return text
  }()

  /// Every bundled rule file, loaded and checked as `yici check rules` does.
  public static func load() throws -> RuleSet {
    try RuleSet.load(paths: ["rules"], relativeTo: Repository.root.path)
  }
}
