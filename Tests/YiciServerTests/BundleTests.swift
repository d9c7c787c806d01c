import Foundation
import Testing
import YiciTestSupport

/// Bundles (一件事) over HTTP: listed with their members, decided by `"bundle": id` as
/// `yici eval` decides them.
@Suite struct BundleTests {
  @Test func bundlesAreListedWithTheirMembers() async throws {
    let server = try await RunningServer.start()
    defer { Task { await server.stop() } }
    let list = try await server.request("GET", "/v1/services")
    #expect(SchemaChecker.shared.problems("GET", "/v1/services", list) == [])
    let services = ((list.json as? [String: Any])?["services"] as? [[String: Any]]) ?? []
    let bundles = services.filter { $0["members"] != nil }.compactMap { $0["id"] as? String }
    #expect(Set(bundles) == ["open_restaurant", "newborn", "close_enterprise"])
    let detail = try await server.request("GET", "/v1/services/open_restaurant")
    #expect(SchemaChecker.shared.problems("GET", "/v1/services/{id}", detail) == [])
    let service = (detail.json as? [String: Any])?["service"] as? [String: Any]
    #expect((service?["members"] as? [String])?.contains("food_business_license_catering") == true)
    #expect((service?["facts"] as? [Any])?.isEmpty == false)
  }

  @Test func everyBundleApplicationIsDecidedAsTheCLIDecidesIt() async throws {
    let paths = Repository.files(in: "examples/bundles/applications", withSuffix: ".json")
    #expect(paths.count >= 6)
    let server = try await RunningServer.start()
    defer { Task { await server.stop() } }
    for path in paths {
      let run = try YiciBinary.run(["eval", "rules", "-a", path, "--format", "json", "--revision"], input: nil)
      let decided = try await server.request("POST", "/v1/decisions", body: try repositoryBytes(path))
      #expect(decided.status == 200, "\(path)")
      #expect(SchemaChecker.shared.problems("POST", "/v1/decisions", decided) == [], "\(path)")
      #expect(decided.text == run.output, "\(path)")
      let notice = try await server.request("POST", "/v1/notices", body: try repositoryBytes(path))
      #expect(notice.status == 200, "\(path)")
    }
    let metrics = try await server.request("GET", "/metrics").text
    #expect(metrics.contains(#"yici_decisions_total{service="open_restaurant""#))
  }
}
