import Foundation
import Testing
import YiciREPL
import YiciTestSupport

/// Every transcript in `Transcripts/` replays to exactly its recorded output.
@Suite struct TranscriptTests {
  static let files: [String] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: Fixtures.transcripts.path)) ?? []
    return names.filter { $0.hasSuffix(".txt") }.sorted()
  }()

  @Test func thereAreTranscripts() {
    #expect(Self.files.count >= 5)
  }

  @Test(arguments: files)
  func transcriptReplays(_ name: String) throws {
    let path = Fixtures.transcripts.appendingPathComponent(name).path
    let expected = Transcript(parsing: try String(contentsOfFile: path, encoding: .utf8))
    var session = Fixtures.session(rules: expected.rulePaths)
    let actual = expected.replay(in: &session)
    if Repository.recording {
      try actual.text.write(toFile: path, atomically: true, encoding: .utf8)
      return
    }
    for (want, got) in zip(expected.steps, actual.steps) where want != got {
      Issue.record(
        """
        transcript \(name) differs at `> \(want.command)`
        expected\(want.failed ? " (failed)" : ""):
        \(want.output)got\(got.failed ? " (failed)" : ""):
        \(got.output)if the change is intended, re-record with `YICI_RECORD=1 swift test --filter YiciREPLTests` and review the diff
        """)
      return
    }
  }
}
