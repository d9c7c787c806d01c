import Foundation

/// Paths inside the repository, found from this file's location so tests need nothing
/// from outside it.
public enum Repository {
  /// The repository's top folder.
  public static let root: URL = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The absolute path of a path relative to the repository.
  public static func path(_ relative: String) -> String {
    root.appendingPathComponent(relative).path
  }

  /// The absolute paths of the files below a folder (relative to the repository) whose
  /// names end in `suffix`, sorted.
  public static func files(in relative: String, withSuffix suffix: String) -> [String] {
    let folder = path(relative)
    let names = (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String]) ?? []
    return names.filter { $0.hasSuffix(suffix) }.sorted().map { "\(folder)/\($0)" }
  }

  /// The text of a file, or nil when it cannot be read as UTF-8.
  public static func read(_ path: String) -> String? {
    try? String(contentsOfFile: path, encoding: .utf8)
  }
}
