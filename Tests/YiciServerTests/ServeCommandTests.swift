import Foundation
import Testing
import YiciTestSupport

/// `yici serve` as a process: it prints its address and revision, reloads on SIGHUP and
/// stops cleanly on SIGTERM.
@Suite struct ServeCommandTests {
  @Test func theCommandServesReloadsOnHangUpAndStopsOnTerm() async throws {
    let binary = try #require(YiciBinary.url, "no yici binary")
    let process = Process()
    process.executableURL = binary
    let data = FileManager.default.temporaryDirectory.appendingPathComponent("yici-serve-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: data) }
    process.arguments = ["serve", "--port", "0", "--watch-interval", "0", "--data", data, AgreementTests.rules]
    process.currentDirectoryURL = Repository.root
    process.environment = ["YICI_ADMIN_TOKEN": "from-the-environment"]
    let (output, errors) = (Pipe(), Pipe())
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    defer { if process.isRunning { process.terminate() } }
    var printed = ""
    let deadline = Date().addingTimeInterval(60)
    while !printed.contains("admin endpoints"), Date() < deadline {
      printed += String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
    }
    #expect(printed.contains("rules: revision "))
    #expect(printed.contains("admin endpoints: on"))
    let address = try #require(printed.split(separator: "\n").first { $0.contains("listening on http://127.0.0.1:") })
    let port = try #require(Int(address.split(separator: ":").last ?? ""))
    let health = try LoopbackClient(port: port).request("GET", "/health")
    #expect(health.status == 200)
    let reload = try LoopbackClient(port: port).request(
      "POST", "/v1/rules/reload", headers: ["Authorization": "Bearer from-the-environment"])
    #expect(reload.status == 200)
    kill(process.processIdentifier, SIGHUP)
    var trigger: String?
    for _ in 0..<200 where trigger != "signal" {
      try await Task.sleep(for: .milliseconds(50))
      let rules = try LoopbackClient(port: port).request("GET", "/v1/rules").json as? [String: Any]
      trigger = (rules?["last_reload"] as? [String: Any])?["trigger"] as? String
    }
    #expect(trigger == "signal")
    kill(process.processIdentifier, SIGTERM)
    let stopBy = Date().addingTimeInterval(30)
    while process.isRunning, Date() < stopBy { try await Task.sleep(for: .milliseconds(20)) }
    try #require(!process.isRunning, "yici serve did not stop within 30 s of SIGTERM")
    #expect(process.terminationStatus == 0)
    let log = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    #expect(log.contains("GET /health 200"))
    #expect(!log.contains("from-the-environment"))
  }
}
