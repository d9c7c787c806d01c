import Foundation
import Yici

/// The facts the rules mark as personal (身份证号, names, phone numbers …), by service and
/// bundle, and how the decision log keeps each: masked, or hashed.
///
/// A masked text keeps its first and last character and puts `*` for the others
/// (`110101199003071234` → `1****************4`; a text of one or two characters keeps the
/// first); a hashed one is `hmac-sha256:` and the hex HMAC-SHA-256 of its UTF-8 under the data
/// folder's key (`hash.key`), so that the same value gives the same hash in one store (the
/// log can be searched by it) and cannot be guessed from it without the key. A personal fact
/// that is not a string is replaced by `"*"` (masked) or hashed as its JSON text.
public struct PersonalFacts: Sendable {
  /// How a personal fact is kept.
  public enum Protection: String, Sendable {
    case masked, hashed
  }

  /// The personal facts of each service or bundle id.
  public var facts: [String: [String: Protection]]

  /// The personal facts given.
  public init(_ facts: [String: [String: Protection]]) {
    self.facts = facts.filter { !$0.value.isEmpty }
  }

  /// The application's JSON text as the log keeps it: the personal facts of `subject`
  /// masked or hashed under `key`; the bytes as they are when it has none (or they are not
  /// a JSON object with `facts`).
  public func protect(_ application: [UInt8], subject: String, key: [UInt8]) -> String {
    guard let personal = facts[subject],
      var object = (try? JSONSerialization.jsonObject(with: Data(application))) as? [String: Any],
      var values = object["facts"] as? [String: Any]
    else { return String(decoding: application, as: UTF8.self) }
    for (fact, protection) in personal {
      guard let value = values[fact], !(value is NSNull) else { continue }
      values[fact] = Self.protect(value, protection, key: key)
    }
    object["facts"] = values
    guard
      let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
    else { return "{}" }
    return String(decoding: data, as: UTF8.self)
  }

  static func protect(_ value: Any, _ protection: Protection, key: [UInt8]) -> String {
    let text = value as? String
    switch protection {
    case .masked:
      guard let text, let first = text.first else { return "*" }
      guard text.count > 2, let last = text.last else {
        return String(first) + String(repeating: "*", count: text.count - 1)
      }
      return String(first) + String(repeating: "*", count: text.count - 2) + String(last)
    case .hashed:
      let bytes =
        text.map { Array($0.utf8) }
        ?? ((try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed])).map { Array($0) } ?? [])
      let digest = ContentHash.hmacSHA256(key: key, message: bytes)
      let hex = Array("0123456789abcdef".utf8)
      return "hmac-sha256:"
        + String(decoding: digest.flatMap { [hex[Int($0 >> 4)], hex[Int($0 & 15)]] }, as: UTF8.self)
    }
  }
}
