import YiciReporting

/// A small JSON text builder for the test report: keys in the order written, strings
/// escaped as RFC 8259 requires.
struct ReportJSON {
  private(set) var text = ""

  /// A string literal, escaped as the reform report's JSON escapes it.
  static func quoted(_ value: String) -> String {
    JSONTree.quoted(value)
  }

  /// An object of members already written as JSON.
  static func object(_ members: [(String, String)]) -> String {
    "{" + members.map { "\(quoted($0.0)): \($0.1)" }.joined(separator: ", ") + "}"
  }

  /// An array of values already written as JSON.
  static func array(_ items: [String]) -> String {
    "[" + items.joined(separator: ", ") + "]"
  }
}

extension TestReport {
  /// The report as one JSON object for tools: `passed`, `failed`, `errors`, `cases` (each
  /// `file`, `name`, `service`, `status`, `mismatches` of `{field, expected, actual, diff}`,
  /// `error`), `rule_errors` and `coverage` (`percent`, `seen`, `total`, `items` of
  /// `{service, kind, id, location, holds, fails}`), in this order; one line.
  public var json: String {
    let results = cases.map { result in
      var members: [(String, String)] = [
        ("file", ReportJSON.quoted(result.file)), ("name", ReportJSON.quoted(result.name)),
        ("service", result.service.map(ReportJSON.quoted) ?? "null"),
        ("status", ReportJSON.quoted(result.status.rawValue)),
      ]
      members.append(
        (
          "mismatches",
          ReportJSON.array(
            result.mismatches.map {
              ReportJSON.object([
                ("field", ReportJSON.quoted($0.field)), ("expected", ReportJSON.quoted($0.expected)),
                ("actual", ReportJSON.quoted($0.actual)), ("diff", ReportJSON.array($0.diff.map(ReportJSON.quoted))),
              ])
            })
        ))
      if let error = result.error { members.append(("error", ReportJSON.quoted(error))) }
      return ReportJSON.object(members)
    }
    let items = coverage.items.map {
      ReportJSON.object([
        ("service", ReportJSON.quoted($0.service)), ("kind", ReportJSON.quoted($0.kind.rawValue)),
        ("id", ReportJSON.quoted($0.id)), ("location", ReportJSON.quoted($0.location)),
        ("holds", $0.holds ? "true" : "false"), ("fails", $0.fails ? "true" : "false"),
      ])
    }
    let percent = coverage.percentText.dropLast()
    return ReportJSON.object([
      ("passed", "\(passed)"), ("failed", "\(failed)"), ("errors", "\(errors)"), ("cases", ReportJSON.array(results)),
      ("rule_errors", ReportJSON.array(ruleErrors.map { ReportJSON.quoted("\($0.span.description): \($0.message)") })),
      (
        "coverage",
        ReportJSON.object([
          ("percent", String(percent)), ("seen", "\(coverage.seen)"), ("total", "\(coverage.total)"),
          ("items", ReportJSON.array(items)),
        ])
      ),
    ]) + "\n"
  }
}
