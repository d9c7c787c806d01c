import Yici
import YiciSemantics

/// Turns a questionnaire into interchange JSON, reading each answer by its fact's type as
/// the REPL reads what a clerk types: numbers exactly (full-width digits and the unit
/// allowed), yes/no, an option by id or label, a date as `YYYY-MM-DD`. An answer that does
/// not read is left unknown and said in `errors`, so the question is asked again with why.
enum ApplicationBuilder {
  /// The application's JSON text (two-space indented, facts in the form's order) and the
  /// state with the answers that could not be read added to its errors.
  static func build(_ state: FormState, model: FormModel, today: CivilDate) -> (json: String, state: FormState) {
    var state = state
    var facts: [(String, String)] = []
    for fact in model.facts {
      guard let typed = state.answers[fact.id] else { continue }
      let text = typed.trimmingSpaces
      guard !text.isEmpty else { continue }
      switch read(text, as: fact) {
      case .success(let json): facts.append((fact.id, json))
      case .failure(let error): state.errors.append(FormState.FieldError(field: fact.id, message: error.message))
      }
    }
    var date = today
    let typedDate = state.date.trimmingSpaces
    if !typedDate.isEmpty {
      if let parsed = CivilDate(iso: halfWidth(typedDate)) {
        date = parsed
      } else {
        state.errors.append(
          FormState.FieldError(field: ":date", message: "'\(typedDate)' is not a date; the date takes YYYY-MM-DD"))
      }
    }
    var json = "{\n  \(quoted(model.isBundle ? "bundle" : "service")): \(quoted(model.id)),\n"
    json += "  \"date\": \(quoted(date.description)),\n  \"facts\": {"
    json += facts.isEmpty ? "}" : "\n" + facts.map { "    \(quoted($0.0)): \($0.1)" }.joined(separator: ",\n") + "\n  }"
    for (name, ids) in [("materials", state.materials), ("shared", state.shared), ("commitments", state.commitments)] {
      json += ",\n  \(quoted(name)): [" + ids.map(quoted).joined(separator: ", ") + "]"
    }
    return (json + "\n}\n", state)
  }

  struct ReadError: Error { var message: String }

  /// An answer as a JSON value of its fact's type.
  static func read(_ text: String, as fact: FormFact) -> Result<String, ReadError> {
    switch fact.type {
    case .bool:
      switch text.lowercased() {
      case "true", "yes", "是", "y": return .success("true")
      case "false", "no", "否", "n": return .success("false")
      default: return .failure(ReadError(message: "'\(text)' is not yes/no; \(fact.id) takes yes or no (是 or 否)"))
      }
    case .number(let unit):
      var digits = halfWidth(text)
      if let unit, digits.hasSuffix(unit) { digits = String(digits.dropLast(unit.count)).trimmingSpaces }
      let plain = digits.utf8.enumerated().allSatisfy { index, byte in
        (byte >= 0x30 && byte <= 0x39) || byte == 0x2E || (byte == 0x2D && index == 0)
      }
      if plain, let number = ExactDecimal(digits) { return .success(number.description) }
      let inUnit = unit.map { " in \($0)" } ?? ""
      return .failure(
        ReadError(message: "'\(text)' is not a number; \(fact.id) takes a number\(inUnit), e.g. 120 or 10.5"))
    case .text:
      return .success(quoted(text))
    case .date:
      if let date = CivilDate(iso: halfWidth(text)) { return .success(quoted(date.description)) }
      return .failure(ReadError(message: "'\(text)' is not a date; \(fact.id) takes a date as YYYY-MM-DD"))
    case .options(let set):
      let lowered = text.lowercased()
      if let option = set.options.first(where: { option in
        option.id == text || option.label?.text == text || option.label?.english?.lowercased() == lowered
      }) {
        return .success(quoted(option.id))
      }
      let names = set.options.map { option in option.label.map { "\(option.id) (\($0.text))" } ?? option.id }
      return .failure(
        ReadError(
          message: "'\(text)' is not an option of '\(fact.id)'; the options are \(names.joined(separator: ", "))"))
    case .choices(let set):
      // A multi-select fact: ids or labels separated by commas, as a JSON list.
      var ids: [String] = []
      for part in text.split(whereSeparator: { ",，、".contains($0) }) {
        let name = String(part).trimmingSpaces
        let lowered = name.lowercased()
        guard
          let option = set.options.first(where: { option in
            option.id == name || option.label?.text == name || option.label?.english?.lowercased() == lowered
          })
        else {
          return .failure(
            ReadError(
              message: "'\(name)' is not an option of '\(fact.id)'; the options are "
                + set.options.map(\.id).joined(separator: ", ")))
        }
        if !ids.contains(option.id) { ids.append(option.id) }
      }
      return .success("[" + ids.map(quoted).joined(separator: ", ") + "]")
    }
  }

  /// Full-width digits and punctuation read as ASCII (as the rule files read them).
  static func halfWidth(_ text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.unicodeScalars.map { scalar in
          (0xFF01...0xFF5E).contains(scalar.value) ? Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar : scalar
        }))
  }

  /// A JSON string literal.
  static func quoted(_ text: String) -> String { JSONText.quoted(text) }
}

extension String {
  /// Without leading and trailing spaces, tabs and line breaks (ASCII and the ideographic space).
  var trimmingSpaces: String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{3000}" }
    guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
      return ""
    }
    return String(self[first...last])
  }
}
