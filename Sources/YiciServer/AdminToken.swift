import Foundation

/// The bearer token that admin endpoints (reloading) need, read once at startup.
///
/// It is compared in constant time (every byte, whatever the first difference) and never
/// printed: its description is `AdminToken(…)`.
public struct AdminToken: Sendable, CustomStringConvertible {
  private let bytes: [UInt8]

  /// A token; nil when it is empty (after trimming white space, as a file's newline).
  public init?(_ text: String) {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !trimmed.isEmpty else { return nil }
    bytes = Array(trimmed.utf8)
  }

  /// The token from `--admin-token-file` when given, else `YICI_ADMIN_TOKEN`; nil when
  /// neither gives one. A file that cannot be read is an error.
  public static func load(file: String?, environment: [String: String]) throws -> AdminToken? {
    if let file {
      guard let data = FileManager.default.contents(atPath: file) else {
        throw AdminTokenError(message: "cannot read the admin token file \(file)")
      }
      guard let token = AdminToken(String(decoding: data, as: UTF8.self)) else {
        throw AdminTokenError(message: "the admin token file \(file) is empty")
      }
      return token
    }
    return environment["YICI_ADMIN_TOKEN"].flatMap(AdminToken.init)
  }

  /// Whether an `Authorization` header value is `Bearer <this token>`.
  public func authorizes(_ header: String?) -> Bool {
    guard let header, header.utf8.count > 7 else { return false }
    let scheme = header.utf8.prefix(7)
    guard String(decoding: scheme, as: UTF8.self).lowercased() == "bearer " else { return false }
    return Self.constantTimeEqual(Array(header.utf8.dropFirst(7)), bytes)
  }

  /// Compares every byte of both, so the time taken says nothing of where they differ.
  static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
    var difference = UInt8(truncatingIfNeeded: a.count ^ b.count)
    let count = max(a.count, b.count)
    for index in 0..<count {
      let x = index < a.count ? a[index] : 0
      let y = index < b.count ? b[index] : 0
      difference |= x ^ y
    }
    return difference == 0 && a.count == b.count
  }

  /// `AdminToken(…)`: never the token.
  public var description: String { "AdminToken(…)" }
}

/// The admin token could not be read.
public struct AdminTokenError: Error, CustomStringConvertible {
  /// What went wrong.
  public var message: String
  /// The message.
  public var description: String { message }
}
