import Yici

/// The pages, each a function of the rules and the request.
enum Pages {
  /// What every page reads.
  struct Context {
    var rules: RuleSet
    var today: CivilDate
    var language: Language
    var path: String
    var query: [(name: String, value: String)]

    var english: Bool { language == .en }
    var words: WebWords { WebWords.of(language) }
  }

  /// A page in the site's frame.
  static func page(
    _ context: Context, status: Int = 200, title: String, page: String, content: String, style: String? = nil
  ) -> WebResponse {
    self.page(
      language: context.language, path: context.path, query: context.query, status: status, title: title, page: page,
      content: content, style: style)
  }

  /// A page in the site's frame, for a language and the request's path and query.
  static func page(
    language: Language, path: String, query: [(name: String, value: String)], status: Int = 200, title: String,
    page: String, content: String, style: String? = nil
  ) -> WebResponse {
    let frame = PageFrame(
      language: language, path: path, query: query, title: title, page: page, content: content, pageStyle: style)
    return WebResponse(status: status, contentType: WebResponse.html, body: WebTemplates.render("layout", frame))
  }

  /// An error page: what was wrong with the request, in its words.
  static func problem(_ status: Int, _ message: String, language: Language, path: String) -> WebResponse {
    struct View {
      var message: String
      var lang: String
      var w: WebWords
    }
    let view = View(message: message, lang: language.rawValue, w: WebWords.of(language))
    return page(
      language: language, path: path, query: [], status: status, title: WebWords.of(language).notFound, page: "problem",
      content: WebTemplates.render("not-found", view))
  }
}
