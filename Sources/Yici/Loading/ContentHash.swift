/// SHA-256 of bytes, for content hashes and keyed hashes of the store (the personal facts a
/// rule file declares hashed are kept as their HMAC-SHA-256).
public enum ContentHash {
  /// The 32-byte SHA-256 digest of `bytes`.
  public static func sha256(_ bytes: [UInt8]) -> [UInt8] {
    var hash = SHA256()
    hash.update(bytes)
    return hash.finish()
  }

  /// HMAC-SHA-256 (RFC 2104) of `message` under `key`.
  public static func hmacSHA256(key: [UInt8], message: [UInt8]) -> [UInt8] {
    var block = key.count > 64 ? sha256(key) : key
    block += [UInt8](repeating: 0, count: 64 - block.count)
    let inner = sha256(block.map { $0 ^ 0x36 } + message)
    return sha256(block.map { $0 ^ 0x5c } + inner)
  }
}
