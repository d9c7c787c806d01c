import Foundation
import Yici

/// An application the clerk pasted, as a questionnaire: each fact's value as the form shows
/// it. Read only after the one decoder has accepted the text; a service's application is
/// read through `RuleSet.application(json:)` (numbers exactly), a bundle's with
/// `JSONSerialization` (its values are already checked).
enum PastedApplication {
  static func state(_ bytes: [UInt8], model: FormModel, rules: RuleSet, date: CivilDate) -> FormState {
    var state = FormState(date: date)
    if !model.isBundle, let (application, _) = try? rules.application(json: bytes) {
      for (id, value) in application.facts {
        switch value {
        case .bool(let flag): state.answers[id] = flag ? "true" : "false"
        case .number(let number): state.answers[id] = number.description
        case .text(let text): state.answers[id] = text
        case .list(let texts): state.answers[id] = texts.joined(separator: ", ")
        case .null: break
        }
      }
      state.materials = application.materials
      state.shared = application.shared
      state.commitments = application.commitments
      return state
    }
    guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else { return state }
    for (id, value) in object["facts"] as? [String: Any] ?? [:] {
      guard let fact = model.fact(id) else { continue }
      if case .bool = fact.type, let flag = value as? Bool {
        state.answers[id] = flag ? "true" : "false"
      } else if let text = value as? String {
        state.answers[id] = text
      } else if let number = value as? NSNumber {
        state.answers[id] = number.stringValue
      }
    }
    state.materials = object["materials"] as? [String] ?? []
    state.shared = object["shared"] as? [String] ?? []
    state.commitments = object["commitments"] as? [String] ?? []
    return state
  }
}
