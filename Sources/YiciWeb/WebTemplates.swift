import Mustache

/// The templates, parsed once. They are constants of the program: a test renders each, so a
/// template that does not parse fails the tests, never a request.
enum WebTemplates {
  static let all: [(name: String, text: String)] = [
    ("layout", LayoutTemplate.text), ("catalogue", CatalogueTemplate.text), ("document", DocumentTemplate.text),
    ("decision", DecisionTemplate.text), ("questionnaire", QuestionnaireTemplate.text),
    ("window", WindowTemplate.text), ("not-found", NotFoundTemplate.text),
  ]

  static let library: MustacheLibrary = {
    var library = MustacheLibrary()
    for template in all { try? library.register(template.text, named: template.name) }
    return library
  }()

  /// A template rendered with `object` (read as a `TemplateTree`); empty when the template
  /// is missing (a test guards against that).
  static func render(_ name: String, _ object: Any) -> String {
    library.render(TemplateTree.of(object) ?? object, withTemplate: name) ?? ""
  }
}
