import Foundation
import Testing

/// Golden files: expected output kept beside its input and compared byte for byte.
///
/// `YICI_RECORD=1 swift test` rewrites every golden file from what the code gives now;
/// review the diff before committing it.
extension Repository {
  /// Whether golden files should be rewritten instead of compared (`YICI_RECORD=1`).
  public static var recording: Bool { ProcessInfo.processInfo.environment["YICI_RECORD"] == "1" }

  /// Compares `actual` with the golden file at `path`, or writes it when recording.
  public static func expectGolden(
    _ actual: String, at path: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    if recording {
      try? FileManager.default.createDirectory(
        atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try? actual.write(toFile: path, atomically: true, encoding: .utf8)
      return
    }
    guard let expected = read(path) else {
      Issue.record(
        "missing golden file \(path); run `YICI_RECORD=1 swift test` to record it", sourceLocation: sourceLocation)
      return
    }
    #expect(
      actual == expected,
      "golden mismatch: \(path) (if the change is intended, re-record with `YICI_RECORD=1 swift test`)",
      sourceLocation: sourceLocation)
  }
}
