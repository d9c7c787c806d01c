import Yici
import YiciSemantics

/// What `site.js` needs to build an application and show a decision without asking the
/// server for HTML: the facts' types (units, option ids and labels), the materials' names,
/// and the decision region's words, in the page's language. Embedded in the page as JSON.
enum ClientModel {
  static func json(_ model: FormModel, language: Language) -> String {
    let english = language == .en
    let words = WebWords.of(language)
    func q(_ text: String) -> String { JSONText.quoted(text) }
    var facts: [String] = []
    for fact in model.facts {
      var entry = "{\"id\":\(q(fact.id)),"
      switch fact.type {
      case .bool: entry += "\"type\":\"bool\""
      case .number(let unit): entry += "\"type\":\"number\"" + (unit.map { ",\"unit\":\(q($0))" } ?? "")
      case .text: entry += "\"type\":\"text\""
      case .date: entry += "\"type\":\"date\""
      case .options(let set):
        let options = set.options.map { option in
          let labels = [option.label?.text, option.label?.english].compactMap { $0 }
          return "{\"id\":\(q(option.id)),\"labels\":[\(labels.map(q).joined(separator: ","))]}"
        }
        entry += "\"type\":\"options\",\"options\":[\(options.joined(separator: ","))]"
      case .choices(let set):
        let options = set.options.map { option in
          let labels = [option.label?.text, option.label?.english].compactMap { $0 }
          return "{\"id\":\(q(option.id)),\"labels\":[\(labels.map(q).joined(separator: ","))]}"
        }
        entry += "\"type\":\"choices\",\"options\":[\(options.joined(separator: ","))]"
      }
      facts.append(entry + "}")
    }
    var names: [String] = []
    for material in model.materials {
      names.append("\(q(material.id)):\(q(material.name.text(english: english)))")
      for alternative in material.alternatives {
        names.append("\(q(alternative.id)):\(q(alternative.name.text(english: english)))")
      }
    }
    let depends = model.dependsOn.sorted { $0.key < $1.key }.map { material, facts in
      "\(q(material)):[\(facts.map(q).joined(separator: ","))]"
    }
    let outcomes = words.outcomeWords.sorted { $0.key < $1.key }.map { "\(q($0.key)):\(q($0.value))" }
    let states = words.caseStates.sorted { $0.key < $1.key }.map { "\(q($0.key)):\(q($0.value))" }
    let labels: [(String, String)] = [
      ("decision", words.decision), ("reasons", words.reasons), ("toBring", words.toBring),
      ("waived", words.waived), ("due", words.due), ("exempt", words.exempt), ("committed", words.committedWords),
      ("undetermined", words.undetermined), ("provided", words.provided), ("sign", words.sign),
      ("accepted", words.accepted), ("immediate", words.immediate), ("promised", words.promised),
      ("statutory", words.statutory), ("warnings", words.warnings), ("basis", words.basis), ("yes", words.yes),
      ("formError", words.formError), ("caseOpened", words.caseOpened), ("caseStatus", words.caseStatus),
      ("warningDate", words.warningDate), ("waivedDue", words.waivedDue), ("noCase", words.noCase),
    ]
    return "{\"kind\":\(q(model.isBundle ? "bundle" : "service")),\"id\":\(q(model.id)),"
      + "\"lang\":\(q(language.rawValue)),\"facts\":[\(facts.joined(separator: ","))],"
      + "\"names\":{\(names.joined(separator: ","))},\"dependsOn\":{\(depends.joined(separator: ","))},"
      + "\"outcomes\":{\(outcomes.joined(separator: ","))},\"states\":{\(states.joined(separator: ","))},"
      + "\"words\":{\(labels.map { "\(q($0.0)):\(q($0.1))" }.joined(separator: ","))}}"
  }
}
