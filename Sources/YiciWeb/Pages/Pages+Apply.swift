import Foundation
import Yici

/// The questionnaire: a service's or a bundle's form, decided as it stands on every post
/// (and, with scripts on, on every answer through the JSON API).
extension Pages {
  static func apply(_ context: Context, id: String, bundle: Bool, body: [UInt8]?) -> WebResponse {
    guard let model = formModel(context.rules, id: id, bundle: bundle, date: context.today) else {
      return unknown(context, id: id, bundle: bundle)
    }
    let clerk = context.query.contains { $0.name == "clerk" && $0.value == "1" }
    var fields = context.query.filter { $0.name != "lang" && $0.name != "clerk" }
    if let body {
      do throws(FormDecoder.Error) {
        fields = try FormDecoder.decode(body)
      } catch {
        return problem(400, "the form: \(error)", language: context.language, path: context.path)
      }
    }
    var state = FormState(fields: fields, model: model)
    if state.date.isEmpty { state.date = context.today.description }
    return questionnaire(context, model: model, state: state, clerk: clerk)
  }

  /// The questionnaire page of a form as it stands, or the application's JSON file when the
  /// form asks for it (`:format=json`) and every answer read.
  static func questionnaire(_ context: Context, model: FormModel, state: FormState, clerk: Bool) -> WebResponse {
    let (json, checked) = ApplicationBuilder.build(state, model: model, today: context.today)
    if checked.format == "json" && checked.errors.isEmpty {
      return WebResponse(
        contentType: "application/json; charset=utf-8",
        headers: [("Content-Disposition", "attachment; filename=\"\(model.id).application.json\"")], body: json)
    }
    var decision: Decision?
    var decideError: String?
    do throws(DecisionError) {
      decision = try context.rules.decide(
        json: Array(json.utf8), options: DecisionOptions(language: context.language, trace: false, explanation: false))
    } catch {
      decideError = error.description
    }
    let words = context.words
    let decisionHTML =
      decision.map {
        WebTemplates.render("decision", DecisionView($0, model: model, words: words, english: context.english))
      }
      ?? ""
    let notice = decision.flatMap { decision in
      decision.outcome == .needsInformation ? nil : context.rules.notice(for: decision, language: context.language)
    }
    let view = QuestionnaireView(
      model: model, state: checked, decision: decision, decisionHTML: decisionHTML, notice: notice,
      applicationJSON: json, language: context.language, clerk: clerk, decideError: decideError)
    let status = checked.errors.isEmpty && decideError == nil ? 200 : 400
    return page(
      context, status: status, title: view.name, page: clerk ? "window" : "apply",
      content: WebTemplates.render("questionnaire", view))
  }

  static func formModel(_ rules: RuleSet, id: String, bundle: Bool, date: CivilDate) -> FormModel? {
    if bundle { return rules.compiled.bundle(id).map { FormModel(bundle: $0, rules: rules.compiled, date: date) } }
    return rules.compiled.service(id).map { FormModel(service: $0, date: date) }
  }
}
