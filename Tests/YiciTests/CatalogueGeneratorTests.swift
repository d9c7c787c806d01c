import Foundation
import Testing
import YiciTestSupport

/// `Benchmarks/catalogue/generate.py` keeps writing a catalogue the language accepts: a change
/// to the bundled vocabularies or the checker that the generator does not follow would make
/// the catalogue figures time error messages instead of services.
@Suite struct CatalogueGeneratorTests {
  @Test func aGeneratedCatalogueChecksCleanAndDecidesEveryLine() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("yici-catalogue-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let generator = Process()
    generator.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    generator.arguments = [
      "python3", "Benchmarks/catalogue/generate.py", "--services", "24", "--seed", "7", "--out",
      folder.appendingPathComponent("rules").path, "--applications", "400", "--batch",
      folder.appendingPathComponent("batch.jsonl").path,
    ]
    generator.currentDirectoryURL = Repository.root
    generator.standardOutput = FileHandle.nullDevice
    try generator.run()
    generator.waitUntilExit()
    try #require(generator.terminationStatus == 0, "generate.py failed")

    let check = try YiciBinary.run(["check", folder.appendingPathComponent("rules").path], input: nil)
    #expect(check.status == 0, "\(check.error)")
    #expect(check.error.contains("checked 24 services: no problems"), "\(check.error)")

    let batch = try YiciBinary.run(
      [
        "eval", folder.appendingPathComponent("rules").path,
        "--batch", folder.appendingPathComponent("batch.jsonl").path,
      ],
      input: nil, timeout: 60)
    #expect(batch.status == 0, "\(batch.error)")
    let lines = batch.output.split(separator: "\n")
    #expect(lines.count == 400)
    #expect(lines.allSatisfy { !$0.hasPrefix(#"{"error""#) && !$0.contains(#""error":"#) })
  }
}
