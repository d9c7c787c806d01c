import HTTPTypes
import YiciWeb

extension RouteTable {
  /// The web pages' paths (`WebSite.routes`) and their methods, in the site's order.
  static let webRoutes: [(path: String, methods: [HTTPRequest.Method])] = {
    var routes: [(path: String, methods: [HTTPRequest.Method])] = []
    for route in WebSite.routes {
      let method: HTTPRequest.Method = route.method == "POST" ? .post : .get
      if let index = routes.firstIndex(where: { $0.path == route.path }) {
        routes[index].methods.append(method)
      } else {
        routes.append((route.path, [method]))
      }
    }
    return routes
  }()
}
