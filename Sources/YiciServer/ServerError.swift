import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdCore
import Yici

/// A request the server answers with an error: its status and the JSON error object
/// (`{"error": "…"}`, with `field` and `column` for a bad application: the words of
/// `yici eval`).
struct ServerError: Error {
  var status: HTTPResponse.Status
  var body: ErrorBody
  var headers: HTTPFields = [:]

  /// The error object.
  struct ErrorBody: Encodable {
    /// What is wrong, as the CLI says it (`invalid application: facts.area_m2: …`).
    var error: String
    /// The JSON path of the value at fault (`facts.area_m2`), when known.
    var field: String?
    /// The 1-based byte column in the body where it was found, when known.
    var column: Int?
  }

  init(_ status: HTTPResponse.Status, _ message: String, headers: HTTPFields = [:]) {
    self.status = status
    self.body = ErrorBody(error: message)
    self.headers = headers
  }

  /// A 400 for an application that cannot be decided.
  init(_ error: DecisionError) {
    status = .badRequest
    body = ErrorBody(error: error.description)
    if case .invalidApplication(let invalid) = error {
      body.field = invalid.path
      body.column = invalid.column
    }
  }

  static func tooLarge(_ limit: Int) -> ServerError {
    ServerError(.contentTooLarge, "the request body is more than the limit of \(limit) bytes")
  }

  static let timedOut = ServerError(.requestTimeout, "the request body was not sent in time")
  static let headTimedOut = ServerError(.requestTimeout, "the request's head was not sent in time")

  /// The response.
  var response: Response {
    var headers = self.headers
    headers[.contentType] = JSONResponse.contentType
    return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: JSONResponse.encode(body)))
  }
}

/// JSON responses of the endpoints other than the decisions (those are the library's bytes).
enum JSONResponse {
  static let contentType = "application/json; charset=utf-8"

  /// Encodes with sorted keys, dates as ISO 8601, ending with a newline.
  static func encode(_ value: some Encodable) -> ByteBuffer {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    var bytes = (try? encoder.encode(value)).map { Array($0) } ?? Array("{\"error\":\"cannot encode\"}".utf8)
    bytes.append(0x0A)
    return ByteBuffer(bytes: bytes)
  }

  /// A `200` (or `status`) response with the value as JSON.
  static func response(
    _ value: some Encodable, status: HTTPResponse.Status = .ok, revision: String? = nil
  ) -> Response {
    var headers: HTTPFields = [.contentType: contentType]
    if let revision { headers[.yiciRevision] = revision }
    return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: encode(value)))
  }
}

extension HTTPField.Name {
  /// The request id, taken from the request when it gives a sensible one, echoed in the response.
  static let requestID = HTTPField.Name("X-Request-Id")!
  /// The revision of the rules that answered.
  static let yiciRevision = HTTPField.Name("Yici-Revision")!
  /// The case a decision opened (`?open_case=true`).
  static let yiciCase = HTTPField.Name("Yici-Case-Id")!
}
