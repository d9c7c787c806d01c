/// How copies counted per a fact are said, after the form and the number this applicant
/// brings: 复印件3份，按股东人数每人1份 / 3 photocopies, 1 each by number of shareholders. The
/// explanation and the 办事指南 both say it so.
package enum CopiesPerPhrase {
  /// `base` (the form and copies, if any) followed by how many `copies` each of what the fact
  /// labelled `label` counts; in English the label's first letter is lower-cased.
  package static func appended(to base: String?, copies: Int, per label: String, english: Bool) -> String {
    let each: String
    if english {
      let inSentence = label.prefix(1).lowercased() + label.dropFirst()
      each = "\(copies) each by \(inSentence)"
    } else {
      each = "按\(label)每人\(copies)份"
    }
    return base.map { $0 + (english ? ", " : "，") + each } ?? each
  }
}
