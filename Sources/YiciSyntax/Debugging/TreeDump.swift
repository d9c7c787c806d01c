/// A parsed file written out as an indented tree, one node a line: its kind, its key
/// fields and its source range as `line:column-line:column` (the end is the position just
/// past the node's last character).
///
/// For tests and debugging (the parser's golden dumps in Tests/YiciSyntaxTests/Golden/tree);
/// the format may change whenever the syntax tree does.
///
/// ```
/// RuleFile demo.yici language=english
///   Service shop @1:1-9:2
///     Header name text="Shop" @2:3-2:14
///     Condition safe reason="…" @4:5-5:20
///       Name fire_ok @4:11-4:18
/// ```
package struct TreeDump {
  /// The file the ranges are in.
  let file: SourceFile
  /// The lines so far.
  private(set) var lines: [String] = []
  /// How deep the next line is.
  private var depth = 0
  /// Whether nodes show their source ranges (the formatter compares trees without them).
  let positions: Bool

  /// A dump of the ranges in `file`; without `positions`, the tree alone.
  init(file: SourceFile, positions: Bool = true) {
    self.file = file
    self.positions = positions
  }

  /// Writes one node: `label kind fields @range`, then its children one level deeper.
  mutating func node(
    _ kind: String, _ fields: [String?] = [], label: String? = nil, range: SourceRange?,
    children: (inout TreeDump) -> Void = { _ in }
  ) {
    var words = label.map { ["\($0)"] } ?? []
    words.append(kind)
    words += fields.compactMap { $0 }
    if let range, positions { words.append("@" + position(range)) }
    lines.append(String(repeating: "  ", count: depth) + words.joined(separator: " "))
    depth += 1
    children(&self)
    depth -= 1
  }

  /// `@line:column-line:column` for a range of this file, or nothing without positions.
  func at(_ range: SourceRange) -> String {
    positions ? "@" + position(range) : ""
  }

  /// `line:column-line:column` for a range of this file.
  func position(_ range: SourceRange) -> String {
    let start = file.lineAndColumn(of: range.start)
    let end = file.lineAndColumn(of: range.end)
    return "\(start.line):\(start.column)-\(end.line):\(end.column)"
  }

  /// The text in double quotes, with `\`, `"`, line breaks and tabs escaped.
  static func quoted(_ text: String) -> String {
    var quoted = "\""
    for character in text {
      switch character {
      case "\\": quoted += "\\\\"
      case "\"": quoted += "\\\""
      case "\n": quoted += "\\n"
      case "\t": quoted += "\\t"
      default: quoted.append(character)
      }
    }
    return quoted + "\""
  }

  /// `name="text"`, with ` en="English"` when there is one; nil when there is no text.
  static func field(_ name: String, _ text: TextSyntax?) -> String? {
    guard let text else { return nil }
    let english = text.english.map { " en=\(Self.quoted($0))" } ?? ""
    return "\(name)=\(Self.quoted(text.value))\(english)"
  }

  /// `name=value`, or nil when there is no value.
  static func field(_ name: String, _ value: String?) -> String? {
    value.map { "\(name)=\($0)" }
  }

  /// `from=… until=…` for a validity period; nil when always in force.
  static func field(_ period: PeriodSyntax) -> String? {
    let parts = [period.from.map { "from=\($0.iso)" }, period.until.map { "until=\($0.iso)" }].compactMap { $0 }
    return parts.isEmpty ? nil : parts.joined(separator: " ")
  }
}

extension RuleFile {
  /// The file as an indented tree with source ranges, and then what the parser reported
  /// (see `TreeDump`).
  package func treeDescription(diagnostics: [Diagnostic] = []) -> String {
    var dump = TreeDump(file: source)
    dump.node("RuleFile", [source.path, "language=\(language?.rawValue ?? "none")"], range: nil) { dump in
      for declaration in declarations { dump.declaration(declaration) }
    }
    for diagnostic in diagnostics {
      dump.node(
        "\(diagnostic.severity.rawValue)[\(diagnostic.code.rawValue)]", [TreeDump.quoted(diagnostic.message)],
        range: diagnostic.span.range)
    }
    return dump.lines.joined(separator: "\n") + "\n"
  }

  /// The declarations as a tree without source ranges, path or keyword language: equal for
  /// two files exactly when they say the same thing, however laid out and in whichever
  /// keyword language (what `yici fmt` checks its output by).
  package var structure: String {
    var dump = TreeDump(file: source, positions: false)
    for declaration in declarations { dump.declaration(declaration) }
    return dump.lines.joined(separator: "\n")
  }
}
