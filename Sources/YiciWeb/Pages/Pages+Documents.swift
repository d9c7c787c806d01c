import Yici
import YiciGuide

/// The guides and the report: the pages `yici guide --format html` and `yici report
/// --format html` write, their body and style sheet set in the site's frame.
extension Pages {
  struct DocumentView {
    var body: String
    var applyURL: String?
    var w: WebWords
  }

  static func guide(_ context: Context, id: String, bundle: Bool) -> WebResponse {
    let compiled = context.rules.compiled
    let html: String
    if bundle, let found = compiled.bundle(id) {
      html = BundleGuide(bundle: found, rules: compiled, date: context.today).rendered(
        as: .html, language: context.language)
    } else if !bundle, let found = compiled.service(id) {
      html = Guide(service: found, date: context.today).rendered(as: .html, language: context.language)
    } else {
      return unknown(context, id: id, bundle: bundle)
    }
    let base = "/\(bundle ? "bundles" : "services")/\(QueryText.escape(id))"
    let view = DocumentView(
      body: between(html, "<main>\n", "</main>"), applyURL: base + "/apply?lang=\(context.language.rawValue)",
      w: context.words)
    return page(
      context, title: title(of: html), page: "guide", content: WebTemplates.render("document", view),
      style: between(html, "<style>\n", "</style>"))
  }

  static func report(_ context: Context) -> WebResponse {
    var date = context.today
    if let asked = context.query.last(where: { $0.name == "date" })?.value {
      guard let parsed = CivilDate(iso: asked) else {
        return problem(
          400, "date takes a date as YYYY-MM-DD, not '\(asked)'", language: context.language, path: context.path)
      }
      date = parsed
    }
    let html = context.rules.reformReport(on: date).rendered(as: .html, language: context.language)
    let view = DocumentView(body: between(html, "<main>\n", "</main>"), applyURL: nil, w: context.words)
    return page(
      context, title: context.words.report, page: "report", content: WebTemplates.render("document", view),
      style: between(html, "<style>\n", "</style>"))
  }

  /// The 404 page of an id the rules do not have, naming the ids they do.
  static func unknown(_ context: Context, id: String, bundle: Bool) -> WebResponse {
    let compiled = context.rules.compiled
    let known = bundle ? compiled.bundles.map(\.id) : compiled.services.map(\.id)
    let message = "no \(bundle ? "bundle" : "service") '\(id)' in the rules; they are \(known.joined(separator: ", "))"
    return problem(404, message, language: context.language, path: context.path)
  }

  /// The text between two markers (empty when either is missing).
  static func between(_ text: String, _ start: String, _ end: String) -> String {
    guard let open = text.range(of: start), let close = text.range(of: end, range: open.upperBound..<text.endIndex)
    else { return "" }
    return String(text[open.upperBound..<close.lowerBound])
  }

  /// The page's `<h1>` text, unescaped only as far as the title needs (it is escaped again).
  static func title(of html: String) -> String {
    between(html, "<h1>", "</h1>").replacingEntities
  }
}

extension String {
  /// `&amp;`, `&lt;`, `&gt;`, `&quot;` and `&#39;` as the characters they stand for.
  var replacingEntities: String {
    var out = self
    for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
      out = out.replacing(entity, with: character)
    }
    return out
  }
}
