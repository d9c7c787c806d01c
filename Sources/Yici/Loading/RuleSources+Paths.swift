import Foundation
import YiciInterchange

extension RuleSources {
  /// The paths of the files with the extension `suffix` (`.yici`) under the given paths:
  /// a file given directly whatever its name, a folder's files found recursively, in path
  /// order, as `read` finds them. For tools that rewrite the files they read (`yici fmt`).
  public static func files(_ paths: [String], suffix: String = ".yici") throws(LoadError) -> [String] {
    var files: [String] = []
    for path in paths {
      let kind = PathKind(path)
      guard kind != .missing else { throw LoadError(description: "no such file or folder: \(path)") }
      guard kind == .folder else {
        files.append(path)
        continue
      }
      let prefix = String((path as NSString).appendingPathComponent("x").dropLast())
      files += RuleFolder.files(under: path).filter { $0.hasSuffix(suffix) }.sorted().map { prefix + $0 }
    }
    return files
  }
}

extension RuleSources {
  /// Whether the path names a folder (true), something else (false), or nothing (nil),
  /// following symbolic links as `FileManager.fileExists(atPath:isDirectory:)` does: for the
  /// tools of this package, without the pointer that call takes.
  package static func isFolder(_ path: String) -> Bool? {
    switch PathKind(path) {
    case .folder: true
    case .other: false
    case .missing: nil
    }
  }
}
