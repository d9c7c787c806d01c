import Foundation
import YiciInterchange
import YiciSyntax

extension RuleSources {
  /// How far up from a lone rule file its rules tree is searched.
  static let contextLevels = 2
  /// At most this many files are read looking for it.
  static let contextFiles = 2_000

  /// The files a rule file given on its own needs from the rules tree it lies in: those
  /// that declare a vocabulary it `uses` and none of `sources` declares, and the calendar
  /// its time limits count on when none of `sources` has one.
  ///
  /// Only when some of `paths` are files (a folder is taken as a whole rules tree). The
  /// folder of each such file is searched, then the folders above it (at most
  /// `contextLevels`, and never above a folder holding `.git`), nearest first, until
  /// everything needed is found. A file found this way lends only its vocabularies and
  /// calendars (`RuleSet(sources:context:)`); what is still missing is the author's
  /// E0206. Paths are shown as `read` shows them, or (`fullPaths`, for an editor that opens
  /// them) as the paths read.
  public static func context(
    for sources: [SourceFile], paths: [String], relativeTo base: String? = nil, fullPaths: Bool = false
  ) -> [SourceFile] {
    let given = paths.filter { !isFolder($0, base) }
    guard !given.isEmpty else { return [] }
    var needed = Needs(sources.map { Parser.parse($0).file })
    guard !needed.isEmpty else { return [] }
    let known = Set(sources.map(\.path))
    var searched = Set<String>()
    var context: [SourceFile] = []
    var read = 0
    for path in given {
      var folder = (path as NSString).deletingLastPathComponent
      for _ in 0...contextLevels where !needed.isEmpty {
        let shown = folder.isEmpty ? "." : folder
        defer { folder = parent(of: folder) }
        let resolved =
          base.map { shown.hasPrefix("/") ? shown : ($0 as NSString).appendingPathComponent(shown) } ?? shown
        let absolute = (resolved as NSString).standardizingPath
        guard absolute != "/", absolute != NSHomeDirectory() else { break }
        if searched.insert(absolute).inserted {
          for relative in ruleFiles(under: resolved, limit: contextFiles - read) {
            let path = (shown as NSString).appendingPathComponent(relative)
            // Most files of a tree declare nothing needed: a look at the raw text first.
            guard !known.contains(path), !context.contains(where: { $0.path == path }),
              let data = FileManager.default.contents(atPath: (resolved as NSString).appendingPathComponent(relative)),
              needed.mayBeIn(String(decoding: data, as: UTF8.self)),
              var file = try? RuleSources.read([path], relativeTo: base).first
            else { continue }
            if fullPaths {
              let full = ((resolved as NSString).appendingPathComponent(relative) as NSString).standardizingPath
              file = SourceFile(path: full, validating: file.utf8) ?? file
            }
            read += 1
            if needed.satisfy(with: Parser.parse(file).file) { context.append(file) }
            if needed.isEmpty { break }
          }
        }
        if FileManager.default.fileExists(atPath: (resolved as NSString).appendingPathComponent(".git")) { break }
      }
    }
    return context
  }

  /// The `.yici` files below a folder (relative to it, in path order), skipping hidden
  /// folders (`.git`, `.build`); at most `limit`, and at most 20,000 entries looked at.
  private static func ruleFiles(under folder: String, limit: Int) -> [String] {
    guard limit > 0, let walk = FileManager.default.enumerator(atPath: folder) else { return [] }
    var found: [String] = []
    var looked = 0
    while let entry = walk.nextObject() as? String, looked < 20_000, found.count < limit {
      looked += 1
      if (entry as NSString).lastPathComponent.hasPrefix(".") {
        walk.skipDescendants()
      } else if entry.hasSuffix(".yici") {
        found.append(entry)
      }
    }
    return found.sorted()
  }

  /// The folder above a relative or absolute folder path, written without `..` where it can be.
  private static func parent(of folder: String) -> String {
    if folder.isEmpty || folder == "." { return ".." }
    if (folder as NSString).lastPathComponent == ".." { return (folder as NSString).appendingPathComponent("..") }
    let up = (folder as NSString).deletingLastPathComponent
    return up.isEmpty ? "." : up
  }

  private static func isFolder(_ path: String, _ base: String?) -> Bool {
    let resolved = base.flatMap { path.hasPrefix("/") ? nil : ($0 as NSString).appendingPathComponent(path) } ?? path
    return PathKind(resolved) == .folder
  }

  /// What the given files use and do not declare.
  private struct Needs {
    var vocabularies: Set<String> = []
    var calendar = false

    /// Member services of the given files' bundles that none of them declares.
    var services: Set<String> = []

    init(_ files: [RuleFile]) {
      var declared = Set<String>()
      var declaredServices = Set<String>()
      for file in files {
        for declaration in file.declarations {
          switch declaration {
          case .vocabulary(let vocabulary): declared.insert(vocabulary.id.name)
          case .calendar: hasCalendar = true
          case .service(let service):
            declaredServices.insert(service.id.name)
            need(service)
          case .bundle(let bundle):
            services.formUnion(bundle.members.map(\.service.name))
            for case .names(let names) in bundle.header.filter({ $0.keyword == .uses }).map(\.value) {
              vocabularies.formUnion(names.map(\.name))
            }
          }
        }
      }
      vocabularies.subtract(declared)
      found = declared
      services.subtract(declaredServices)
      calendar = hasTimeLimits && !hasCalendar
    }

    private var hasCalendar = false
    private var hasTimeLimits = false
    /// Vocabularies declared or already lent.
    private var found: Set<String> = []

    /// Notes what a service uses: its vocabularies, and a calendar when it has time limits.
    private mutating func need(_ service: ServiceSyntax) {
      hasTimeLimits = hasTimeLimits || !service.timeLimits.isEmpty
      for case .names(let names) in service.header.filter({ $0.keyword == .uses }).map(\.value) {
        vocabularies.formUnion(names.map(\.name).filter { !found.contains($0) })
      }
    }

    var isEmpty: Bool { vocabularies.isEmpty && !calendar && services.isEmpty }

    /// Whether a file's text may declare something needed (it names it).
    func mayBeIn(_ text: String) -> Bool {
      (calendar && (text.contains("calendar ") || text.contains("日历 ")))
        || vocabularies.contains { text.contains("vocabulary \($0)") || text.contains("词汇 \($0)") }
        || services.contains { text.contains("service \($0)") || text.contains("事项 \($0)") }
    }

    /// Takes what `file` declares of what is needed; whether it declared any.
    mutating func satisfy(with file: RuleFile) -> Bool {
      var useful = false
      for declaration in file.declarations {
        switch declaration {
        case .vocabulary(let vocabulary) where vocabularies.contains(vocabulary.id.name):
          vocabularies.remove(vocabulary.id.name)
          found.insert(vocabulary.id.name)
          useful = true
        case .calendar where calendar:
          calendar = false
          hasCalendar = true
          useful = true
        case .service(let service) where services.contains(service.id.name):
          // What the lent service uses is needed too.
          services.remove(service.id.name)
          need(service)
          if hasTimeLimits && !hasCalendar { calendar = true }
          useful = true
        default: break
        }
      }
      return useful
    }
  }
}
