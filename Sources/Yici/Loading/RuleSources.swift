import Foundation
import YiciInterchange
import YiciSyntax

/// Finds and reads rule files: `.yici` files given directly, or found in folders
/// (recursively, in path order, so every run reads them in the same order).
///
/// Folders are listed and files read with the system's calls (`RuleFolder`, `RuleFileBytes`):
/// a province's catalogue is ten thousand files, and Foundation's file manager spends more
/// on each path than the parser spends on the file.
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
    // Each file: the path it is named by in errors, the path to read, and the path shown.
    var files: [(named: String, path: String, shown: String)] = []
    func resolved(_ path: String) -> String {
      guard let base, !path.hasPrefix("/") else { return path }
      return (base as NSString).appendingPathComponent(path)
    }
    for path in paths {
      let kind = PathKind(resolved(path))
      guard kind != .missing else { throw LoadError(description: "no such file or folder: \(path)") }
      if kind == .folder {
        let found = RuleFolder.files(under: resolved(path)).filter { $0.hasSuffix(".yici") }.sorted()
        let named = joiningPrefix(path)
        let read = joiningPrefix(resolved(path))
        let shown = joiningPrefix(shownPath(path))
        files += found.map { (named + $0, read + $0, shown + $0) }
      } else {
        files.append((path, resolved(path), shownPath(path)))
      }
    }
    var sources: [SourceFile] = []
    sources.reserveCapacity(files.count)
    for (named, path, shown) in files {
      switch RuleFileBytes.read(path, limit: SourceLimits.fileBytes) {
      case .failed: throw LoadError(description: "cannot read \(named)")
      case .notRegular: throw LoadError(description: "\(named) is not a regular file")
      case .oversized(let size): sources.append(SourceFile(path: shown, oversized: size))
      case .read(var bytes):
        // A byte order mark is no part of the text (as Foundation reads UTF-8).
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let source = SourceFile(path: shown, validating: bytes) else {
          throw LoadError(description: "\(named) is not UTF-8 text")
        }
        sources.append(source)
      }
    }
    return sources
  }

  /// What to put before a path found in a folder so that the two are joined as
  /// `NSString.appendingPathComponent` joins them (found paths have no doubled or trailing
  /// slash, so only the folder's part is normalized): computed once per folder.
  private static func joiningPrefix(_ folder: String) -> String {
    let joined = (folder as NSString).appendingPathComponent("x")
    return String(joined.dropLast())
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
