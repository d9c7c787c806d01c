import Yici

/// A questionnaire as the applicant or the clerk left it: the answers as typed, the
/// materials ticked, and what could not be read. Names that are not fact ids start with
/// `:`, which no fact id can, so a fact is never mistaken for a control.
struct FormState: Sendable, Equatable {
  /// The answers as typed, by fact id (an empty answer is no answer).
  var answers: [String: String] = [:]
  /// The materials ticked as on hand (`:material`).
  var materials: [String] = []
  /// The materials the shared platform is to supply (`:shared`).
  var shared: [String] = []
  /// The commitments signed (`:commitment`).
  var commitments: [String] = []
  /// The application date as typed (`:date`).
  var date: String = ""
  /// What the form asks for besides the page (`:format=json`: the application file).
  var format: String?
  /// Fields that could not be read, by field name, with what is wrong.
  var errors: [FieldError] = []

  /// A field that could not be read.
  struct FieldError: Sendable, Equatable {
    /// The field's name (a fact id or a control's `:name`).
    var field: String
    /// What is wrong, for the person who typed it.
    var message: String
  }

  /// The state of posted fields against a form: facts by id, the controls by `:name`; an
  /// unknown name is an error naming it (nothing posted is dropped unsaid).
  init(fields: [(name: String, value: String)], model: FormModel) {
    let factIDs = Set(model.facts.map(\.id))
    for (name, value) in fields {
      switch name {
      case ":material": materials.append(value)
      case ":shared": shared.append(value)
      case ":commitment": commitments.append(value)
      case ":date": date = value
      case ":format": format = value
      case ":lang", ":application": break
      default:
        if factIDs.contains(name) {
          if answers[name] != nil, answers[name] != value {
            errors.append(FieldError(field: name, message: "'\(name)' is answered twice"))
          }
          answers[name] = value
        } else {
          errors.append(FieldError(field: name, message: "'\(name)' is not a question of '\(model.id)'"))
        }
      }
    }
    materials = Self.unique(materials)
    shared = Self.unique(shared)
    commitments = Self.unique(commitments)
  }

  /// An empty questionnaire dated `date`.
  init(date: CivilDate) { self.date = date.description }

  static func unique(_ ids: [String]) -> [String] {
    var seen = Set<String>()
    return ids.filter { seen.insert($0).inserted }
  }
}
