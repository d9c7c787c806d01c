import Foundation
import Yici
import YiciSyntax

/// The documents the editor has open, and how each is checked: as `yici check FILE` checks
/// a file on its own, with the vocabularies and calendar it needs lent from its rules tree
/// (`RuleSources.context`). An open document stands in for its file on disk, also when it
/// is lent to another.
struct Workspace {
  /// Open documents by URI: their text as the editor has it.
  private(set) var documents: [String: SourceFile] = [:]
  /// The files lent to each document, by URI, with what the document needed when they
  /// were found: found again only when that changes or files change on disk (`forgetLent`),
  /// not on every keystroke.
  private var lent: [String: (needs: String, files: [SourceFile])] = [:]

  /// Opens or replaces a document.
  mutating func set(_ uri: String, text: String) {
    documents[uri] = SourceFile(path: Self.path(of: uri), text: text)
  }

  /// Closes a document.
  mutating func close(_ uri: String) {
    documents[uri] = nil
  }

  /// A document's file, open or (if it is a file URI) read from disk.
  func file(_ uri: String) -> SourceFile? {
    if let open = documents[uri] { return open }
    let path = Self.path(of: uri)
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    return SourceFile(path: path, validating: Array(data))
  }

  /// The document checked with what it needs from its tree.
  mutating func check(_ uri: String) -> CheckedDocument? {
    guard let file = documents[uri] else { return nil }
    let needs = Self.needs(of: file)
    let found: [SourceFile]
    if let cached = lent[uri], cached.needs == needs {
      found = cached.files
    } else {
      found = RuleSources.context(for: [file], paths: [file.path], fullPaths: true)
      lent[uri] = (needs, found)
    }
    let context = found.map { lentFile in documents.values.first { $0.path == lentFile.path } ?? lentFile }
    return CheckedDocument(file: file, context: context, rules: RuleSet(sources: [file], context: context))
  }

  /// Forgets the files lent to every document (a file was saved, or changed on disk).
  mutating func forgetLent() {
    lent.removeAll()
  }

  /// What a document needs from its tree, as a key: the vocabularies it names in `uses`,
  /// and whether it has time limits (and so needs a calendar).
  private static func needs(of file: SourceFile) -> String {
    var uses: [String] = []
    var timeLimits = false
    for case .service(let service) in Parser.parse(file).file.declarations {
      uses += SymbolTable.uses(service)
      timeLimits = timeLimits || !service.timeLimits.isEmpty
    }
    return uses.sorted().joined(separator: ",") + (timeLimits ? "+calendar" : "")
  }

  /// The `.yici` files of the rules tree a checked document belongs to, for names across
  /// files: those below the nearest folder holding the document and every file lent to it
  /// (its own folder when nothing is lent); open documents stand in for their files.
  func treeFiles(around document: CheckedDocument) -> [SourceFile] {
    let folders = ([document.file] + document.context).map { ($0.path as NSString).deletingLastPathComponent }
    var root = folders[0]
    for folder in folders.dropFirst() {
      while !(folder == root || folder.hasPrefix(root.hasSuffix("/") ? root : root + "/")) {
        let up = (root as NSString).deletingLastPathComponent
        guard up != root, !up.isEmpty else { break }
        root = up
      }
    }
    var files: [SourceFile] = []
    let walk = FileManager.default.enumerator(atPath: root)
    var looked = 0
    while let entry = walk?.nextObject() as? String, looked < 5_000 {
      looked += 1
      if (entry as NSString).lastPathComponent.hasPrefix(".") {
        walk?.skipDescendants()
        continue
      }
      guard entry.hasSuffix(".yici") else { continue }
      let path = (root as NSString).appendingPathComponent(entry)
      if let open = documents.values.first(where: { $0.path == path }) {
        files.append(open)
      } else if let file = self.file(Self.uri(of: path)) {
        files.append(file)
      }
    }
    for open in documents.values where !files.contains(where: { $0.path == open.path }) { files.append(open) }
    return files
  }

  /// The file path of a `file://` URI (percent-decoded); other URIs are kept as they are.
  static func path(of uri: String) -> String {
    guard uri.hasPrefix("file://") else { return uri }
    let path = String(uri.dropFirst("file://".count))
    return path.removingPercentEncoding ?? path
  }

  /// The `file://` URI of a path.
  static func uri(of path: String) -> String {
    guard path.hasPrefix("/") else { return path }
    let allowed = CharacterSet.urlPathAllowed
    return "file://" + (path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path)
  }
}

/// A document as checked: its file, the files lent to it and the rule set.
struct CheckedDocument {
  let file: SourceFile
  let context: [SourceFile]
  let rules: RuleSet
}
