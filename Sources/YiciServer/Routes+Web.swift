import HTTPTypes
import Hummingbird
import HummingbirdCore
import YiciWeb

/// The web pages (`YiciWeb`): every path the site answers, handed over with the rules in
/// force; a posted form is read with the same body limit and timeout as an application.
extension DecisionServer {
  func addWebRoutes(to router: Router<ServerContext>) {
    let site = WebSite()
    for route in WebSite.routes {
      let path = RouterPath(route.path)
      let method: HTTPRequest.Method = route.method == "POST" ? .post : .get
      router.on(path, method: method) { request, _ in
        let body =
          method == .post
          ? try await BodyReader.read(request, limit: configuration.maxBodyBytes, timeout: configuration.readTimeout)
          : []
        let page = site.respond(
          to: WebRequest(
            method: route.method, path: request.uri.path, query: request.uri.query ?? "", body: body),
          rules: store.current.ruleSet, today: ServiceGuideJSON.today())
        var headers: HTTPFields = [.contentType: page.contentType]
        for header in page.headers {
          if let name = HTTPField.Name(header.name) { headers[name] = header.value }
        }
        return Response(
          status: HTTPResponse.Status(code: page.status), headers: headers,
          body: ResponseBody(byteBuffer: ByteBuffer(bytes: page.body)))
      }
    }
  }
}
