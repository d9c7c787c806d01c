import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdCore
import Yici

/// `GET /v1/services`, `/v1/services/{id}` and `/v1/rules`.
extension DecisionServer {
  func addCatalogRoutes(to router: Router<ServerContext>) {
    router.get("/v1/services") { request, _ in
      let rules = store.current
      let query = request.uri.queryParameters.get("q").map { $0.lowercased() }
      let services = rules.ruleSet.serviceDescriptions.filter { service in
        guard let query, !query.isEmpty else { return true }
        let aliases = service.aliases.flatMap { [$0.zh, $0.en] }
        return ([service.id, service.name.zh, service.name.en, service.code] + aliases).contains { text in
          text.map { $0.lowercased().contains(query) } ?? false
        }
      }
      return JSONResponse.response(
        ServiceList(revision: rules.revision, services: services.map(ServiceSummary.init)), revision: rules.revision)
    }
    router.get("/v1/services/{id}") { request, context in
      let rules = store.current
      let id = context.parameters.get("id") ?? ""
      guard let service = rules.ruleSet.serviceDescription(id) else {
        let known = rules.ruleSet.serviceDescriptions.map(\.id)
        throw ServerError(
          .notFound, "no service '\(id)' in the rules; the services are \(known.joined(separator: ", "))")
      }
      var date = ServiceGuideJSON.today()
      if let asked = request.uri.queryParameters.get("date") {
        guard let parsed = CivilDate(iso: asked) else {
          throw ServerError(.badRequest, "date takes a date as YYYY-MM-DD, not '\(asked)'")
        }
        date = parsed
      }
      return ServiceGuideJSON.response(
        ServiceDetail(revision: rules.revision, service: service),
        guide: ServiceGuideJSON.guide(id, in: rules.ruleSet, on: date), revision: rules.revision)
    }
    router.get("/v1/rules") { _, _ in
      let rules = store.current
      return JSONResponse.response(
        RulesBody(
          revision: rules.revision, digest: rules.digest, files: rules.files, loadedAt: rules.loadedAt,
          compileSeconds: rules.compileTime.seconds, services: rules.ruleSet.compiled.services.count,
          diagnostics: rules.ruleSet.diagnostics.map(\.record), lastReload: store.lastReload,
          decisionLog: DecisionLogBody(recording)),
        revision: rules.revision)
    }
  }
}

/// The body of `GET /v1/services`.
struct ServiceList: Encodable {
  var revision: String
  var services: [ServiceSummary]
}

/// One service in the list.
struct ServiceSummary: Encodable {
  var id: String
  var name: ServiceDescription.Text
  var code: String?
  var department: ServiceDescription.Text?
  var kind: ServiceDescription.Text?
  /// For a bundle (一件事): its member services.
  var members: [String]?

  init(_ service: ServiceDescription) {
    id = service.id
    name = service.name
    code = service.code
    department = service.department
    kind = service.kind
    members = service.members
  }
}

/// The body of `GET /v1/services/{id}`.
struct ServiceDetail: Encodable {
  var revision: String
  var service: ServiceDescription
}

/// The body of `GET /v1/rules`.
struct RulesBody: Encodable {
  var revision: String
  var digest: String
  var files: [String]
  var loadedAt: Date
  var compileSeconds: Double
  var services: Int
  var diagnostics: [DiagnosticRecord]
  var lastReload: ReloadOutcome?
  var decisionLog: DecisionLogBody

  enum CodingKeys: String, CodingKey {
    case revision, digest, files, services, diagnostics
    case decisionLog = "decision_log"
    case loadedAt = "loaded_at"
    case compileSeconds = "compile_seconds"
    case lastReload = "last_reload"
  }
}

extension Duration {
  /// The duration in seconds.
  var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
