import Foundation

extension RuleSources {
  /// The paths of the files with the extension `suffix` (`.yici`) under the given paths:
  /// a file given directly whatever its name, a folder's files found recursively, in path
  /// order, as `read` finds them. For tools that rewrite the files they read (`yici fmt`).
  public static func files(_ paths: [String], suffix: String = ".yici") throws(LoadError) -> [String] {
    var files: [String] = []
    for path in paths {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw LoadError(description: "no such file or folder: \(path)")
      }
      guard isDirectory.boolValue else {
        files.append(path)
        continue
      }
      let prefix = String((path as NSString).appendingPathComponent("x").dropLast())
      files += RuleFolder.files(under: path).filter { $0.hasSuffix(suffix) }.sorted().map { prefix + $0 }
    }
    return files
  }
}
