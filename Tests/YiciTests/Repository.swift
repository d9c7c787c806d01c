import Foundation
import Testing

/// Paths inside the repository, found from this file's location so tests need nothing
/// from outside it.
enum Repository {
  static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static func path(_ relative: String) -> String {
    root.appendingPathComponent(relative).path
  }

  static func files(in relative: String, withSuffix suffix: String) -> [String] {
    let folder = path(relative)
    let names = (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String]) ?? []
    return names.filter { $0.hasSuffix(suffix) }.sorted().map { "\(folder)/\($0)" }
  }

  static func read(_ path: String) -> String? {
    try? String(contentsOfFile: path, encoding: .utf8)
  }

  /// Whether golden files should be rewritten instead of compared.
  static var recording: Bool { ProcessInfo.processInfo.environment["YICI_RECORD"] == "1" }

  /// Compares `actual` with the golden file at `path`, or writes it when recording.
  static func expectGolden(_ actual: String, at path: String, sourceLocation: SourceLocation = #_sourceLocation) {
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
