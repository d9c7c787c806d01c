import Yici
import YiciSemantics

/// The questionnaire page's data: the questions shown now and in what order, the materials
/// with what is ticked, the decision so far, the notice and the application's JSON.
struct QuestionnaireView {
  struct Choice {
    var factID: String
    var inputID: String
    var value: String
    var label: String
    var checked: Bool
  }

  struct FactItem {
    var id: String
    var type: String
    var question: String
    var isChoice, isNumber: Bool
    var inputType: String
    var unit: String?
    var value: String
    var choices: [Choice]
    var shown: Bool
    var error: String
    var hasError: Bool
  }

  struct MaterialItem {
    var id: String
    var name: String
    var basis: String?
    var hasAlternatives: Bool
    var choices: [Choice]
    var shared, sharedChecked, commitment, committed, shown: Bool
  }

  struct ConditionItem {
    var id: String
    var text: String
    var basis: String?
    var checked: Bool
  }

  struct ErrorItem {
    var target: String
    var message: String
  }

  var name, kind, id, lang, action, guideURL, date: String
  var department: String?
  var clerk: Bool
  var facts: [FactItem]
  var noQuestions: Bool
  var materials: [MaterialItem]
  var conditionCommitments: [ConditionItem]
  var hasConditionCommitments: Bool
  var errors: [ErrorItem]
  var hasErrors: Bool
  var decision: DecisionView?
  var decisionHTML: String
  var notice: String?
  var applicationJSON: String
  var clientJSON: String
  var w: WebWords

  init(
    model: FormModel, state: FormState, decision: Decision?, decisionHTML: String, notice: String?,
    applicationJSON: String, language: Language, clerk: Bool, decideError: String?
  ) {
    let english = language == .en
    let words = WebWords.of(language)
    w = words
    name = model.name.text(english: english)
    department = model.department?.text(english: english)
    kind = model.isBundle ? "bundle" : "service"
    id = model.id
    lang = language.rawValue
    self.clerk = clerk
    let base = "/\(model.isBundle ? "bundles" : "services")/\(QueryText.escape(model.id))"
    action = base + "/apply?lang=\(lang)" + (clerk ? "&clerk=1" : "")
    guideURL = base + "?lang=\(lang)"
    date = state.date
    let errorsByField = Dictionary(state.errors.map { ($0.field, $0.message) }, uniquingKeysWith: { first, _ in first })
    let answered = model.facts.filter { !(state.answers[$0.id]?.trimmingSpaces.isEmpty ?? true) }.map(\.id)
    let asked = model.questions(
      asked: decision?.questions.map(\.fact) ?? [], undetermined: decision?.materials.undetermined ?? [],
      answered: Set(answered))
    var order = answered
    for fact in asked where !order.contains(fact) { order.append(fact) }
    for fact in model.facts where errorsByField[fact.id] != nil && !order.contains(fact.id) { order.append(fact.id) }
    let shownCount = order.count
    for fact in model.facts where !order.contains(fact.id) { order.append(fact.id) }
    facts = order.enumerated().compactMap { index, id in
      model.fact(id).map {
        Self.factItem(
          $0, answer: state.answers[id] ?? "", shown: index < shownCount, error: errorsByField[id],
          words: words, english: english)
      }
    }
    noQuestions = asked.isEmpty && decision != nil
    var listed = Set<String>()
    if let decision {
      let summary = decision.materials
      listed.formUnion(summary.required + summary.undetermined + summary.missing)
    } else {
      listed.formUnion(model.materials.map(\.id))
    }
    materials = model.materials.map { material in
      let ids =
        material.alternatives.isEmpty
        ? [(material.id, words.haveIt)] : material.alternatives.map { ($0.id, $0.name.text(english: english)) }
      let choices = ids.map { value, label in
        Choice(
          factID: ":material", inputID: "m-\(value)", value: value, label: label,
          checked: state.materials.contains(value))
      }
      let ticked =
        choices.contains(where: \.checked) || state.shared.contains(material.id)
        || state.commitments.contains(material.id)
      return MaterialItem(
        id: material.id, name: material.name.text(english: english), basis: material.basis?.text(english: english),
        hasAlternatives: !material.alternatives.isEmpty, choices: choices, shared: material.shared,
        sharedChecked: state.shared.contains(material.id), commitment: material.commitment,
        committed: state.commitments.contains(material.id), shown: listed.contains(material.id) || ticked)
    }
    conditionCommitments = model.commitments.map {
      ConditionItem(
        id: $0.id, text: $0.commitment.text(english: english), basis: $0.basis?.text(english: english),
        checked: state.commitments.contains($0.id))
    }
    hasConditionCommitments = !conditionCommitments.isEmpty
    errors = state.errors.map { error in
      let target =
        error.field == ":date" ? "f-date" : model.fact(error.field).map { Self.inputID(of: $0) } ?? "questions"
      return ErrorItem(target: target, message: error.message)
    }
    if let decideError { errors.append(ErrorItem(target: "questions", message: decideError)) }
    hasErrors = !errors.isEmpty
    self.decision = decision.map { DecisionView($0, model: model, words: words, english: english) }
    self.decisionHTML = decisionHTML
    self.notice = notice
    self.applicationJSON = applicationJSON
    clientJSON = ClientModel.json(model, language: language)
  }

  /// The id of the first input of a question (what an error links to).
  static func inputID(of fact: FormFact) -> String {
    switch fact.type {
    case .bool: "f-\(fact.id)-true"
    case .options(let set): "f-\(fact.id)-\(set.options.first?.id ?? "")"
    default: "f-\(fact.id)"
    }
  }

  static func factItem(
    _ fact: FormFact, answer: String, shown: Bool, error: String?, words: WebWords, english: Bool
  ) -> FactItem {
    let question = fact.question?.text(english: english) ?? fact.label?.text(english: english) ?? fact.id
    var item = FactItem(
      id: fact.id, type: "", question: question, isChoice: false, isNumber: false, inputType: "text", unit: nil,
      value: answer, choices: [], shown: shown, error: error ?? "", hasError: error != nil)
    func choice(_ value: String, _ label: String, _ checked: Bool) -> Choice {
      Choice(factID: fact.id, inputID: "f-\(fact.id)-\(value)", value: value, label: label, checked: checked)
    }
    switch fact.type {
    case .bool:
      item.type = "bool"
      item.isChoice = true
      let read = try? ApplicationBuilder.read(answer.trimmingSpaces, as: fact).get()
      item.choices = [choice("true", words.yes, read == "true"), choice("false", words.no, read == "false")]
    case .options(let set):
      item.type = "options"
      item.isChoice = true
      let read = try? ApplicationBuilder.read(answer.trimmingSpaces, as: fact).get()
      item.choices = set.options.map { option in
        choice(option.id, option.label?.text(english: english) ?? option.id, read == JSONText.quoted(option.id))
      }
    case .choices:
      // A multi-select fact: its options typed as a list (ids or labels, commas between).
      item.type = "choices"
    case .number(let unit):
      item.type = "number"
      item.isNumber = true
      item.unit = unit
    case .date:
      item.type = "date"
      item.inputType = "date"
    case .text:
      item.type = "text"
    }
    return item
  }
}
