import Foundation
import Yici
import YiciSemantics

/// A value that could not be read, with what was expected.
struct InputError: Error {
  /// What is wrong, in one line.
  var message: String
  /// Further lines: the options, an example.
  var help: [String] = []
}

/// Reading a fact's value as a clerk types it, by the fact's declared type.
///
/// Numbers are exact (`120`, `10.5`, `120平方米`, full-width digits too); yes/no is
/// `true`/`false`/`是`/`否`/`yes`/`no`; an option is its id or label (or the only label
/// that contains what was typed); a date is `YYYY-MM-DD` or `today`; text is taken as
/// typed, or from inside quotes.
enum FactInput {
  static func parse(_ typed: String, for fact: FactDefinition, today: CivilDate) -> Result<FactValue, InputError> {
    let (text, quoted) = unquoted(typed)
    switch fact.type {
    case .bool:
      switch text.lowercased() {
      case "true", "yes", "是", "y": return .success(.bool(true))
      case "false", "no", "否", "n": return .success(.bool(false))
      default: return .failure(InputError(message: "'\(text)' is not yes/no; \(fact.id) takes true or false (是 or 否)"))
      }
    case .number(let unit):
      var digits = halfWidth(text)
      if let unit, digits.hasSuffix(unit) { digits = String(digits.dropLast(unit.count)) }
      digits = digits.trimmingCharacters(in: .whitespaces)
      if let number = ExactDecimal(digits) { return .success(.number(number)) }
      let inUnit = unit.map { " in \($0)" } ?? ""
      if digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }) && digits.count > 18 {
        return .failure(InputError(message: "'\(text)' has more digits than Yici keeps exactly (18)"))
      }
      return .failure(
        InputError(message: "'\(text)' is not a number; \(fact.id) takes a number\(inUnit), e.g. 120 or 10.5"))
    case .text:
      if text.isEmpty && !quoted {
        return .failure(
          InputError(message: "give the text, e.g. \(fact.id) = \"…\"; :unset \(fact.id) makes it unknown"))
      }
      return .success(.text(text))
    case .date:
      if ["today", "今天"].contains(text.lowercased()) { return .success(.text(today.description)) }
      if let date = CivilDate(iso: halfWidth(text)) { return .success(.text(date.description)) }
      return .failure(InputError(message: "'\(text)' is not a date; \(fact.id) takes a date as YYYY-MM-DD (or today)"))
    case .options(let set):
      if let index = optionIndex(text, in: set) { return .success(.text(set.options[index].id)) }
      let names = set.options.flatMap { [$0.id] + [$0.label?.text, $0.label?.english].compactMap { $0 } }
      let hint = NameMatch.nearest(to: text, in: names).map { "; did you mean '\($0)'?" } ?? ""
      let message =
        text.isEmpty ? "give one of the options of '\(fact.id)'" : "'\(text)' is not an option of '\(fact.id)'\(hint)"
      return .failure(InputError(message: message, help: ["the options are " + optionList(set.options)]))
    case .choices(let set):
      return choices(text, for: fact, in: set)
    }
  }

  /// The options chosen of a multi-select fact, typed as ids or labels separated by commas
  /// (`,` `，` `、`); `none` or `无` is none chosen.
  static func choices(_ text: String, for fact: FactDefinition, in set: ValueType.OptionSet) -> Result<
    FactValue, InputError
  > {
    let help = [
      "the options are " + optionList(set.options),
      "e.g. \(fact.id) = \(set.options.prefix(2).map(\.id).joined(separator: ", "))",
    ]
    if ["none", "无"].contains(text.lowercased()) { return .success(.list([])) }
    let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { ",，、".contains($0) }).map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    guard !parts.isEmpty, !parts.contains(where: \.isEmpty) else {
      return .failure(
        InputError(message: "give the options chosen of '\(fact.id)', separated by commas (or none)", help: help))
    }
    var chosen: [String] = []
    for part in parts {
      guard let index = optionIndex(part, in: set) else {
        return .failure(InputError(message: "'\(part)' is not an option of '\(fact.id)'", help: help))
      }
      let id = set.options[index].id
      if !chosen.contains(id) { chosen.append(id) }
    }
    return .success(.list(chosen))
  }

  /// The option a typed name means: id or label exactly, then without regard to case,
  /// then the only one whose id or label contains it.
  static func optionIndex(_ text: String, in set: ValueType.OptionSet) -> Int? {
    let items = set.options.map { NamedItem(id: $0.id, label: $0.label) }
    if let index = items.index(of: text) { return index }
    guard !text.isEmpty else { return nil }
    let lowered = text.lowercased()
    let containing = items.indices.filter { items[$0].labels.contains { $0.lowercased().contains(lowered) } }
    return containing.count == 1 ? containing[0] : nil
  }

  /// `good (良好), normal (一般)`.
  static func optionList(_ options: [OptionDefinition], english: Bool = false) -> String {
    options.map { option in
      let label = option.label?.text(english: english)
      return label.map { $0 == option.id ? option.id : "\(option.id) (\($0))" } ?? option.id
    }.joined(separator: ", ")
  }

  /// A value carried over (from another service, a file, or rules before a reload) if it
  /// still fits the fact's type, with options by id.
  static func revalidate(_ value: FactValue, for fact: FactDefinition) -> FactValue? {
    switch (fact.type, value) {
    case (.bool, .bool), (.number, .number), (.text, .text): return value
    case (.date, .text(let text)): return CivilDate(iso: text).map { .text($0.description) }
    case (.options(let set), .text(let text)): return set.index(of: text).map { .text(set.options[$0].id) }
    case (.choices(let set), .list(let texts)):
      let ids = texts.compactMap { set.index(of: $0).map { set.options[$0].id } }
      return ids.count == texts.count ? .list(ids) : nil
    default: return nil
    }
  }

  /// The text inside "…", “…” or 「…」, and whether it was quoted.
  static func unquoted(_ text: String) -> (String, Bool) {
    for (open, close) in [("\"", "\""), ("“", "”"), ("「", "」"), ("'", "'")]
    where text.count >= 2 && text.hasPrefix(open) && text.hasSuffix(close) {
      return (String(text.dropFirst().dropLast()).replacingOccurrences(of: "\\\"", with: "\""), true)
    }
    return (text, false)
  }

  /// Full-width ASCII (１２０．５) as ASCII.
  static func halfWidth(_ text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.unicodeScalars.map {
          (0xFF01...0xFF5E).contains($0.value) ? Unicode.Scalar($0.value - 0xFEE0)! : $0
        }))
  }
}
