import HTTPTypes
import Hummingbird
import HummingbirdCore

/// `POST /v1/rules/reload`, and who may call what.
extension DecisionServer {
  func addAdminRoutes(to router: Router<ServerContext>) {
    router.post("/v1/rules/reload") { request, _ in
      try self.authorizeAdmin(request)
      let outcome = await store.reload(trigger: .api)
      return JSONResponse.response(
        outcome, status: outcome.result == .failed ? .unprocessableContent : .ok, revision: outcome.revision)
    }
  }

  /// Admin endpoints need the admin token; without one configured they are off (403).
  func authorizeAdmin(_ request: Request) throws(ServerError) {
    guard let token = configuration.adminToken else {
      throw ServerError(
        .forbidden, "admin endpoints are off: start the server with YICI_ADMIN_TOKEN or --admin-token-file")
    }
    try Self.check(request, token)
  }

  /// Deciding is open unless the server was started to need the admin token for it too.
  func authorizeDecision(_ request: Request) throws(ServerError) {
    guard configuration.decisionsNeedToken else { return }
    try authorizeAdmin(request)
  }

  private static func check(_ request: Request, _ token: AdminToken) throws(ServerError) {
    guard token.authorizes(request.headers[.authorization]) else {
      throw ServerError(
        .unauthorized, "this endpoint needs the admin token as 'Authorization: Bearer …'",
        headers: [.wwwAuthenticate: "Bearer realm=\"yici\""])
    }
  }
}
