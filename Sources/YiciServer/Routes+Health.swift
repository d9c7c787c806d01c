import HTTPTypes
import Hummingbird
import HummingbirdCore

/// `GET /health`, `/health/ready`, `/metrics` and `/openapi.json`.
extension DecisionServer {
  func addHealthRoutes(to router: Router<ServerContext>) {
    let healthy = JSONResponse.encode(["status": "ok"])
    router.get("/health") { _, _ in
      Response(status: .ok, headers: [.contentType: JSONResponse.contentType], body: ResponseBody(byteBuffer: healthy))
    }
    let readiness = readiness
    router.get("/health/ready") { _, _ in
      let rules = store.current
      let state = readiness.state
      return JSONResponse.response(
        ["status": state.word, "revision": rules.revision, "reason": state.reason],
        status: state == .ready ? .ok : .serviceUnavailable, revision: rules.revision)
    }
    router.get("/metrics") { _, _ in
      Response(
        status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
        body: ResponseBody(byteBuffer: ByteBuffer(bytes: metrics.exposition())))
    }
    let document = ByteBuffer(string: OpenAPIDocument.json)
    router.get("/openapi.json") { _, _ in
      Response(status: .ok, headers: [.contentType: JSONResponse.contentType], body: ResponseBody(byteBuffer: document))
    }
  }
}
