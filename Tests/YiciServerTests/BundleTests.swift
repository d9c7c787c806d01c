import Foundation
import Testing
import YiciTestSupport

/// Bundles (一件事) over HTTP: listed with their members, decided by `"bundle": id` as
/// `yici eval` decides them.
@Suite struct BundleTests {
  static let bundles = """
    bundle open_restaurant {
      name "开办餐饮店一件事"
      members {
        individual_business_registration
        food_business_license_catering
        fire_safety_inspection
      }
      results { individual_business_registration provides business_license to food_business_license_catering }
    }
    """

  @Test func bundlesAreListedAndDecidedAsTheCLIDecidesThem() async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("yici-bundles-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("bundles.yici")
    try Self.bundles.write(to: file, atomically: true, encoding: .utf8)
    var application =
      try JSONSerialization.jsonObject(with: Data(repositoryBytes(EndpointTests.application))) as! [String: Any]
    application["service"] = nil
    application["bundle"] = "open_restaurant"
    let body = try JSONSerialization.data(withJSONObject: application, options: [.sortedKeys])
    let applicationFile = folder.appendingPathComponent("application.json")
    try body.write(to: applicationFile)

    let server = try await RunningServer.start(["rules", file.path])
    defer { Task { await server.stop() } }
    let list = try await server.request("GET", "/v1/services")
    #expect(SchemaChecker.shared.problems("GET", "/v1/services", list) == [])
    let services = ((list.json as? [String: Any])?["services"] as? [[String: Any]]) ?? []
    let bundle = try #require(services.first { $0["id"] as? String == "open_restaurant" })
    #expect((bundle["members"] as? [String])?.count == 3)
    let detail = try await server.request("GET", "/v1/services/open_restaurant")
    #expect(SchemaChecker.shared.problems("GET", "/v1/services/{id}", detail) == [])
    #expect((((detail.json as? [String: Any])?["service"] as? [String: Any])?["facts"] as? [Any])?.isEmpty == false)

    let decided = try await server.request("POST", "/v1/decisions", body: Array(body))
    #expect(decided.status == 200)
    #expect(SchemaChecker.shared.problems("POST", "/v1/decisions", decided) == [])
    let run = try YiciBinary.run(
      ["eval", "rules", file.path, "-a", applicationFile.path, "--format", "json", "--revision"], input: nil)
    #expect(decided.text == run.output)
    #expect(decided.text.hasPrefix(#"{"id":"#) && decided.text.contains(#""bundle":"open_restaurant""#))
    let metrics = try await server.request("GET", "/metrics").text
    #expect(metrics.contains(#"yici_decisions_total{service="open_restaurant""#))
  }
}
