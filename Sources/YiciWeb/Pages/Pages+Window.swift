import Foundation
import Yici

/// `/window`: the clerk pastes or opens an application; it is read by the one decoder (its
/// errors name the field and column) and opens in its questionnaire, materials as the
/// counter's check list.
extension Pages {
  struct WindowView {
    var lang: String
    var pasted: String
    var error: String?
    var w: WebWords
  }

  static func window(_ context: Context, pasted: String?, error: String? = nil) -> WebResponse {
    let view = WindowView(lang: context.language.rawValue, pasted: pasted ?? "", error: error, w: context.words)
    return page(
      context, status: error == nil ? 200 : 400, title: context.words.window, page: "window",
      content: WebTemplates.render("window", view))
  }

  static func window(_ context: Context, body: [UInt8]) -> WebResponse {
    let fields: [(name: String, value: String)]
    do throws(FormDecoder.Error) {
      fields = try FormDecoder.decode(body)
    } catch {
      return window(context, pasted: nil, error: "the form: \(error)")
    }
    guard let pasted = fields.last(where: { $0.name == ":application" })?.value, !pasted.trimmingSpaces.isEmpty else {
      return window(context, pasted: nil, error: context.words.noApplication)
    }
    let bytes = Array(pasted.utf8)
    let decision: Decision
    do throws(DecisionError) {
      decision = try context.rules.decide(json: bytes, options: DecisionOptions(trace: false, explanation: false))
    } catch {
      return window(context, pasted: pasted, error: error.description)
    }
    let bundle = decision.bundle != nil
    guard
      let model = formModel(
        context.rules, id: decision.bundle?.bundle ?? decision.service, bundle: bundle, date: decision.date)
    else {
      return window(context, pasted: pasted, error: "no form for '\(decision.service)'")
    }
    let state = PastedApplication.state(bytes, model: model, rules: context.rules, date: decision.date)
    return questionnaire(context, model: model, state: state, clerk: true)
  }
}
