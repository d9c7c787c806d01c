import Foundation
import Testing
import Yici
import YiciStore

/// Personal facts are kept masked or hashed, the other facts as they are.
@Suite struct PersonalFactsTests {
  let facts = PersonalFacts(["s": ["name": .masked, "id_number": .hashed, "phone": .masked, "age": .masked]])
  let key = [UInt8](repeating: 7, count: 32)

  @Test func maskedAndHashedFactsAreNotKeptInTheClear() throws {
    let application = Array(
      #"{"service":"s","facts":{"name":"张三丰","id_number":"110101199003071234","phone":"13800138000","age":30,"area":12}}"#
        .utf8)
    let kept = facts.protect(application, subject: "s", key: key)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(kept.utf8)) as? [String: Any])
    let values = try #require(object["facts"] as? [String: Any])
    #expect(values["name"] as? String == "张*丰")
    #expect(values["phone"] as? String == "1*********0")
    #expect(values["age"] as? String == "*")
    #expect(values["area"] as? Int == 12)
    let hash = try #require(values["id_number"] as? String)
    #expect(hash.hasPrefix("hmac-sha256:") && hash.count == 12 + 64)
    #expect(!kept.contains("110101199003071234"))
    // The same value under the same key: the same hash; another key: another.
    #expect(facts.protect(application, subject: "s", key: key) == kept)
    #expect(facts.protect(application, subject: "s", key: [UInt8](repeating: 8, count: 32)) != kept)
    // Another service's application is kept as it came.
    let other = Array(#"{"service":"t","facts":{"name":"张三"}}"#.utf8)
    #expect(facts.protect(other, subject: "t", key: key) == String(decoding: other, as: UTF8.self))
  }

  @Test func hmacIsRFC4231() {
    // RFC 4231, test case 2.
    let mac = ContentHash.hmacSHA256(key: Array("Jefe".utf8), message: Array("what do ya want for nothing?".utf8))
    let hex = mac.map { String(format: "%02x", $0) }.joined()
    #expect(hex == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
  }

  @Test func theHashKeyIsMadeOnceAndKept() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("yici-key-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let key = try HashKey.load(folder: folder)
    #expect(key.count == 32)
    #expect(try HashKey.load(folder: folder) == key)
  }
}
