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
    // Each file is read and its UTF-8 checked on its own, so a catalogue's thousands are
    // read on every core; the first that cannot be read, in path order, is the error.
    let read = ConcurrentMap.map(files, threads: RuleSet.threads) { file in
      Result { () throws(LoadError) in try source(file.path, named: file.named, shown: file.shown) }
    }
    var sources: [SourceFile] = []
    sources.reserveCapacity(read.count)
    for file in read { sources.append(try file.get()) }
    return sources
  }

  /// Reads one rule file: `path` is read, `named` names it in errors, `shown` in diagnostics.
  private static func source(_ path: String, named: String, shown: String) throws(LoadError) -> SourceFile {
    switch RuleFileBytes.read(path, limit: SourceLimits.fileBytes) {
    case .failed: throw LoadError(description: "cannot read \(named)")
    case .notRegular: throw LoadError(description: "\(named) is not a regular file")
    case .oversized(let size): return SourceFile(path: shown, oversized: size)
    case .read(var bytes):
      // A byte order mark is no part of the text (as Foundation reads UTF-8).
      if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
      guard let source = SourceFile(path: shown, validating: bytes) else {
        throw LoadError(description: "\(named) is not UTF-8 text")
      }
      return source
    }
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
