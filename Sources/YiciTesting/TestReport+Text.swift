extension TestReport {
  /// The report for people: each failing case named with its diff, one line per test file,
  /// and a summary line.
  public var text: String {
    var lines: [String] = []
    for file in files {
      let results = cases.filter { $0.file == file }
      let bad = results.filter { $0.status != .passed }
      lines.append("\(bad.isEmpty ? "ok  " : "FAIL") \(file) (\(Self.count(results.count, "case")))")
      for result in bad {
        let service = result.service.map { " [\($0)]" } ?? ""
        switch result.status {
        case .error:
          lines.append("  ERROR \(result.name)\(service): \(result.error ?? "")")
        default:
          lines.append("  FAIL \(result.name)\(service)")
          for mismatch in result.mismatches {
            lines.append("    \(mismatch.field): expected \(mismatch.expected), got \(mismatch.actual)")
            lines += mismatch.diff.map { "      " + $0 }
          }
        }
      }
    }
    var summary = "\(Self.count(cases.count, "case")) in \(Self.count(files.count, "file")): \(passed) passed"
    if failed > 0 { summary += ", \(failed) failed" }
    if errors > 0 { summary += ", \(errors) could not run" }
    lines.append(summary)
    return lines.joined(separator: "\n") + "\n"
  }

  /// "3 cases", "1 case".
  static func count(_ number: Int, _ noun: String) -> String {
    "\(number) \(noun)\(number == 1 ? "" : "s")"
  }
}

extension Coverage {
  /// The coverage for people: the percentage, then each clause with what was seen of it
  /// (`✓ holds  ✗ fails`), service by service.
  public var text: String {
    var lines = ["coverage: \(percentText) (\(seen) of \(total) outcomes seen)"]
    var service: String?
    for item in items {
      if item.service != service {
        service = item.service
        lines.append("  \(item.service)")
      }
      let holds = item.holds ? "✓ holds" : "✗ holds"
      let fails = item.fails ? "✓ fails" : "✗ fails"
      lines.append("    \(holds)  \(fails)  \(item.kind.rawValue) \(item.id)  (\(item.location))")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
