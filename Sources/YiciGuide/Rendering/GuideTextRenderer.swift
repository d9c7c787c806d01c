import YiciExplanation

/// A guide as plain text: numbered sections (一、…), `label：value` lines, numbered items with
/// their details indented under them.
enum GuideTextRenderer {
  static func render(_ document: GuideDocument, language: Language) -> String {
    let english = language == .en
    var lines = [document.title, document.subtitle]
    for (index, section) in document.sections.enumerated() {
      lines.append("")
      lines.append(sectionNumber(index + 1, english: english) + section.heading)
      for row in section.rows { lines.append("  " + row.label + (english ? ": " : "：") + row.value) }
      if let lead = section.lead { lines.append("  " + lead) }
      for (number, item) in section.items.enumerated() {
        lines.append("  \(number + 1). " + item.heading)
        lines += item.details.map { "     " + $0 }
      }
      lines += section.paragraphs.map { "  " + $0 }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// 一、 二、 … in Chinese, `1. ` in English.
  static func sectionNumber(_ number: Int, english: Bool) -> String {
    guard !english else { return "\(number). " }
    let digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
    let text =
      number < 10 ? digits[number] : (number < 20 ? "十" + digits[number - 10] : "\(number)")
    return text + "、"
  }
}
