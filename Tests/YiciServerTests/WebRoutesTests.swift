import Foundation
import Testing
import YiciTestSupport

/// The web pages (`YiciWeb`) mounted by the server: every route answers over HTTP, a posted
/// form is decided, and bad input is a 400 page, never a 500.
@Suite struct WebRoutesTests {
  @Test func thePagesAnswerOverHTTP() async throws {
    let server = try await RunningServer.start()
    defer { Task { await server.stop() } }
    for path in [
      "/", "/?lang=en&q=food", "/services/food_business_license_catering", "/bundles/newborn?lang=en",
      "/services/food_business_license_catering/apply", "/bundles/open_restaurant/apply", "/window", "/report",
    ] {
      let response = try await server.request("GET", path)
      #expect(response.status == 200, "\(path)")
      #expect(response.header("content-type") == "text/html; charset=utf-8", "\(path)")
      #expect(response.text.hasPrefix("<!DOCTYPE html>"), "\(path)")
    }
    let css = try await server.request("GET", "/assets/site.css")
    #expect(css.header("content-type") == "text/css; charset=utf-8")
    #expect(try await server.request("GET", "/services/nope").status == 404)
    let delete = try await server.request("DELETE", "/window")
    #expect(delete.status == 405)
    #expect(delete.header("allow") == "GET, POST, HEAD")
  }

  @Test func aPostedFormIsDecidedAndABrokenOneIsA400() async throws {
    let server = try await RunningServer.start()
    defer { Task { await server.stop() } }
    let path = "/services/food_business_license_catering/apply"
    let answered = try await server.request(
      "POST", path, body: Array(":date=2025-09-24&credit=dishonest".utf8),
      headers: ["Content-Type": "application/x-www-form-urlencoded"])
    #expect(answered.status == 200)
    #expect(answered.text.contains("data-outcome=\"rejected\""))
    let broken = try await server.request("POST", path, body: Array("credit=%ZZ".utf8))
    #expect(broken.status == 400)
    #expect(broken.text.contains("is not followed by two hex digits"))
    let json = try await server.request("POST", path, body: Array(":date=2025-09-24&:format=json".utf8))
    #expect(
      json.header("content-disposition") == "attachment; filename=\"food_business_license_catering.application.json\"")
  }
}
