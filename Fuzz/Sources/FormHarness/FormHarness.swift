import Yici
import YiciWeb

/// One fuzz input through the web pages' untrusted readers: the first byte picks the page,
/// the rest is the posted form (or the query string). A page may refuse the input (400,
/// 404) but must answer, with UTF-8 text, never 500 or a crash. Shared with
/// `Tests/YiciWebTests` through a symlink, which replays `Fuzz/regressions/form/`.
public struct FormHarness: Sendable {
  /// The bundled rules.
  public let rules: RuleSet
  let today = CivilDate(iso: "2025-09-24")!

  /// The harness over the rules at `root/rules`.
  public init(root: String) throws(RuleSources.LoadError) {
    rules = try RuleSet.load(paths: ["rules"], relativeTo: root)
  }

  /// The pages an input can be posted to, by its first byte.
  static let targets: [(method: String, path: String)] = [
    ("POST", "/services/food_business_license_catering/apply"), ("POST", "/bundles/newborn/apply"),
    ("POST", "/window"), ("GET", "/services/fire_safety_inspection/apply"), ("GET", "/"),
  ]

  /// Runs one input; what went wrong, or nil.
  public func run(_ bytes: [UInt8]) -> String? {
    guard let first = bytes.first else { return nil }
    let target = Self.targets[Int(first) % Self.targets.count]
    let rest = Array(bytes.dropFirst())
    let request =
      target.method == "POST"
      ? WebRequest(method: "POST", path: target.path, query: "lang=\(first & 0x80 == 0 ? "zh" : "en")", body: rest)
      : WebRequest(method: "GET", path: target.path, query: String(decoding: rest, as: UTF8.self))
    let response = WebSite().respond(to: request, rules: rules, today: today)
    guard [200, 400, 404].contains(response.status) else { return "status \(response.status)" }
    guard !response.body.isEmpty, String(validating: response.body, as: UTF8.self) != nil else {
      return "the page is empty or not UTF-8"
    }
    return nil
  }
}
