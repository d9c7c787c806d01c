#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Lists a folder's entries recursively with the system's directory calls, as Foundation's
/// `FileManager.enumerator(atPath:)` lists them: every entry (hidden ones too) by its path
/// relative to the folder, folders before what they hold, symbolic links listed but not
/// followed (a folder given as a link lists nothing).
package enum RuleFolder {
  /// The paths of every entry under `folder`, relative to it, unsorted.
  package static func files(under folder: String) -> [String] {
    var root = folder
    while root.count > 1, root.hasSuffix("/") { root.removeLast() }
    guard kind(of: root) == .folder else { return [] }
    var found: [String] = []
    list(root, relative: "", into: &found)
    return found
  }

  private enum Kind { case folder, other, missing }

  /// What is at a path, not following a symbolic link.
  private static func kind(of path: String) -> Kind {
    var status = stat()
    guard lstat(path, &status) == 0 else { return .missing }
    return status.st_mode & S_IFMT == S_IFDIR ? .folder : .other
  }

  private static func list(_ path: String, relative: String, into found: inout [String]) {
    guard let directory = opendir(path) else { return }
    defer { closedir(directory) }
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      guard name != ".", name != ".." else { continue }
      let shown = relative.isEmpty ? name : relative + "/" + name
      found.append(shown)
      let full = path + "/" + name
      let type = entry.pointee.d_type
      if type == UInt8(DT_DIR) || (type == UInt8(DT_UNKNOWN) && kind(of: full) == .folder) {
        list(full, relative: shown, into: &found)
      }
    }
  }
}
