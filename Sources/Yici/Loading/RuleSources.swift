import Foundation
import YiciSyntax

/// Finds and reads rule files: `.yici` files given directly, or found in folders
/// (recursively, in path order, so every run reads them in the same order).
public enum RuleSources {
  /// A path that could not be read.
  public struct LoadError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, naming the path.
    public var description: String
  }

  /// Reads every rule file under the given paths. With `base`, paths are relative to it
  /// and diagnostics and traces show them relative (so output does not depend on where
  /// the repository lies).
  public static func read(_ paths: [String], relativeTo base: String? = nil) throws(LoadError) -> [SourceFile] {
    var files: [String] = []
    func resolved(_ path: String) -> String {
      guard let base, !path.hasPrefix("/") else { return path }
      return (base as NSString).appendingPathComponent(path)
    }
    for path in paths {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: resolved(path), isDirectory: &isDirectory) else {
        throw LoadError(description: "no such file or folder: \(path)")
      }
      if isDirectory.boolValue {
        let found = (FileManager.default.enumerator(atPath: resolved(path))?.allObjects as? [String] ?? [])
          .filter { $0.hasSuffix(".yici") }
          .sorted()
          .map { (path as NSString).appendingPathComponent($0) }
        files += found
      } else {
        files.append(path)
      }
    }
    var sources: [SourceFile] = []
    for path in files {
      guard let data = FileManager.default.contents(atPath: resolved(path)) else {
        throw LoadError(description: "cannot read \(path)")
      }
      guard let text = String(data: data, encoding: .utf8) else {
        throw LoadError(description: "\(path) is not UTF-8 text")
      }
      sources.append(SourceFile(path: path, text: text))
    }
    return sources
  }
}
