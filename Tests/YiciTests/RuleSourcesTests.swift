import Foundation
import Testing
import Yici

/// `RuleSources` reads folders with the system's calls; these pin what Foundation's file
/// manager did before: order, hidden files, links, a byte order mark, the errors.
@Suite struct RuleSourcesTests {
  /// A fresh folder with the files (path → bytes) and symbolic links (path → target).
  func folder(_ files: [String: [UInt8]], links: [String: String] = [:]) throws -> String {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("rule-sources-\(UUID().uuidString)").path
    for (path, bytes) in files {
      let url = URL(fileURLWithPath: root).appendingPathComponent(path)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(bytes).write(to: url)
    }
    for (path, target) in links {
      try FileManager.default.createSymbolicLink(atPath: root + "/" + path, withDestinationPath: target)
    }
    return root
  }

  @Test func foldersAreReadRecursivelyInPathOrderWithHiddenFiles() throws {
    let text = Array("service a {}\n".utf8)
    let root = try folder(
      ["b.yici": text, "a/z.yici": text, "a/b.yici": text, ".hidden/c.yici": text, "notes.txt": text],
      links: ["linked": "a"])
    defer { try? FileManager.default.removeItem(atPath: root) }
    let sources = try RuleSources.read([root + "/"])
    let name = (root as NSString).lastPathComponent
    #expect(sources.map(\.path) == [".hidden/c.yici", "a/b.yici", "a/z.yici", "b.yici"].map { "\(name)/\($0)" })
    let relative = try RuleSources.read(["."], relativeTo: root)
    #expect(relative.map(\.path) == ["./.hidden/c.yici", "./a/b.yici", "./a/z.yici", "./b.yici"])
  }

  @Test func aByteOrderMarkIsNoPartOfTheText() throws {
    let root = try folder(["a.yici": [0xEF, 0xBB, 0xBF] + Array("service a {}".utf8)])
    defer { try? FileManager.default.removeItem(atPath: root) }
    let sources = try RuleSources.read(["a.yici"], relativeTo: root)
    #expect(sources.map(\.text) == ["service a {}"])
  }

  @Test func unreadableFilesAreErrorsNamingThem() throws {
    let root = try folder(["bad.yici": [0x61, 0xFF]], links: ["link.yici": "bad.yici"])
    defer { try? FileManager.default.removeItem(atPath: root) }
    func failure(_ path: String) -> String? {
      do {
        _ = try RuleSources.read([path], relativeTo: root)
        return nil
      } catch {
        return error.description
      }
    }
    #expect(failure("bad.yici") == "bad.yici is not UTF-8 text")
    #expect(failure("link.yici") == "link.yici is not a regular file")
    #expect(failure("missing.yici") == "no such file or folder: missing.yici")
  }
}
