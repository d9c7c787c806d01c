import Yici
import YiciSemantics

/// Rows of text in aligned columns, counting Chinese characters as two columns wide.
struct TextTable {
  private var rows: [[String]] = []

  /// Adds a row; rows may have fewer cells than others.
  mutating func add(_ cells: String...) {
    rows.append(cells)
  }

  /// Adds a row of cells.
  mutating func add(cells: [String]) {
    rows.append(cells)
  }

  /// The lines, each indented by `indent` spaces, columns two spaces apart, no trailing spaces.
  func lines(indent: Int = 2) -> [String] {
    let columns = rows.map(\.count).max() ?? 0
    var widths = Array(repeating: 0, count: columns)
    for row in rows {
      for (index, cell) in row.enumerated().dropLast() { widths[index] = max(widths[index], Self.width(cell)) }
    }
    return rows.map { row in
      var line = String(repeating: " ", count: indent)
      for (index, cell) in row.enumerated() {
        line += cell
        if index < row.count - 1 { line += String(repeating: " ", count: widths[index] - Self.width(cell) + 2) }
      }
      while line.hasSuffix(" ") { line.removeLast() }
      return line
    }
  }

  /// Terminal columns the text takes.
  static func width(_ text: String) -> Int {
    DiagnosticRenderer.displayWidth(text.unicodeScalars)
  }
}

/// How values and types are shown to the clerk.
enum Show {
  /// A told value: `120 平方米`, `true`, `good (良好)`, `"张记小吃"`, `2025-09-28`.
  static func value(_ value: FactValue, of fact: FactDefinition, english: Bool) -> String {
    switch (value, fact.type) {
    case (.bool(let flag), _): return flag ? "true" : "false"
    case (.number(let number), .number(let unit)): return unit.map { "\(number) \($0)" } ?? number.description
    case (.number(let number), _): return number.description
    case (.text(let text), .options(let set)):
      return set.index(of: text).map { option(set.options[$0], english: english) } ?? text
    case (.text(let text), .date): return text
    case (.text(let text), _): return "\"\(text)\""
    case (.list(let texts), .choices(let set)):
      let shown = texts.map { text in set.index(of: text).map { option(set.options[$0], english: english) } ?? text }
      return shown.isEmpty ? (english ? "none" : "无") : shown.joined(separator: ", ")
    case (.list(let texts), _): return texts.joined(separator: ", ")
    case (.null, _): return "?"
    }
  }

  /// A computed value of a type: options by id and label.
  static func value(_ value: Value, type: ValueType, english: Bool) -> String {
    switch (value, type) {
    case (.option(let index), .options(let set)) where index < set.options.count:
      return option(set.options[index], english: english)
    case (.number(let number), .number(let unit?)): return "\(number) \(unit)"
    case (.choices(let bits), .choices(let set)):
      let shown = set.options.indices.filter { bits & (1 << UInt64($0)) != 0 }.map {
        option(set.options[$0], english: english)
      }
      return shown.isEmpty ? (english ? "none" : "无") : shown.joined(separator: ", ")
    default: return value.description
    }
  }

  /// `good (良好)`, or the id alone when the label says the same.
  static func option(_ option: OptionDefinition, english: Bool) -> String {
    guard let label = option.label?.text(english: english), label != option.id else { return option.id }
    return "\(option.id) (\(label))"
  }

  /// A type as the facts list shows it: `number (平方米)`, `yes/no`, `option`.
  static func type(_ type: ValueType) -> String {
    if case .options = type { return "option" }
    if case .choices = type { return "options (several)" }
    return type.description
  }

  /// A localized text in the session's language.
  static func text(_ text: LocalizedText?, english: Bool) -> String {
    text?.text(english: english) ?? ""
  }
}
