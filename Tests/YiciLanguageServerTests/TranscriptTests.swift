import Foundation
import Testing
import YiciLanguageServer
import YiciTestSupport

/// Recorded sessions replayed through the server: each `Transcripts/NAME.jsonl` holds the
/// client's messages, one per line, and `NAME.expected` every message the server sent back,
/// one per line, keys sorted. In a message, `"$TEXT(path)"` is the text of a repository file
/// and `$ROOT` the repository's folder (written back as `$ROOT`), so a transcript does not
/// depend on where the repository is.
@Suite struct TranscriptTests {
  static let folder = "Tests/YiciLanguageServerTests/Transcripts"
  static let cases = Repository.files(in: folder, withSuffix: ".jsonl")

  @Test func thereAreTranscripts() {
    #expect(Self.cases.count >= 3)
  }

  @Test(arguments: cases)
  func replaysAsRecorded(_ path: String) throws {
    let root = Repository.root.path
    var server = LanguageServer()
    var out = ""
    let lines = try #require(Repository.read(path)).split(separator: "\n").filter { !$0.hasPrefix("#") }
    for line in lines {
      let message = try Self.expand(String(line), root: root)
      out += "> " + line + "\n"
      for reply in server.handle(Array(message.utf8)) {
        out += String(decoding: reply.bytes, as: UTF8.self).replacingOccurrences(of: root, with: "$ROOT") + "\n"
      }
    }
    if let status = server.exitStatus { out += "exit \(status)\n" }
    Repository.expectGolden(out, at: (path as NSString).deletingPathExtension + ".expected")
  }

  /// The message with its placeholders filled in.
  static func expand(_ line: String, root: String) throws -> String {
    var text = line.replacingOccurrences(of: "$ROOT", with: root)
    while let start = text.range(of: "\"$TEXT(") {
      let end = try #require(text[start.upperBound...].range(of: ")\""))
      let relative = String(text[start.upperBound..<end.lowerBound])
      let content = try #require(Repository.read(Repository.path(relative)))
      let quoted = String(decoding: try JSONEncoder().encode(content), as: UTF8.self)
      text.replaceSubrange(start.lowerBound..<end.upperBound, with: quoted)
    }
    return text
  }
}
