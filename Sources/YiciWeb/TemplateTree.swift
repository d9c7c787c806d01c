/// A view turned, once, into the dictionaries and arrays the templates read.
///
/// swift-mustache finds a name in a Swift value by walking a `Mirror` of all its fields, for
/// every name it looks up: a questionnaire of forty questions, each `{{w.…}}` looked up
/// through the view and then the hundred fields of `WebWords`, spent 85 % of the page's time
/// there. A `[String: Any]` is read by key, so each value is walked here once per render.
/// Optionals that are nil are left out (a missing name reads as nil, as before).
enum TemplateTree {
  /// The value as strings, numbers, booleans, arrays and dictionaries.
  static func of(_ value: Any) -> Any? {
    switch value {
    case is String, is Bool, is Int, is Double: return value
    default: break
    }
    let mirror = Mirror(reflecting: value)
    switch mirror.displayStyle {
    case .optional:
      return mirror.children.first.flatMap { of($0.value) }
    case .struct, .class, .tuple:
      var fields: [String: Any] = [:]
      fields.reserveCapacity(Int(mirror.children.count))
      for child in mirror.children {
        guard let label = child.label, let field = of(child.value) else { continue }
        fields[label] = field
      }
      return fields
    case .collection:
      return mirror.children.compactMap { of($0.value) }
    default:
      return value
    }
  }
}
