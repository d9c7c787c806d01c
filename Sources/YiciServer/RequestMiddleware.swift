import HTTPTypes
import Hummingbird
import HummingbirdCore
import Logging
import Synchronization

/// What every request goes through: a request id (echoed in `X-Request-Id`), one log line,
/// the request metrics, and errors turned into the JSON error object (never a bare 500).
///
/// The log line has the method, the path, the status, the time taken and the request id;
/// no header is logged, so a bearer token never is.
struct RequestMiddleware: RouterMiddleware {
  typealias Context = ServerContext
  let logger: Logger
  let metrics: ServerMetrics
  private let ids = RequestIDs()

  func handle(
    _ request: Request, context: ServerContext, next: (Request, ServerContext) async throws -> Response
  ) async throws -> Response {
    let clock = ContinuousClock()
    let start = clock.now
    let id = request.headers[.requestID].flatMap(RequestIDs.accepted) ?? ids.next()
    metrics.started()
    var response: Response
    do {
      if let expect = request.headers[.expect], expect.lowercased() != "100-continue" {
        throw ServerError(
          .expectationFailed, "the server cannot meet the expectation '\(expect)'; only 100-continue")
      }
      response = try await next(request, context)
    } catch let error as ServerError {
      response = error.response
    } catch let error as HTTPError where error.status == .notFound {
      response = Self.unrouted(request).response
    } catch let error as HTTPError {
      response = ServerError(error.status, "\(error)", headers: error.headers).response
    } catch {
      logger.error("request failed: \(error)", metadata: ["request_id": "\(id)"])
      response = ServerError(.internalServerError, "the server could not answer: \(error)").response
    }
    response.headers[.requestID] = id
    let duration = clock.now - start
    let route = Self.route(request.uri.path)
    metrics.finished(route: route, status: response.status.code, duration: duration)
    logger.info(
      "\(request.method) \(request.uri.path) \(response.status.code)",
      metadata: [
        "request_id": "\(id)", "ms": "\(Self.milliseconds(duration))", "route": "\(route)",
      ])
    return response
  }

  /// What a request no route took gets: `405` with `Allow` when the path takes other
  /// methods, else `404`.
  static func unrouted(_ request: Request) -> ServerError {
    let path = request.uri.path
    guard let methods = RouteTable.methods(for: path) else {
      return ServerError(.notFound, "no such endpoint: \(request.method) \(path)")
    }
    let names = methods.map(\.rawValue)
    return ServerError(
      .methodNotAllowed,
      "\(path) takes \(names.joined(separator: ", ")), not \(request.method)",
      headers: [.allow: names.joined(separator: ", ")])
  }

  /// The route a path belongs to, for the metrics' labels (a bounded set).
  static func route(_ path: String) -> String {
    switch path {
    case "/v1/decisions", "/v1/decisions/batch", "/v1/questions", "/v1/notices", "/v1/services", "/v1/rules",
      "/v1/rules/reload", "/health", "/health/ready", "/metrics", "/openapi.json":
      path
    case _ where path.hasPrefix("/v1/services/"): "/v1/services/{id}"
    case _ where path.hasPrefix("/v1/decisions/"): "/v1/decisions/{id}"
    case "/v1/cases": path
    case _ where path.hasPrefix("/v1/cases/"): path.hasSuffix("/events") ? "/v1/cases/{id}/events" : "/v1/cases/{id}"
    default: "other"
    }
  }

  static func milliseconds(_ duration: Duration) -> String {
    let micros = duration.components.seconds * 1_000_000 + duration.components.attoseconds / 1_000_000_000_000
    return String(format3: Double(micros) / 1000)
  }
}

extension String {
  /// A number with three decimals.
  init(format3 value: Double) {
    let thousandths = Int((value * 1000).rounded())
    let fraction = String(thousandths % 1000)
    self = "\(thousandths / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
  }
}

/// Request ids: this process's random prefix and a counter (`3f9a1c07-000042`).
final class RequestIDs: Sendable {
  private let prefix: String = {
    let value = UInt32.random(in: 0...UInt32.max)
    let hex = String(value, radix: 16)
    return String(repeating: "0", count: 8 - hex.count) + hex
  }()
  private let counter = Atomic<Int>(0)

  func next() -> String {
    let number = String(counter.add(1, ordering: .relaxed).newValue)
    return prefix + "-" + String(repeating: "0", count: max(0, 6 - number.count)) + number
  }

  /// A client's own id when it is up to 64 letters, digits, `-`, `_` or `.`.
  static func accepted(_ id: String) -> String? {
    guard !id.isEmpty, id.utf8.count <= 64,
      id.utf8.allSatisfy({
        $0 < 0x80
          && ($0 == 0x2D || $0 == 0x5F || $0 == 0x2E || ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A
            || $0 >= 0x30 && $0 <= 0x39)
      })
    else { return nil }
    return id
  }
}
