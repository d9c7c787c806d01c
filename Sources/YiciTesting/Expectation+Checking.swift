import Yici

extension Expectation {
  /// How the decision differs from what is expected (empty when it is as expected); `english`
  /// is the same decision with its explanation in English, when the test reads it.
  func mismatches(_ decision: Decision, english: Decision?) -> [Mismatch] {
    var found: [Mismatch] = []
    if let outcome, outcome != decision.outcome.rawValue {
      found.append(
        Mismatch(
          field: "outcome", expected: outcome, actual: decision.outcome.rawValue,
          diff: ["- \(outcome)", "+ \(decision.outcome.rawValue)"]))
    }
    let materials = decision.materials
    let lists: [(String, [String]?, [String])] = [
      ("reasons", reasons, decision.reasons.map(\.id)), ("missing", missing, materials.missing),
      ("waived", waived?.map(\.id), materials.waived.map(\.id)), ("exempt", exempt, materials.exempt),
      ("committed", committed, materials.committed), ("questions", questions, decision.questions.map(\.fact)),
    ]
    for (field, expected, actual) in lists {
      guard let expected, let mismatch = Self.compare(field, expected: expected, actual: actual) else { continue }
      found.append(mismatch)
    }
    for material in waived ?? [] {
      guard let due = material.due, let waived = materials.waived.first(where: { $0.id == material.id }) else {
        continue
      }
      let actual = waived.due?.description ?? "no due date"
      if actual != due {
        found.append(
          Mismatch(
            field: "waived.\(material.id).due", expected: due, actual: actual, diff: ["- \(due)", "+ \(actual)"]))
      }
    }
    for (field, expected) in deadlines ?? [] {
      let actual = Self.deadline(field, of: decision)
      guard actual != expected else { continue }
      let shown = (expected ?? "none", actual ?? "none")
      found.append(
        Mismatch(
          field: "deadlines.\(field)", expected: shown.0, actual: shown.1, diff: ["- \(shown.0)", "+ \(shown.1)"]))
    }
    for (language, texts) in explanation {
      let text = (language == "en" ? english : decision)?.explanation ?? ""
      let absent = texts.filter { !text.contains($0) }
      guard !absent.isEmpty else { continue }
      found.append(
        Mismatch(
          field: "explanation (\(language))",
          expected: "to contain " + absent.map { "\"\($0)\"" }.joined(separator: ", "),
          actual: "an explanation without \(absent.count == 1 ? "it" : "them")",
          diff: absent.map { "- \($0)" } + Self.quotedLines(text)
        ))
    }
    return found
  }

  /// The explanation's lines as the diff shows them (`| …`), without the trailing break.
  private static func quotedLines(_ text: String) -> [String] {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    while lines.last?.isEmpty == true { lines.removeLast() }
    return lines.map { $0.isEmpty ? "|" : "| \($0)" }
  }

  /// The mismatch of a list compared as a set, or nil when the two hold the same ids.
  private static func compare(_ field: String, expected: [String], actual: [String]) -> Mismatch? {
    guard Set(expected) != Set(actual) else { return nil }
    let onlyExpected = expected.filter { !actual.contains($0) }
    let onlyActual = actual.filter { !expected.contains($0) }
    func shown(_ ids: [String]) -> String { "[" + ids.joined(separator: ", ") + "]" }
    return Mismatch(
      field: field, expected: shown(expected), actual: shown(actual),
      diff: onlyExpected.map { "- \($0)" } + onlyActual.map { "+ \($0)" })
  }

  /// A deadline field of a decision as a test writes it; nil when absent.
  private static func deadline(_ field: String, of decision: Decision) -> String? {
    if decision.deadlines == nil, let bundle = decision.bundle?.deadlines {
      // A bundle (一件事) is accepted on one day and promises one date for all its members.
      switch field {
      case "accepted": return bundle.accepted.description
      case "promised": return bundle.promised?.description
      default: return nil
      }
    }
    guard let deadlines = decision.deadlines else { return nil }
    switch field {
    case "accepted": return deadlines.accepted.description
    case "immediate": return deadlines.immediate ? "true" : "false"
    case "promised": return deadlines.promised?.description
    case "statutory": return deadlines.statutory?.description
    default: return deadlines.warning?.description
    }
  }
}
