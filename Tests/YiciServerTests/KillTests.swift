import Foundation
import Synchronization
import Testing
import YiciStore
import YiciTestSupport

/// Nothing lost: `yici serve` killed with SIGKILL under load keeps every decision it
/// acknowledged, and the database opens clean after.
@Suite struct KillTests {
  /// Starts `yici serve` on a free port with the data folder (and `options`); returns the
  /// process and port.
  static func serve(data: String, options: [String] = []) throws -> (Process, Int) {
    let binary = try #require(YiciBinary.url, "no yici binary")
    let process = Process()
    process.executableURL = binary
    process.arguments =
      [
        "serve", "--port", "0", "--watch-interval", "0", "--log-level", "error", "--data", data,
      ] + options + [AgreementTests.rules]
    process.currentDirectoryURL = Repository.root
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    var printed = ""
    let deadline = Date().addingTimeInterval(60)
    while !printed.contains("decision log:"), Date() < deadline, process.isRunning {
      printed += String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
    }
    let address = try #require(printed.split(separator: "\n").first { $0.contains("listening on http://127.0.0.1:") })
    return (process, try #require(Int(address.split(separator: ":").last ?? "")))
  }

  @Test func everyAcknowledgedDecisionSurvivesAKill() async throws {
    try await DecisionLogTests.withDataFolder { folder in
      let (process, port) = try Self.serve(data: folder)
      defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
      let body = Array(try repositoryBytes(AgreementTests.batch).split(separator: 0x0A)[0])
      let acknowledged = Mutex<[String]>([])
      let stop = Atomic<Bool>(false)
      let clients = 6
      let finished = DispatchGroup()
      for _ in 0..<clients {
        finished.enter()
        Thread.detachNewThread {
          defer { finished.leave() }
          guard let client = try? LoopbackClient(port: port) else { return }
          while !stop.load(ordering: .relaxed) {
            guard let response = try? client.request("POST", "/v1/decisions?trace=false", body: body) else { return }
            guard response.status == 200,
              let id = (response.json as? [String: Any])?["decision_id"] as? String
            else { continue }
            acknowledged.withLock { $0.append(id) }
          }
        }
      }
      // Kill it in the middle of the load, once a good number are acknowledged.
      let deadline = Date().addingTimeInterval(30)
      while acknowledged.withLock({ $0.count }) < 300, Date() < deadline {
        try await Task.sleep(for: .milliseconds(20))
      }
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      stop.store(true, ordering: .relaxed)
      finished.wait()
      let ids = acknowledged.withLock { $0 }
      #expect(ids.count >= 300)

      let store = try SQLiteStore(folder: folder)
      #expect(try await store.integrityProblems() == [])
      var missing = 0
      for id in ids where try await store.decision(id: id) == nil { missing += 1 }
      #expect(missing == 0, "\(missing) of \(ids.count) acknowledged decisions are not on record")

      // The server starts again on the same folder and serves what it had recorded.
      let (again, newPort) = try Self.serve(data: folder)
      defer { again.terminate() }
      let record = try LoopbackClient(port: newPort).request("GET", "/v1/decisions/\(try #require(ids.last))")
      #expect(record.status == 200)
      let next = try LoopbackClient(port: newPort).request("POST", "/v1/decisions", body: body)
      #expect(next.status == 200)
    }
  }
}
