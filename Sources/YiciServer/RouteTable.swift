import HTTPTypes

/// The server's paths and the methods each takes (the OpenAPI document's, which a test
/// checks): what tells `405 Method Not Allowed` (with `Allow`) from `404`.
enum RouteTable {
  /// Each path template (`{id}` takes one segment) and its methods, `HEAD` aside (every
  /// `GET` route answers it).
  static let routes: [(path: String, methods: [HTTPRequest.Method])] =
    [
      ("/v1/decisions", [.get, .post]), ("/v1/decisions/batch", [.post]), ("/v1/decisions/{id}", [.get]),
      ("/v1/questions", [.post]),
      ("/v1/notices", [.post]), ("/v1/services", [.get]), ("/v1/services/{id}", [.get]), ("/v1/rules", [.get]),
      ("/v1/rules/reload", [.post]), ("/health", [.get]), ("/health/ready", [.get]), ("/metrics", [.get]),
      ("/openapi.json", [.get]), ("/v1/cases", [.get, .post]), ("/v1/cases/{id}", [.get]),
      ("/v1/cases/{id}/events", [.post]),
    ] + webRoutes

  /// The methods `path` takes, with `HEAD` for a `GET` route; nil when no route has it.
  /// Empty segments do not count, as the router does not count them (`//health/`).
  static func methods(for path: String) -> [HTTPRequest.Method]? {
    let segments = path.split(separator: "/")
    for route in routes {
      let template = route.path.split(separator: "/")
      guard template.count == segments.count,
        zip(template, segments).allSatisfy({ $0 == "{id}" || $0 == $1 })
      else { continue }
      return route.methods.contains(.get) ? route.methods + [.head] : route.methods
    }
    return nil
  }
}
