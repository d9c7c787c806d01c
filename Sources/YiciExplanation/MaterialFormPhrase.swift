/// How a material shown in original and kept in copy (`original copy`, 原件核验 + 复印件留存)
/// is said: 原件（核验后退还）及复印件1份 / original (checked and handed back) and 1 photocopy.
/// The explanation, the notice and the 办事指南 all say it so.
package enum MaterialFormPhrase {
  /// The Chinese form, before the number of copies (…1份) if any.
  package static let originalAndCopyChinese = "原件（核验后退还）及复印件"

  /// The English phrase with the number of copies kept, `one` or `many` naming a copy: "a
  /// photocopy" when the number is not given.
  package static func originalAndCopyEnglish(_ copies: Int?, one: String, many: String) -> String {
    let kept =
      switch copies {
      case nil: "a \(one)"
      case 1: "1 \(one)"
      case let copies?: "\(copies) \(many)"
      }
    return "original (checked and handed back) and \(kept)"
  }
}
