import Foundation
import Testing
import YiciREPL

/// `:save` and `:notice` on disk: never through a link or over what is not a regular
/// file, over an existing file only with `!`, and keeping that file's mode.
@Suite struct DiskFilesTests {
  func session() -> Session {
    var session = Session(
      rulePaths: [Fixtures.transcripts.appendingPathComponent("rules").path], files: DiskFiles(),
      today: Fixtures.today)
    _ = session.handle(":use food_license")
    _ = session.handle("area_m2 = 120")
    return session
  }

  func mode(_ path: String) throws -> Int {
    try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
  }

  @Test func anExistingFileIsReplacedOnlyWithBangAndKeepsItsMode() throws {
    let folder = try Fixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("app.json").path
    try "old".write(toFile: path, atomically: false, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
    var session = session()
    let refused = session.handle(":save \(path)")
    #expect(refused.failed)
    #expect(refused.text == "error: \(path) exists; :save! \(path) replaces it\n")
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
    #expect(!session.handle(":save! \(path)").failed)
    #expect(try String(contentsOfFile: path, encoding: .utf8).contains("\"area_m2\": 120"))
    #expect(try mode(path) == 0o640)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["app.json"])
    #expect(!session.handle(":notice! \(path)").failed)
    #expect(try mode(path) == 0o640)
  }

  @Test func linksFoldersAndPipesAreNeverWritten() throws {
    let folder = try Fixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("target.txt").path
    try "keep".write(toFile: target, atomically: false, encoding: .utf8)
    let link = folder.appendingPathComponent("link.json").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
    let fifo = folder.appendingPathComponent("fifo").path
    #expect(mkfifo(fifo, 0o600) == 0)
    var session = session()
    for path in [link, fifo, folder.path] {
      for command in [":save", ":save!", ":notice", ":notice!"] {
        let output = session.handle("\(command) \(path)")
        #expect(output.failed)
        #expect(output.text.contains("it is not a regular file"), "\(command) \(path): \(output.text)")
      }
    }
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "keep")
    #expect(DiskFiles().kind(of: fifo) == .other)
    #expect(DiskFiles().write([1], to: link)?.contains("not a regular file") == true)
  }

  @Test func aNewFileIsCreated() throws {
    let folder = try Fixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("new.json").path
    var session = session()
    #expect(session.handle(":save \(path)").text == "saved the application to \(path)\n")
    #expect(DiskFiles().kind(of: path) == .regular)
    let missing = folder.appendingPathComponent("no/such/folder.json").path
    #expect(session.handle(":save \(missing)").text.hasPrefix("error: cannot write \(missing): no such file"))
  }
}
