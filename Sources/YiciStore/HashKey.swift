import Foundation

/// The data folder's key for hashing personal facts (`hash.key`: 32 random bytes, made when
/// the folder is first used, readable by its owner only). Losing it only means new hashes
/// no longer match old ones.
public enum HashKey {
  /// The key file's name in the data folder.
  public static let fileName = "hash.key"

  /// The folder's key, made if it has none.
  public static func load(folder: String) throws(StoreError) -> [UInt8] {
    let path = (folder as NSString).appendingPathComponent(fileName)
    if let data = FileManager.default.contents(atPath: path) {
      guard data.count == 32 else { throw StoreError("\(path) is not a key of 32 bytes (it has \(data.count))") }
      return Array(data)
    }
    var random = SystemRandomNumberGenerator()
    let key = (0..<32).map { _ in UInt8.random(in: 0...255, using: &random) }
    guard FileManager.default.createFile(atPath: path, contents: Data(key), attributes: [.posixPermissions: 0o600])
    else { throw StoreError("cannot write the key \(path)") }
    return key
  }
}
