import Yici

/// `/`: services and bundles, filtered by `?q=` (name, alias, department or id).
extension Pages {
  struct CatalogueEntry {
    var name: String
    var department: String?
    var kind: String?
    var members: String
    var hasMembers: Bool
    var guideURL: String
    var applyURL: String
    var search: String
    var matches: Bool
  }

  struct CatalogueGroup {
    var key: String
    var heading: String
    var entries: [CatalogueEntry]
  }

  struct CatalogueView {
    var lang: String
    var query: String
    var anyMatch: Bool
    var groups: [CatalogueGroup]
    var w: WebWords
  }

  static func catalogue(_ context: Context) -> WebResponse {
    let query = context.query.last { $0.name == "q" }?.value.trimmingSpaces ?? ""
    let lowered = query.lowercased()
    let descriptions = context.rules.serviceDescriptions
    let names = Dictionary(descriptions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    func text(_ text: ServiceDescription.Text?) -> String? {
      text.map { context.english ? ($0.en ?? $0.zh) : $0.zh }
    }
    func entry(_ service: ServiceDescription) -> CatalogueEntry {
      let words: [String?] =
        [service.id, service.name.zh, service.name.en, service.department?.zh, service.department?.en]
        + service.aliases.flatMap { [$0.zh, $0.en] }
      let search = words.compactMap { $0?.lowercased() }.joined(separator: " ")
      let base = "/\(service.members == nil ? "services" : "bundles")/\(QueryText.escape(service.id))"
      let members = (service.members ?? []).map { text(names[$0]?.name) ?? $0 }
      return CatalogueEntry(
        name: text(service.name) ?? service.id, department: text(service.department), kind: text(service.kind),
        members: members.joined(separator: context.english ? ", " : "、"), hasMembers: !members.isEmpty,
        guideURL: base + "?lang=\(context.language.rawValue)",
        applyURL: base + "/apply?lang=\(context.language.rawValue)",
        search: search, matches: lowered.isEmpty || search.contains(lowered))
    }
    let words = context.words
    let groups = [
      CatalogueGroup(
        key: "bundles", heading: words.bundles, entries: descriptions.filter { $0.members != nil }.map(entry)),
      CatalogueGroup(
        key: "services", heading: words.services, entries: descriptions.filter { $0.members == nil }.map(entry)),
    ].filter { !$0.entries.isEmpty }
    let view = CatalogueView(
      lang: context.language.rawValue, query: query,
      anyMatch: groups.contains { $0.entries.contains(where: \.matches) }, groups: groups, w: words)
    return page(context, title: words.catalogue, page: "catalogue", content: WebTemplates.render("catalogue", view))
  }
}
