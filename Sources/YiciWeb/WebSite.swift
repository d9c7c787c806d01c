import Yici

/// The web pages of `yici serve`: the catalogue (`/`), the guides (`/services/{id}`,
/// `/bundles/{id}`), the questionnaires (`…/apply`), the clerk's window (`/window`), the
/// reform report (`/report`) and their style sheet and script (`/assets/…`). Pages are
/// rendered on the server from Mustache templates; the script only makes them live.
///
/// ```swift
/// let page = WebSite().respond(to: WebRequest(method: "GET", path: "/", query: "lang=en"), rules: rules, today: today)
/// ```
public struct WebSite: Sendable {
  /// The site.
  public init() {}

  /// The paths the site answers (for the server's router); `{id}` is a service's or bundle's
  /// id, or an asset's file name.
  public static let routes: [(method: String, path: String)] = [
    ("GET", "/"), ("GET", "/assets/{id}"), ("GET", "/window"), ("POST", "/window"), ("GET", "/report"),
    ("GET", "/services/{id}"), ("GET", "/services/{id}/apply"), ("POST", "/services/{id}/apply"),
    ("GET", "/bundles/{id}"), ("GET", "/bundles/{id}/apply"), ("POST", "/bundles/{id}/apply"),
  ]

  /// The response to a request, against the rules in force; `today` dates a new application
  /// and the guides and report.
  public func respond(to request: WebRequest, rules: RuleSet, today: CivilDate) -> WebResponse {
    let query: [(name: String, value: String)]
    do throws(FormDecoder.Error) {
      query = try FormDecoder.decode(Array(request.query.utf8))
    } catch {
      return Pages.problem(400, "the query string: \(error)", language: .zh, path: request.path)
    }
    var language = Language.zh
    if let lang = query.last(where: { $0.name == "lang" })?.value {
      guard let chosen = Language(rawValue: lang) else {
        return Pages.problem(400, "lang takes zh or en, not '\(lang)'", language: .zh, path: request.path)
      }
      language = chosen
    }
    let context = Pages.Context(rules: rules, today: today, language: language, path: request.path, query: query)
    let parts = request.path.split(separator: "/", omittingEmptySubsequences: true).map {
      (try? FormDecoder.unescape(Array($0.utf8), 0, $0.utf8.count, offset: 0)) ?? String($0)
    }
    switch (request.method, parts.count, parts.first) {
    case ("GET", 0, _): return Pages.catalogue(context)
    case ("GET", 2, "assets"): return Assets.file(parts[1])
    case ("GET", 1, "report"): return Pages.report(context)
    case ("GET", 1, "window"): return Pages.window(context, pasted: nil)
    case ("POST", 1, "window"): return Pages.window(context, body: request.body)
    case ("GET", 2, "services"), ("GET", 2, "bundles"):
      return Pages.guide(context, id: parts[1], bundle: parts[0] == "bundles")
    case (let method, 3, "services") where parts[2] == "apply", (let method, 3, "bundles") where parts[2] == "apply":
      guard method == "GET" || method == "POST" else { break }
      return Pages.apply(
        context, id: parts[1], bundle: parts[0] == "bundles", body: method == "POST" ? request.body : nil)
    default: break
    }
    return Pages.problem(404, "no page at \(request.path)", language: language, path: request.path)
  }
}
