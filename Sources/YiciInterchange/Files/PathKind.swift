#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// What a path names, following symbolic links as `FileManager.fileExists(atPath:isDirectory:)`
/// does (a link to a folder is a folder, a broken link is missing), with one `stat` call and
/// no pointer in sight of the caller.
package enum PathKind: Equatable {
  case folder
  /// A file or anything else that is not a folder.
  case other
  case missing

  /// What is at `path`.
  package init(_ path: String) {
    var status = stat()
    guard stat(path, &status) == 0 else {
      self = .missing
      return
    }
    self = status.st_mode & S_IFMT == S_IFDIR ? .folder : .other
  }
}
