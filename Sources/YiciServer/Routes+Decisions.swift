import HTTPTypes
import Hummingbird
import HummingbirdCore
import Yici
import YiciStore

/// `POST /v1/decisions`, `/v1/questions` and `/v1/notices`: one application each.
extension DecisionServer {
  func addDecisionRoutes(to router: Router<ServerContext>) {
    router.post("/v1/decisions") { request, _ in
      try self.authorizeDecision(request)
      let variant = try Self.variant(request.uri, trace: true, explanation: true)
      return try await self.decide(request, variant)
    }
    router.post("/v1/questions") { request, _ in
      try self.authorizeDecision(request)
      let variant = try Self.variant(request.uri, trace: false, explanation: false)
      return try await self.decide(
        request, DecisionVariant(language: variant.language, trace: false, explanation: false))
    }
    router.post("/v1/notices") { request, _ in
      try self.authorizeDecision(request)
      let variant = try Self.variant(request.uri, trace: false, explanation: false)
      let body = try await BodyReader.read(
        request, limit: configuration.maxBodyBytes, timeout: configuration.readTimeout)
      let rules = store.current
      let decision: Decision
      do throws(DecisionError) {
        decision = try rules.ruleSet.decide(json: body, options: rules.options(variant))
      } catch {
        throw ServerError(error)
      }
      metrics.decided(service: decision.service, outcome: decision.outcome.rawValue)
      let notice = NoticeBody(
        service: decision.service, revision: rules.revision, date: decision.date.description,
        outcome: decision.outcome.rawValue, lang: variant.language.rawValue,
        notice: rules.ruleSet.notice(for: decision, language: variant.language) ?? "")
      return JSONResponse.response(notice, revision: rules.revision)
    }
  }

  /// Decides the body with a pooled decider: the bytes of `yici eval --format json
  /// --revision` (with `?trace=false`, of a `yici eval --batch --revision` line), and a newline.
  private func decide(_ request: Request, _ variant: DecisionVariant) async throws -> Response {
    let body = try await BodyReader.read(request, limit: configuration.maxBodyBytes, timeout: configuration.readTimeout)
    let rules = store.current
    var output: [UInt8] = []
    output.reserveCapacity(4096)
    do throws(DecisionError) {
      try rules.withDecider(variant) { (decider) throws(DecisionError) in
        try decider.appendDecision(json: body.span, to: &output)
      }
    } catch {
      throw ServerError(error)
    }
    if let labels = DecisionLabels.read(output) { metrics.decided(service: labels.service, outcome: labels.outcome) }
    var headers: HTTPFields = [.contentType: JSONResponse.contentType, .yiciRevision: rules.revision]
    let openCase = try Self.flag(request.uri.queryParameters.get("open_case"), "open_case") ?? false
    if let recording {
      let stored = try await record(&output, application: body, rules: rules, variant: variant, by: recording)
      if openCase, CaseBook.opening.contains(stored.outcome), stored.kind == .service {
        let file = try await self.openCase(for: stored, actor: "yici serve", in: recording.cases)
        headers[.yiciCase] = file.id
        headers[.location] = "/v1/cases/\(file.id)"
      }
    } else if openCase {
      throw ServerError(.badRequest, "open_case: cases are not kept: the server runs without a decision log")
    }
    output.append(0x0A)
    return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: output)))
  }

  /// The variant a request's `?lang=`, `?trace=` and `?explanation=` ask for.
  static func variant(_ uri: URI, trace: Bool, explanation: Bool) throws(ServerError) -> DecisionVariant {
    let query = uri.queryParameters
    var variant = DecisionVariant(language: .zh, trace: trace, explanation: explanation)
    if let lang = query.get("lang") {
      guard let language = Language(rawValue: lang) else {
        throw ServerError(.badRequest, "lang takes zh or en, not '\(lang)'")
      }
      variant.language = language
    }
    variant.trace = try flag(query.get("trace"), "trace") ?? trace
    variant.explanation = try flag(query.get("explanation"), "explanation") ?? explanation
    return variant
  }

  static func flag(_ value: String?, _ name: String) throws(ServerError) -> Bool? {
    switch value {
    case nil: nil
    case "true", "1": true
    case "false", "0": false
    case let value?: throw ServerError(.badRequest, "\(name) takes true or false, not '\(value)'")
    }
  }
}

/// The body of `POST /v1/notices`.
struct NoticeBody: Encodable {
  var service: String
  var revision: String
  var date: String
  var outcome: String
  var lang: String
  /// The one-time notice (一次性告知书), as printable text.
  var notice: String
}
