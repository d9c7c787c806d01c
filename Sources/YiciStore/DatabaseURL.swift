import Foundation

/// Where a PostgreSQL store is (`yici serve --database postgres://user:password@host:port/name`),
/// read from its URL with the parts libpq reads: user (default `postgres`), password, host
/// (default `127.0.0.1`), port (default 5432), database (default the user's name) and
/// `?sslmode=disable|prefer|require` (default `prefer`: TLS when the server offers it).
public struct DatabaseURL: Sendable, Equatable, CustomStringConvertible {
  /// Whether the connection is encrypted.
  public enum TLSMode: String, Sendable, CaseIterable {
    /// Never.
    case disable
    /// When the server offers it.
    case prefer
    /// Always: the connection fails when the server does not offer it.
    case require
  }

  /// The user name.
  public var user: String
  /// The password, when the URL gives one.
  public var password: String?
  /// The host name or address.
  public var host: String
  /// The port.
  public var port: Int
  /// The database's name.
  public var database: String
  /// Whether to use TLS.
  public var tls: TLSMode

  /// Whether `text` is meant as a PostgreSQL URL (rather than, say, a folder).
  public static func isPostgres(_ text: String) -> Bool {
    text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
  }

  /// Reads a URL; a bad one is refused with what is wrong in it.
  public init(_ text: String) throws(StoreError) {
    guard Self.isPostgres(text) else {
      throw StoreError("--database takes a URL postgres://user:password@host:port/database, not '\(text)'")
    }
    guard let components = URLComponents(string: text) else {
      throw StoreError("--database: '\(Self.redacted(text))' is not a valid URL")
    }
    user = components.user.flatMap { $0.removingPercentEncoding ?? $0 } ?? "postgres"
    password = components.password.flatMap { $0.removingPercentEncoding ?? $0 }
    host = components.host.flatMap { $0.isEmpty ? nil : $0 } ?? "127.0.0.1"
    if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
    port = components.port ?? 5432
    guard (1...65535).contains(port) else { throw StoreError("--database: port \(port) is out of range") }
    let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
    guard !path.contains("/") else {
      throw StoreError("--database: '\(path)' is not a database name (one path segment after the host)")
    }
    database = path.isEmpty ? user : (path.removingPercentEncoding ?? path)
    tls = .prefer
    for item in components.queryItems ?? [] {
      guard item.name == "sslmode" else {
        throw StoreError("--database: unknown parameter '\(item.name)' (only sslmode is read)")
      }
      guard let mode = item.value.flatMap(TLSMode.init(rawValue:)) else {
        let modes = TLSMode.allCases.map(\.rawValue).joined(separator: ", ")
        throw StoreError("--database: sslmode takes \(modes), not '\(item.value ?? "")'")
      }
      tls = mode
    }
  }

  /// The URL without its password, to name the server in messages.
  public var description: String {
    let shownHost = host.contains(":") ? "[\(host)]" : host
    return "postgres://\(user)@\(shownHost):\(port)/\(database)"
  }

  /// `text` with the password of its user part replaced by `***`.
  static func redacted(_ text: String) -> String {
    guard let at = text.lastIndex(of: "@"), let scheme = text.range(of: "://") else { return text }
    let userPart = text[scheme.upperBound..<at]
    guard let colon = userPart.firstIndex(of: ":") else { return text }
    return String(text[..<text.index(after: colon)]) + "***" + String(text[at...])
  }
}
