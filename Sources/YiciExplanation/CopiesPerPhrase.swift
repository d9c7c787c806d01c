import YiciSemantics

/// How copies counted per a fact are said, after the form and the number this applicant
/// brings: 复印件3份，按股东人数每人1份 / 3 photocopies, 1 each by number of shareholders. The
/// explanation and the 办事指南 both say it so.
package enum CopiesPerPhrase {
  /// The fact the copies are counted per: its label, and its unit (人, 个, 处 …) when it has
  /// one, which names what one copy is for (每人, 每个); without a unit, 每人.
  package struct Counter: Sendable {
    package let label: String
    package let unit: String?

    package init(_ fact: FactDefinition, english: Bool) {
      label = fact.label?.text(english: english) ?? fact.id
      unit = if case .number(let unit?) = fact.type { unit } else { nil }
    }
  }

  /// `base` (the form and copies, if any) followed by how many `copies` each of what `per`
  /// counts; in English the label's first letter is lower-cased.
  package static func appended(to base: String?, copies: Int, per: Counter, english: Bool) -> String {
    let each: String
    if english {
      let inSentence = per.label.prefix(1).lowercased() + per.label.dropFirst()
      each = "\(copies) each by \(inSentence)"
    } else {
      each = "按\(per.label)每\(per.unit ?? "人")\(copies)份"
    }
    return base.map { $0 + (english ? ", " : "，") + each } ?? each
  }
}
