import Foundation
import YiciTestSupport

/// Checks responses against the OpenAPI document of the repository (`openapi/yici-serve.json`):
/// the operation must declare the status, and the body must match its schema. A small
/// JSON Schema checker: `$ref`, `type`, `properties`, `required`, `additionalProperties`,
/// `items`, `enum`, `oneOf`, `pattern`.
struct SchemaChecker: @unchecked Sendable {  // the document is never changed
  let document: [String: Any]

  static let shared: SchemaChecker = {
    let url = Repository.root.appendingPathComponent("openapi/yici-serve.json")
    let data = try! Data(contentsOf: url)
    return SchemaChecker(document: try! JSONSerialization.jsonObject(with: data) as! [String: Any])
  }()

  /// What is wrong with the response of `method path` (a path template such as
  /// `/v1/services/{id}`), or an empty list.
  func problems(_ method: String, _ path: String, _ response: LoopbackClient.Response) -> [String] {
    guard let paths = document["paths"] as? [String: Any], let item = paths[path] as? [String: Any],
      let operation = item[method.lowercased()] as? [String: Any],
      let responses = operation["responses"] as? [String: Any]
    else { return ["the document has no operation \(method) \(path)"] }
    guard let declared = responses[String(response.status)] as? [String: Any] else {
      return ["\(method) \(path): status \(response.status) is not declared (body \(response.text.prefix(200)))"]
    }
    guard let content = declared["content"] as? [String: Any] else {
      return response.body.isEmpty ? [] : ["\(method) \(path) \(response.status): a body where none is declared"]
    }
    let type = response.header("content-type")?.split(separator: ";").first.map(String.init) ?? ""
    guard let media = content[type] as? [String: Any], let schema = media["schema"] else {
      return ["\(method) \(path) \(response.status): content type '\(type)' is not declared"]
    }
    guard type == "application/json" else { return [] }
    guard let value = response.json else { return ["\(method) \(path): the body is not JSON"] }
    return check(value, schema, at: "$")
  }

  /// What is wrong with `value` by `schema`.
  func check(_ value: Any, _ schema: Any, at path: String) -> [String] {
    guard var schema = schema as? [String: Any] else { return [] }
    if let ref = schema["$ref"] as? String { schema = resolve(ref) }
    if let choices = schema["oneOf"] as? [Any] {
      let matching = choices.filter { check(value, $0, at: path).isEmpty }.count
      return matching == 1 ? [] : ["\(path): matches \(matching) of the oneOf schemas"]
    }
    var found: [String] = []
    if let type = schema["type"] as? String, !Self.has(value, type) {
      return ["\(path): \(Self.describe(value)) is not \(type)"]
    }
    if let options = schema["enum"] as? [String] {
      if let text = value as? String, !options.contains(text) {
        found.append("\(path): '\(text)' is not one of \(options)")
      }
    }
    if let pattern = schema["pattern"] as? String, let text = value as? String,
      text.range(of: pattern, options: .regularExpression) == nil
    {
      found.append("\(path): '\(text)' does not match \(pattern)")
    }
    if let object = value as? [String: Any] {
      let properties = schema["properties"] as? [String: Any] ?? [:]
      for key in schema["required"] as? [String] ?? [] where object[key] == nil {
        found.append("\(path): missing \(key)")
      }
      for (key, item) in object {
        if let property = properties[key] {
          found += check(item, property, at: "\(path).\(key)")
        } else if schema["additionalProperties"] as? Bool == false {
          found.append("\(path): \(key) is not declared")
        }
      }
    }
    if let array = value as? [Any], let items = schema["items"] {
      for (index, item) in array.enumerated() { found += check(item, items, at: "\(path)[\(index)]") }
    }
    return found
  }

  private func resolve(_ ref: String) -> [String: Any] {
    var node: Any = document
    for part in ref.dropFirst(2).split(separator: "/") { node = (node as? [String: Any])?[String(part)] ?? [:] }
    return node as? [String: Any] ?? [:]
  }

  private static func has(_ value: Any, _ type: String) -> Bool {
    switch type {
    case "object": value is [String: Any]
    case "array": value is [Any]
    case "string": value is String
    case "boolean": (value as? NSNumber).map(isBool) ?? false
    case "integer": (value as? NSNumber).map { !isBool($0) && $0.doubleValue == $0.doubleValue.rounded() } ?? false
    case "number": (value as? NSNumber).map { !isBool($0) } ?? false
    default: true
    }
  }

  /// JSON's `true` and `false` (Foundation reads numbers as integers or doubles, never as chars).
  private static func isBool(_ number: NSNumber) -> Bool { ["c", "B"].contains(String(cString: number.objCType)) }

  private static func describe(_ value: Any) -> String { "\(value)".prefix(80).description }
}
