extension Expectation {
  /// Reads an `expect` object; an unknown key or a value of the wrong form is an error, so a
  /// misspelt expectation never passes silently.
  init(_ json: TestJSON, case name: String) throws(TestFileError) {
    func fail(_ message: String) -> TestFileError { TestFileError("case \"\(name)\": \(message)") }
    guard case .object = json else { throw fail("\"expect\" must be an object") }
    for key in json.keys where !Self.keys.contains(key) {
      throw fail("unknown key \"\(key)\" in \"expect\"; the keys are \(Self.keys.joined(separator: ", "))")
    }
    func list(_ key: String) throws(TestFileError) -> [String]? {
      guard let value = json[key] else { return nil }
      guard case .array = value, let items = value.strings else { throw fail("\"\(key)\" must be a list of ids") }
      return items
    }
    if let outcome = json["outcome"] {
      guard let text = outcome.string, Self.outcomes.contains(text) else {
        throw fail("\"outcome\" must be one of \(Self.outcomes.joined(separator: ", "))")
      }
      self.outcome = text
    }
    reasons = try list("reasons")
    missing = try list("missing")
    exempt = try list("exempt")
    committed = try list("committed")
    questions = try list("questions")
    if let waived = json["waived"] {
      guard case .array(let items) = waived else { throw fail("\"waived\" must be a list") }
      var materials: [WaivedMaterial] = []
      for item in items {
        if let id = item.string {
          materials.append(WaivedMaterial(id: id, due: nil))
        } else if let id = item["id"]?.string, item.keys.allSatisfy({ $0 == "id" || $0 == "due" }) {
          materials.append(WaivedMaterial(id: id, due: item["due"]?.string))
        } else {
          throw fail("each of \"waived\" is an id or {\"id\": …, \"due\": \"YYYY-MM-DD\"}")
        }
      }
      self.waived = materials
    }
    if let deadlines = json["deadlines"] {
      guard case .object(let members, _) = deadlines else { throw fail("\"deadlines\" must be an object") }
      var fields: [(field: String, value: String?)] = []
      for (field, value) in members {
        guard Self.deadlineFields.contains(field) else {
          throw fail("unknown deadline \"\(field)\"; the fields are \(Self.deadlineFields.joined(separator: ", "))")
        }
        switch value {
        case .string(let date): fields.append((field, date))
        case .bool(let flag) where field == "immediate": fields.append((field, flag ? "true" : "false"))
        case .null: fields.append((field, nil))
        default:
          throw fail(
            "deadline \"\(field)\" must be a date \"YYYY-MM-DD\"\(field == "immediate" ? " or true/false" : "") or null"
          )
        }
      }
      self.deadlines = fields
    }
    if let texts = json["explanation"] {
      guard case .object(let members, _) = texts else {
        throw fail("\"explanation\" must be an object: {\"zh\": [texts], \"en\": [texts]}")
      }
      for (language, texts) in members {
        guard language == "zh" || language == "en", let texts = texts.strings else {
          throw fail("\"explanation\" takes \"zh\" and \"en\", each a text or a list of texts")
        }
        explanation.append((language, texts))
      }
    }
  }

  /// The outcomes' names.
  static let outcomes = ["accepted", "accepted_with_waiver", "needs_correction", "needs_information", "rejected"]
}
