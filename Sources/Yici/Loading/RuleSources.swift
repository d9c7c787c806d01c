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
    // Each file: the path to read, and the path it is shown by.
    var files: [(path: String, shown: String)] = []
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
        files += found.map {
          ((path as NSString).appendingPathComponent($0), (shownPath(path) as NSString).appendingPathComponent($0))
        }
      } else {
        files.append((path, shownPath(path)))
      }
    }
    var sources: [SourceFile] = []
    for (path, shown) in files {
      guard let attributes = try? FileManager.default.attributesOfItem(atPath: resolved(path)) else {
        throw LoadError(description: "cannot read \(path)")
      }
      guard attributes[.type] as? FileAttributeType == .typeRegular else {
        throw LoadError(description: "\(path) is not a regular file")
      }
      if let size = attributes[.size] as? Int, size > SourceLimits.fileBytes {
        sources.append(SourceFile(path: shown, oversized: size))
        continue
      }
      guard let data = FileManager.default.contents(atPath: resolved(path)) else {
        throw LoadError(description: "cannot read \(path)")
      }
      guard let text = String(data: data, encoding: .utf8) else {
        throw LoadError(description: "\(path) is not UTF-8 text")
      }
      sources.append(SourceFile(path: shown, text: text))
    }
    return sources
  }

  /// The path a rule file or folder given on the command line is shown by in diagnostics
  /// and decision traces: as given when it is relative, else its last component (a file in
  /// `/srv/policy/rules` shows as `rules/a.yici`), so no decision exposes where the rules
  /// lie on the server.
  private static func shownPath(_ path: String) -> String {
    guard path.hasPrefix("/") else { return path }
    return (path as NSString).lastPathComponent
  }
}
