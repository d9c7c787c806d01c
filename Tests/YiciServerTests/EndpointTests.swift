import Foundation
import Testing
import YiciTestSupport

/// Every endpoint over loopback, each response checked against the OpenAPI document.
@Suite struct EndpointTests {
  static let application = "examples/applications/food_business_license_catering.needs_correction.json"

  @Test func everyReadEndpointAnswersAsTheDocumentSays() async throws {
    let server = try await RunningServer.start()
    defer { Task { await server.stop() } }
    let checker = SchemaChecker.shared
    for (path, template) in [
      ("/health", "/health"), ("/health/ready", "/health/ready"), ("/v1/services", "/v1/services"),
      ("/v1/services?q=%E9%A3%9F%E5%93%81", "/v1/services"),
      ("/v1/services/food_business_license_catering", "/v1/services/{id}"),
      ("/v1/services/no_such_service", "/v1/services/{id}"), ("/v1/rules", "/v1/rules"),
      ("/v1/rules/reload", "/v1/rules/reload"), ("/openapi.json", "/openapi.json"), ("/metrics", "/metrics"),
    ] {
      let response = try await server.request(path == "/v1/rules/reload" ? "POST" : "GET", path)
      #expect(checker.problems(path == "/v1/rules/reload" ? "POST" : "GET", template, response) == [], "\(path)")
      #expect(response.header("x-request-id")?.isEmpty == false, "\(path)")
    }
  }

  @Test func servicesAreListedSearchedAndDescribed() async throws {
    let server = try await RunningServer.start()
    defer { Task { await server.stop() } }
    let all = try await server.request("GET", "/v1/services").json as? [String: Any]
    let services = try #require(all?["services"] as? [[String: Any]])
    #expect(services.count > 10)
    let found = try await server.request("GET", "/v1/services?q=%E9%A4%90%E9%A5%AE").json as? [String: Any]  // 餐饮
    let ids = (found?["services"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
    #expect(ids?.contains("food_business_license_catering") == true)
    #expect(ids?.contains("fire_safety_inspection") == false)
    let detail = try await server.request("GET", "/v1/services/food_business_license_catering").json as? [String: Any]
    let service = try #require(detail?["service"] as? [String: Any])
    let facts = try #require(service["facts"] as? [[String: Any]])
    let menu = try #require(facts.first { $0["id"] as? String == "menu" })
    #expect(
      (menu["options"] as? [[String: Any]])?.compactMap { $0["id"] as? String }.prefix(3) == ["hot", "cold", "raw"])
    #expect((menu["question"] as? [String: Any])?["zh"] as? String == "主要经营项目是哪一类？")
    let missing = try await server.request("GET", "/v1/services/food_business_licence")
    #expect(missing.status == 404)
    #expect(missing.text.contains("food_business_license_catering"))
  }

  @Test func aServiceCarriesItsGuideAndIsFoundByAlias() async throws {
    let server = try await RunningServer.start()
    defer { Task { await server.stop() } }
    let path = "/v1/services/food_business_license_catering?date=2025-09-28"
    let detail = try await server.request("GET", path)
    #expect(SchemaChecker.shared.problems("GET", "/v1/services/{id}", detail) == [])
    let guide = try #require((detail.json as? [String: Any])?["guide"] as? [String: Any])
    let run = try YiciBinary.run(
      ["guide", "food_business_license_catering", "--format", "json", "--date", "2025-09-28"], input: nil)
    let printed = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
    func canonical(_ object: [String: Any]) throws -> Data {
      try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    }
    #expect(try canonical(guide) == canonical(printed))
    let bad = try await server.request("GET", "/v1/services/food_business_license_catering?date=soon")
    #expect(bad.status == 400)
    #expect(SchemaChecker.shared.problems("GET", "/v1/services/{id}", bad) == [])
    // 开餐馆, an alias of the food licence
    let found = try await server.request("GET", "/v1/services?q=%E5%BC%80%E9%A4%90%E9%A6%86").json as? [String: Any]
    let ids = (found?["services"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
    #expect(ids?.contains("food_business_license_catering") == true)
  }

  @Test func theServedDocumentIsTheRepositorysAndValid() async throws {
    let server = try await RunningServer.start()
    defer { Task { await server.stop() } }
    let served = try await server.request("GET", "/openapi.json")
    #expect(served.body + [0x0A] == (try repositoryBytes("openapi/yici-serve.json")))
    let document = try #require(served.json as? [String: Any])
    #expect(document["openapi"] as? String == "3.1.0")
  }

  @Test func questionsAndNoticesDecideAsTheDecisionDoes() async throws {
    let server = try await RunningServer.start()
    defer { Task { await server.stop() } }
    let partial = Array(#"{"service":"food_business_license_catering","date":"2025-09-24","facts":{}}"#.utf8)
    let questions = try await server.request("POST", "/v1/questions", body: partial)
    #expect(SchemaChecker.shared.problems("POST", "/v1/questions", questions) == [])
    let decision = try #require(questions.json as? [String: Any])
    #expect(decision["outcome"] as? String == "needs_information")
    #expect((decision["questions"] as? [Any])?.isEmpty == false)
    #expect(decision["explanation"] as? String == "")
    let body = try repositoryBytes(Self.application)
    for lang in ["zh", "en"] {
      let notice = try await server.request("POST", "/v1/notices?lang=\(lang)", body: body)
      #expect(SchemaChecker.shared.problems("POST", "/v1/notices", notice) == [])
      let text = try #require((notice.json as? [String: Any])?["notice"] as? String)
      #expect(text.contains(lang == "zh" ? "一次性告知" : "notice"), "\(text.prefix(120))")
    }
  }

  @Test func metricsCountDecisionsRequestsAndReloads() async throws {
    let server = try await RunningServer.start()
    defer { Task { await server.stop() } }
    _ = try await server.request("POST", "/v1/decisions", body: try repositoryBytes(Self.application))
    let metrics = try await server.request("GET", "/metrics").text
    #expect(
      metrics.contains(#"yici_decisions_total{service="food_business_license_catering",outcome="needs_correction"} 1"#))
    #expect(metrics.contains("yici_request_duration_seconds_bucket"))
    #expect(metrics.contains("yici_requests_in_flight"))
    #expect(metrics.contains("yici_reload_failures_total 0"))
  }

  @Test func eachRequestIsOneLogLineWithItsIdAndNoToken() async throws {
    let server = try await RunningServer.start { $0.adminToken = .init("s3cret-token") }
    defer { Task { await server.stop() } }
    let response = try await server.request(
      "POST", "/v1/rules/reload", headers: ["Authorization": "Bearer s3cret-token", "X-Request-Id": "abc-123"])
    #expect(response.status == 200)
    #expect(response.header("x-request-id") == "abc-123")
    let generated = try await server.request("GET", "/health").header("x-request-id") ?? ""
    #expect(generated.count == 15)
    let lines = server.log.all
    #expect(lines.contains { $0.contains("POST /v1/rules/reload 200") && $0.contains("request_id=abc-123") })
    #expect(lines.contains { $0.contains("GET /health 200") && $0.contains("request_id=\(generated)") })
    #expect(!lines.contains { $0.contains("s3cret") })
  }
}
