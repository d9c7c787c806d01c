/// The style sheet and the script, served from the binary (no CDN, nothing to install).
enum Assets {
  static func file(_ name: String) -> WebResponse {
    switch name {
    case "site.css":
      WebResponse(contentType: "text/css; charset=utf-8", headers: cache, body: SiteStyle.text)
    case "site.js":
      WebResponse(contentType: "text/javascript; charset=utf-8", headers: cache, body: SiteScript.text)
    default:
      Pages.problem(404, "no asset '\(name)'", language: .zh, path: "/assets/\(name)")
    }
  }

  static let cache: [(name: String, value: String)] = [("Cache-Control", "max-age=300")]
}
