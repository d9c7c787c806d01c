extension TestReport {
  /// The report as JUnit XML, which CI systems show: one `testsuite` per test file, one
  /// `testcase` per case (`classname` the service), a `failure` with the diff for a failed
  /// case and an `error` for one that could not run. No times, so the same tests give the
  /// same bytes.
  public var junit: String {
    var lines = [
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
      "<testsuites name=\"yici test\" tests=\"\(cases.count)\" failures=\"\(failed)\" errors=\"\(errors)\">",
    ]
    for file in files {
      let results = cases.filter { $0.file == file }
      let failures = results.filter { $0.status == .failed }.count
      let errors = results.filter { $0.status == .error }.count
      lines.append(
        "  <testsuite name=\"\(Self.escaped(file))\" tests=\"\(results.count)\" failures=\"\(failures)\" errors=\"\(errors)\">"
      )
      for result in results {
        let open =
          "    <testcase classname=\"\(Self.escaped(result.service ?? "yici"))\" name=\"\(Self.escaped(result.name))\" file=\"\(Self.escaped(file))\""
        switch result.status {
        case .passed: lines.append(open + "/>")
        case .failed:
          lines.append(open + ">")
          let message = result.mismatches.map(\.summary).joined(separator: "; ")
          let body = result.mismatches.flatMap { [$0.field + ":"] + $0.diff.map { "  " + $0 } }
          lines.append(
            "      <failure message=\"\(Self.escaped(message))\">\(Self.escaped(body.joined(separator: "\n")))</failure>"
          )
          lines.append("    </testcase>")
        case .error:
          lines.append(open + ">")
          lines.append("      <error message=\"\(Self.escaped(result.error ?? ""))\"/>")
          lines.append("    </testcase>")
        }
      }
      lines.append("  </testsuite>")
    }
    lines.append("</testsuites>")
    return lines.joined(separator: "\n") + "\n"
  }

  /// Text escaped for XML content and attributes; characters XML 1.0 cannot hold are
  /// replaced by U+FFFD.
  static func escaped(_ text: String) -> String {
    var escaped = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": escaped += "&amp;"
      case "<": escaped += "&lt;"
      case ">": escaped += "&gt;"
      case "\"": escaped += "&quot;"
      case "'": escaped += "&apos;"
      case "\n", "\t": escaped.unicodeScalars.append(scalar)
      case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: escaped += "\u{FFFD}"
      default: escaped.unicodeScalars.append(scalar)
      }
    }
    return escaped
  }
}
