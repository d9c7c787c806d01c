import Foundation

extension TestFile {
  /// Reads a test file:
  ///
  /// ```json
  /// {"rules": ["../../rules"],
  ///  "cases": [{"name": "…", "application": {…} or "path.json", "date": "YYYY-MM-DD",
  ///             "expect": {"outcome": "…", …}}]}
  /// ```
  /// Paths are relative to the test file's folder.
  public static func read(_ path: String) throws(TestFileError) -> TestFile {
    guard let data = FileManager.default.contents(atPath: path) else { throw TestFileError("\(path): cannot read") }
    do throws(TestFileError) {
      return try parse(Array(data), path: path)
    } catch {
      throw TestFileError("\(path): \(error.description)")
    }
  }

  /// Reads a test file's bytes; `path` places the paths it names.
  public static func parse(_ bytes: [UInt8], path: String) throws(TestFileError) -> TestFile {
    let json = try TestJSON.parse(bytes)
    guard case .object = json else { throw TestFileError("a test file holds one object: {\"cases\": […]}") }
    for key in json.keys where !["rules", "cases"].contains(key) {
      throw TestFileError("unknown key \"\(key)\"; a test file has \"rules\" and \"cases\"")
    }
    let folder = (path as NSString).deletingLastPathComponent
    func resolved(_ relative: String) -> String {
      lexicallyNormalized(
        relative.hasPrefix("/") || folder.isEmpty ? relative : (folder as NSString).appendingPathComponent(relative))
    }
    var rules: [String]?
    if let named = json["rules"] {
      guard let paths = named.strings else { throw TestFileError("\"rules\" is a path or a list of paths") }
      rules = paths.map(resolved)
    }
    guard case .array(let items) = json["cases"] else { throw TestFileError("\"cases\" must be a list of cases") }
    var cases: [TestCase] = []
    for (index, item) in items.enumerated() {
      guard let name = item["name"]?.string else { throw TestFileError("case \(index + 1) has no \"name\"") }
      guard !cases.contains(where: { $0.name == name }) else { throw TestFileError("two cases are named \"\(name)\"") }
      for key in item.keys where !["name", "application", "date", "expect"].contains(key) {
        throw TestFileError("case \"\(name)\": unknown key \"\(key)\"; a case has name, application, date, expect")
      }
      let application: [UInt8]
      var applicationPath = path
      switch item["application"] {
      case .object(_, let range)?: application = Array(bytes[range])
      case .string(let relative)?:
        applicationPath = resolved(relative)
        guard let data = FileManager.default.contents(atPath: applicationPath) else {
          throw TestFileError("case \"\(name)\": cannot read the application \(applicationPath)")
        }
        application = Array(data)
      default: throw TestFileError("case \"\(name)\": \"application\" is an object or the path of an application file")
      }
      guard let expect = item["expect"] else { throw TestFileError("case \"\(name)\" has no \"expect\"") }
      cases.append(
        TestCase(
          name: name, application: application, applicationPath: applicationPath, date: item["date"]?.string,
          expectation: try Expectation(expect, case: name)))
    }
    return TestFile(path: path, rules: rules, cases: cases)
  }
}

/// The path with `.` and `folder/..` taken out, reading no file system (`examples/tests/../../rules`
/// is `rules`), so locations in the output read as a person would write them.
func lexicallyNormalized(_ path: String) -> String {
  var parts: [Substring] = []
  for part in path.split(separator: "/", omittingEmptySubsequences: true) {
    if part == "." { continue }
    if part == "..", let last = parts.last, last != ".." {
      parts.removeLast()
    } else {
      parts.append(part)
    }
  }
  let joined = parts.joined(separator: "/")
  return path.hasPrefix("/") ? "/" + joined : (joined.isEmpty ? "." : joined)
}
