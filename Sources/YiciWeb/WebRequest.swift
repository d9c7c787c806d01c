/// A request for a page, as the server hands it over: nothing of HTTP but what a page reads.
public struct WebRequest: Sendable {
  /// `GET` or `POST`.
  public var method: String
  /// The path, percent-escaped as sent (`/services/food_business_license_catering/apply`).
  public var path: String
  /// The query string without `?` (`lang=en`), as sent.
  public var query: String
  /// The body of a `POST` (a form, `application/x-www-form-urlencoded`).
  public var body: [UInt8]

  /// A request.
  public init(method: String, path: String, query: String = "", body: [UInt8] = []) {
    self.method = method
    self.path = path
    self.query = query
    self.body = body
  }
}

/// A page, a style sheet, a script or an application file, with its status.
public struct WebResponse: Sendable {
  /// The HTTP status (200, 400, 404, 405).
  public var status: Int
  /// The `Content-Type`.
  public var contentType: String
  /// Headers besides the content type (`Content-Disposition` of a download, `Allow`).
  public var headers: [(name: String, value: String)]
  /// The bytes.
  public var body: [UInt8]

  init(status: Int = 200, contentType: String, headers: [(name: String, value: String)] = [], body: String) {
    self.status = status
    self.contentType = contentType
    self.headers = headers
    self.body = Array(body.utf8)
  }

  static let html = "text/html; charset=utf-8"
}
