import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdCore
import Yici
import YiciStore

/// The decision log: every decision returned is put on record (`decide`), and read back by
/// `GET /v1/decisions/{id}` and `GET /v1/decisions?service=&outcome=&from=&to=&after=&limit=`.
extension DecisionServer {
  /// Puts the decision on record: gives it its `decision_id` and queues it; returns when
  /// the log acknowledges it (by default, once it is durable). A 503 when it cannot be.
  @discardableResult
  func record(
    _ output: inout [UInt8], application: [UInt8], rules: LoadedRules, variant: DecisionVariant,
    by recording: DecisionRecording
  ) async throws(ServerError) -> StoredDecision {
    let id = DecisionID.make()
    DecisionIDField.insert(id, into: &output)
    guard
      let record = recording.record(
        id: id, application: application, decision: output, rules: rules, variant: variant)
    else { throw ServerError(.internalServerError, "the decision has no service and outcome to record") }
    do throws(StoreError) {
      try await recording.log.record(record)
    } catch {
      logger.error("cannot record decision \(id): \(error)")
      throw ServerError(
        .serviceUnavailable, "the decision could not be put on record: \(error)", headers: [.retryAfter: "1"])
    }
    return record
  }

  func addDecisionLogRoutes(to router: Router<ServerContext>) {
    router.get("/v1/decisions/{id}") { request, context in
      let id = context.parameters.get("id") ?? ""
      // `/v1/decisions/batch` is a path of its own, which only POST takes.
      if id == "batch" { throw RequestMiddleware.unrouted(request) }
      let store = try self.decisionStore()
      guard DecisionID.isWellFormed(id) else {
        throw ServerError(.badRequest, "'\(id)' is not a decision id (a lowercase UUID)")
      }
      let found: StoredDecision?
      do throws(StoreError) {
        found = try await store.decision(id: id)
      } catch {
        throw ServerError(.serviceUnavailable, "the decision log cannot be read: \(error)")
      }
      guard let found else { throw ServerError(.notFound, "no decision '\(id)' on record") }
      return StoredDecisionJSON.response(StoredDecisionJSON.full(found))
    }
    router.get("/v1/decisions") { request, _ in
      let store = try self.decisionStore()
      let filter = try DecisionQuery.filter(request.uri.queryParameters)
      let page: DecisionPage
      do throws(StoreError) {
        page = try await store.decisions(filter)
      } catch {
        throw ServerError(.serviceUnavailable, "the decision log cannot be read: \(error)")
      }
      return StoredDecisionJSON.response(StoredDecisionJSON.list(page))
    }
  }

  private func decisionStore() throws(ServerError) -> any DecisionStore {
    guard let recording else {
      throw ServerError(.notFound, "decisions are not on record: the server runs without a decision log")
    }
    return recording.log.store
  }
}

/// The query of `GET /v1/decisions`, checked: a clear 400 naming the parameter at fault.
enum DecisionQuery {
  static let outcomes = ["accepted", "accepted_with_waiver", "needs_correction", "needs_information", "rejected"]

  static func filter(_ query: FlatDictionary<Substring, Substring>) throws(ServerError) -> DecisionFilter {
    var filter = DecisionFilter()
    for (name, _) in query {
      guard ["service", "bundle", "outcome", "from", "to", "after", "limit"].contains(String(name)) else {
        throw ServerError(
          .badRequest, "unknown parameter '\(name)': the list takes service, outcome, from, to, after and limit")
      }
    }
    filter.subject = query.get("service") ?? query.get("bundle")
    if let outcome = query.get("outcome") {
      guard outcomes.contains(outcome) else {
        throw ServerError(
          .badRequest, "outcome takes \(outcomes.joined(separator: ", ")), not '\(outcome)'")
      }
      filter.outcome = outcome
    }
    filter.from = try instant(query.get("from"), "from", endOfDay: false)
    filter.to = try instant(query.get("to"), "to", endOfDay: true)
    if let after = query.get("after") {
      guard DecisionID.isWellFormed(after) else {
        throw ServerError(.badRequest, "after takes a decision id (the previous page's next), not '\(after)'")
      }
      filter.after = after
    }
    if let limit = query.get("limit") {
      guard let value = Int(limit), (1...DecisionFilter.maximumLimit).contains(value) else {
        throw ServerError(.badRequest, "limit takes a number from 1 to \(DecisionFilter.maximumLimit), not '\(limit)'")
      }
      filter.limit = value
    }
    return filter
  }

  /// A date (`2025-10-01`: its start, or for `to` its end, in UTC) or an ISO 8601 instant.
  static func instant(_ text: String?, _ name: String, endOfDay: Bool) throws(ServerError) -> Date? {
    guard let text else { return nil }
    if let date = CivilDate(iso: text) {
      var components = DateComponents()
      components.year = date.year
      components.month = date.month
      components.day = date.day
      var calendar = Calendar(identifier: .gregorian)
      calendar.timeZone = TimeZone(identifier: "UTC")!
      guard let start = calendar.date(from: components) else { return nil }
      return endOfDay ? start.addingTimeInterval(86_400) : start
    }
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    if let instant = formatter.date(from: text) { return instant }
    formatter.formatOptions = [.withInternetDateTime]
    if let instant = formatter.date(from: text) { return instant }
    throw ServerError(
      .badRequest, "\(name) takes a date (YYYY-MM-DD) or an instant (2025-10-01T08:00:00Z), not '\(text)'")
  }
}

/// The JSON of decisions on record: the summary fields, and for one decision its
/// application and decision as they are kept.
enum StoredDecisionJSON {
  struct Summary: Encodable {
    var decisionID: String
    var recordedAt: String
    var service: String?
    var bundle: String?
    var revision: String
    var outcome: String
    var date: String
    var lang: String
    var trace: Bool
    var explanation: Bool

    enum CodingKeys: String, CodingKey {
      case decisionID = "decision_id"
      case recordedAt = "recorded_at"
      case service, bundle, revision, outcome, date, lang, trace, explanation
    }

    init(_ decision: StoredDecision) {
      decisionID = decision.id
      recordedAt = StoredDecisionJSON.timestamp(decision.recordedAt)
      service = decision.kind == .service ? decision.subject : nil
      bundle = decision.kind == .bundle ? decision.subject : nil
      revision = decision.revision
      outcome = decision.outcome
      date = decision.date
      lang = decision.variant.language
      trace = decision.variant.trace
      explanation = decision.variant.explanation
    }
  }

  struct List: Encodable {
    var decisions: [Summary]
    var next: String?
  }

  static func timestamp(_ date: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    return formatter.string(from: date)
  }

  /// One decision: its summary, `"application"` and `"decision"` (the JSON kept).
  static func full(_ decision: StoredDecision) -> [UInt8] {
    var bytes = Array(JSONResponse.encode(Summary(decision)).readableBytesView)
    while bytes.last == 0x0A || bytes.last == UInt8(ascii: "}") { bytes.removeLast() }
    bytes += Array(",\"application\":".utf8) + Array(decision.application.utf8)
    bytes += Array(",\"decision\":".utf8) + Array(decision.decision.utf8) + [UInt8(ascii: "}"), 0x0A]
    return bytes
  }

  static func list(_ page: DecisionPage) -> [UInt8] {
    Array(JSONResponse.encode(List(decisions: page.decisions.map(Summary.init), next: page.next)).readableBytesView)
  }

  static func response(_ bytes: [UInt8]) -> Response {
    Response(
      status: .ok, headers: [.contentType: JSONResponse.contentType],
      body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
  }
}
