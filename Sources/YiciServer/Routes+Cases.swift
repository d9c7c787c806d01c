import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdCore
import Yici
import YiciStore

/// Cases (电子监察): `POST /v1/cases` opens one from an accepted decision on record,
/// `POST /v1/cases/{id}/events` adds an event, `GET /v1/cases/{id}` and
/// `GET /v1/cases?status=` tell where they stand today (or `?today=`).
extension DecisionServer {
  func addCaseRoutes(to router: Router<ServerContext>) {
    router.post("/v1/cases") { request, _ in
      try self.authorizeDecision(request)
      let (log, cases) = try self.caseStores()
      let body = try await CaseRequest.object(request, self.configuration)
      let decisionID = try CaseRequest.string(body, "decision_id")
      let actor = try CaseRequest.string(body, "actor")
      guard DecisionID.isWellFormed(decisionID) else {
        throw ServerError(.badRequest, "decision_id: '\(decisionID)' is not a decision id")
      }
      guard
        let decision = try await Self.read({ () async throws(StoreError) in try await log.decision(id: decisionID) })
      else { throw ServerError(.notFound, "decision_id: no decision '\(decisionID)' on record") }
      let file = try await self.openCase(for: decision, actor: actor, in: cases)
      return try self.standing(file, today: ServiceGuideJSON.today(), status: .created)
    }
    router.get("/v1/cases/{id}") { request, context in
      let (_, cases) = try self.caseStores()
      let file = try await self.caseFile(context.parameters.get("id") ?? "", in: cases)
      return try self.standing(file, today: try CaseRequest.today(request.uri))
    }
    router.get("/v1/cases") { request, _ in
      let (_, cases) = try self.caseStores()
      let today = try CaseRequest.today(request.uri)
      let status = request.uri.queryParameters.get("status")
      if let status, !CaseStanding.statuses.contains(status) {
        throw ServerError(
          .badRequest, "status takes \(CaseStanding.statuses.joined(separator: ", ")), not '\(status)'")
      }
      let files = try await Self.read { () async throws(StoreError) in try await cases.caseFiles() }
      let book = CaseBook(ruleSet: self.store.current.ruleSet)
      let standings = files.map { book.standing($0, on: today) }.filter { status == nil || $0.status == status }
      return JSONResponse.response(CaseList(today: today.description, cases: standings))
    }
    router.post("/v1/cases/{id}/events") { request, context in
      try self.authorizeDecision(request)
      let (_, cases) = try self.caseStores()
      let file = try await self.caseFile(context.parameters.get("id") ?? "", in: cases)
      let body = try await CaseRequest.object(request, self.configuration)
      let kindText = try CaseRequest.string(body, "kind")
      guard let kind = CaseEvent.Kind(rawValue: kindText) else {
        let kinds = CaseEvent.Kind.allCases.map(\.rawValue).joined(separator: ", ")
        throw ServerError(.badRequest, "kind: takes \(kinds), not '\(kindText)'")
      }
      let actor = try CaseRequest.string(body, "actor")
      var day = ServiceGuideJSON.today()
      if body["day"] != nil {
        let text = try CaseRequest.string(body, "day")
        guard let parsed = CivilDate(iso: text) else {
          throw ServerError(.badRequest, "day: takes a date as YYYY-MM-DD, not '\(text)'")
        }
        day = parsed
      }
      let field = kind == .materialSupplied ? "material" : "period"
      let subject = [.pause, .resume, .materialSupplied].contains(kind) ? try CaseRequest.string(body, field) : ""
      let note = body["note"] == nil ? "" : try CaseRequest.string(body, "note", allowEmpty: true)
      let book = CaseBook(ruleSet: self.store.current.ruleSet)
      let event: CaseEvent
      do throws(CaseError) {
        event = try book.event(kind, day: day, subject: subject, note: note, actor: actor, on: file)
      } catch {
        throw ServerError(error)
      }
      try await Self.write { () async throws(StoreError) in try await cases.append(event, to: file.id) }
      var updated = file
      updated.events.append(event)
      return try self.standing(updated, today: max(day, ServiceGuideJSON.today()), status: .created)
    }
  }

  /// Opens the case of a decision on record (409 when it has one).
  func openCase(for decision: StoredDecision, actor: String, in cases: any CaseStore) async throws(ServerError)
    -> CaseFile
  {
    if let existing = try await Self.read({ () async throws(StoreError) in
      try await cases.caseFile(decisionID: decision.id)
    }) {
      throw ServerError(.conflict, "decision \(decision.id) has its case already: \(existing.id)")
    }
    let file: CaseFile
    do throws(CaseError) {
      file = try CaseBook(ruleSet: store.current.ruleSet).newCase(from: decision, actor: actor)
    } catch {
      throw ServerError(error)
    }
    try await Self.write { () async throws(StoreError) in try await cases.open(file) }
    return file
  }

  private func caseStores() throws(ServerError) -> (any DecisionStore, any CaseStore) {
    guard let recording else {
      throw ServerError(.notFound, "cases are not kept: the server runs without a decision log")
    }
    return (recording.log.store, recording.cases)
  }

  private func caseFile(_ id: String, in cases: any CaseStore) async throws(ServerError) -> CaseFile {
    guard DecisionID.isWellFormed(id) else { throw ServerError(.badRequest, "'\(id)' is not a case id") }
    guard let file = try await Self.read({ () async throws(StoreError) in try await cases.caseFile(id: id) }) else {
      throw ServerError(.notFound, "no case '\(id)'")
    }
    return file
  }

  private func standing(_ file: CaseFile, today: CivilDate, status: HTTPResponse.Status = .ok) throws(ServerError)
    -> Response
  {
    let standing = CaseBook(ruleSet: store.current.ruleSet).standing(file, on: today)
    return JSONResponse.response(standing, status: status)
  }

  static func read<T>(_ body: () async throws(StoreError) -> T) async throws(ServerError) -> T {
    do throws(StoreError) {
      return try await body()
    } catch {
      throw ServerError(.serviceUnavailable, "the store cannot be read: \(error)")
    }
  }

  static func write(_ body: () async throws(StoreError) -> Void) async throws(ServerError) {
    do throws(StoreError) {
      try await body()
    } catch {
      throw ServerError(.conflict, "the case could not be written (changed meanwhile?): \(error)")
    }
  }
}

/// The body of `GET /v1/cases`.
struct CaseList: Encodable {
  var today: String
  var cases: [CaseStanding]
}

/// The JSON bodies of the case endpoints, read with a clear 400 naming the field at fault.
enum CaseRequest {
  static func object(_ request: Request, _ configuration: ServerConfiguration) async throws -> [String: Any] {
    let body = try await BodyReader.read(request, limit: configuration.maxBodyBytes, timeout: configuration.readTimeout)
    guard let parsed = try? JSONSerialization.jsonObject(with: Data(body)), let object = parsed as? [String: Any] else {
      throw ServerError(.badRequest, "the body is not a JSON object")
    }
    return object
  }

  static func string(_ object: [String: Any], _ field: String, allowEmpty: Bool = false) throws(ServerError) -> String {
    guard let value = object[field] else { throw ServerError(.badRequest, "\(field): missing") }
    guard let text = value as? String else { throw ServerError(.badRequest, "\(field): must be a string") }
    guard allowEmpty || !text.isEmpty else { throw ServerError(.badRequest, "\(field): must not be empty") }
    guard text.utf8.count <= 1000 else { throw ServerError(.badRequest, "\(field): longer than 1000 bytes") }
    return text
  }

  static func today(_ uri: URI) throws(ServerError) -> CivilDate {
    guard let text = uri.queryParameters.get("today") else { return ServiceGuideJSON.today() }
    guard let day = CivilDate(iso: text) else {
      throw ServerError(.badRequest, "today takes a date as YYYY-MM-DD, not '\(text)'")
    }
    return day
  }
}

extension ServerError {
  /// A case refused: 404, 409 or 422.
  init(_ error: CaseError) {
    let status: HTTPResponse.Status =
      switch error.kind {
      case .notFound: .notFound
      case .conflict: .conflict
      case .invalid: .unprocessableContent
      }
    self.init(status, error.description)
  }
}
